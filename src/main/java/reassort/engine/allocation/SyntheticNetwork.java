package reassort.engine.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import reassort.domain.LocationType;
import reassort.domain.StockPosition;

/**
 * A generated network for the allocation benchmark: per SKU one warehouse (channels WEB and MKP) and stores (STORE,
 * CC at two stores in three, SFS at every other store), with stock, inflows, needs and a supply between half and 1.3
 * times the needs, so about half the SKUs are short.
 */
public final class SyntheticNetwork {
    private SyntheticNetwork() {}

    /** What one generated network holds: the positions to promise from and the allocation run's input. */
    public record Generated(List<AtpItem> atpItems, AllocationInput input, int channels) {}

    public static Generated generate(int skus, int locations, long seed, LocalDate today, AllocationRules rules) {
        if (locations < 2) throw new IllegalArgumentException("A network needs a warehouse and at least one store, not "
                + locations + " locations.");
        Random random = new Random(seed);
        List<AtpItem> items = new ArrayList<>(skus * locations);
        List<AllocationRequest> requests = new ArrayList<>(skus);
        List<TransferRequest> transfers = new ArrayList<>(skus);
        String[] stores = new String[locations - 1];
        for (int s = 0; s < stores.length; s++) stores[s] = String.format("MAG-%03d", s + 1);
        List<String> warehouseChannels = List.of("WEB", "MKP");
        for (int k = 0; k < skus; k++) {
            String sku = String.format("SKU%06d", k);
            String category = "CAT" + (k % 40);
            double whOnHand = random.nextInt(400);
            items.add(new AtpItem(sku, category, "WH", LocationType.WAREHOUSE, warehouseChannels,
                    new StockPosition(sku, "WH", today, whOnHand, random.nextInt(5), random.nextInt(50), 0),
                    inflows(random, today)));
            List<AllocationNeed> needs = new ArrayList<>(2 * locations);
            List<TransferSite> sites = new ArrayList<>(locations);
            double totalNeed = 0;
            for (int s = 0; s < stores.length; s++) {
                boolean cc = s % 3 != 2;
                boolean sfs = s % 2 == 0;
                List<String> channels = cc ? (sfs ? List.of("STORE", "CC", "SFS") : List.of("STORE", "CC"))
                        : (sfs ? List.of("STORE", "SFS") : List.of("STORE"));
                double onHand = random.nextInt(25) - 1;
                items.add(new AtpItem(sku, category, stores[s], LocationType.STORE, channels,
                        new StockPosition(sku, stores[s], today, onHand, cc ? random.nextInt(2) : 0, random.nextInt(4), 0),
                        random.nextInt(3) == 0 ? inflows(random, today) : List.of()));
                double daily = 0.1 + random.nextDouble() * 2;
                double position = Math.max(0, onHand);
                double need = random.nextInt(20);
                needs.add(new AllocationNeed(stores[s], "STORE", need, position, daily,
                        rules.minimum(sku, category, stores[s], LocationType.STORE), rules.priority("STORE")));
                totalNeed += need;
                if (cc) {
                    double ccNeed = random.nextInt(4);
                    needs.add(new AllocationNeed(stores[s], "CC", ccNeed, 0, daily / 5, 0, rules.priority("CC")));
                    totalNeed += ccNeed;
                }
                sites.add(new TransferSite(stores[s], LocationType.STORE, "R" + (s % 8), onHand, 4 + random.nextInt(20), daily,
                        1 + random.nextInt(10), rules.protectedStock(sku, category, stores[s], LocationType.STORE, channels)));
            }
            double web = random.nextInt(60);
            double mkp = random.nextInt(20);
            needs.add(new AllocationNeed("WH", "WEB", web, 0, web / 7, 0, rules.priority("WEB")));
            needs.add(new AllocationNeed("WH", "MKP", mkp, 0, mkp / 7, 0, rules.priority("MKP")));
            totalNeed += web + mkp;
            double supply = Math.floor(totalNeed * (0.5 + 0.8 * random.nextDouble()));
            double now = Math.floor(supply * 0.7);
            requests.add(new AllocationRequest(sku, "WH", now, supply - now, needs));
            sites.add(new TransferSite("WH", LocationType.WAREHOUSE, "R0", whOnHand, 200, (web + mkp) / 7, 10, 0));
            transfers.add(new TransferRequest(sku, 5 + random.nextInt(30), sites));
        }
        return new Generated(items, new AllocationInput(requests, transfers, rules), 4);
    }

    private static List<Inflow> inflows(Random random, LocalDate today) {
        List<Inflow> inflows = new ArrayList<>(3);
        for (int i = random.nextInt(4); i > 0; i--) {
            inflows.add(new Inflow(today.plusDays(random.nextInt(35)), random.nextInt(100),
                    Inflow.Kind.values()[random.nextInt(Inflow.Kind.values().length)]));
        }
        return inflows;
    }
}
