package reassort.engine.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import reassort.domain.ProgressListener;

/**
 * A generated network where web demand competes with stores for one warehouse's stock, replayed day by day under
 * four settings — with or without channel buffers, with or without ship-from-store pooling — on the same demand and
 * lead times (one seed), to measure the service each channel gets.
 *
 * <p>Each SKU: stores with Poisson demand, web demand at the warehouse (Poisson with promotion spikes), lost sales.
 * Weekly, stores are replenished from the warehouse up to their level (two-day lane) and the warehouse orders from its
 * supplier up to its level (random lead time); a warehouse short of stock shares it with the {@link Allocator}.
 * With buffers: the warehouse keeps a week of web demand away from store replenishment (a WEB allocation line), stores
 * keep their presentation minimum and 20 % away from ship-from-store, and the presentation minimum is added to the
 * stores' order-up-to levels (as the policy does). With pooling: web demand the warehouse cannot serve is shipped
 * from ship-from-store stores, the store with the most stock it may expose first.
 */
public final class OmnichannelSimulation {
    /**
     * @param stores stores per SKU (half of them ship web orders)
     * @param webShare web demand as a share of all demand
     * @param storeCoverDays store order-up-to in days of its demand (review + lane + safety)
     * @param warehouseCoverDays warehouse order-up-to in days of network demand
     */
    public record Settings(int skus, int stores, int days, int warmupDays, double webShare, double storeCoverDays,
            double warehouseCoverDays, int minLeadDays, int maxLeadDays) {
        public static Settings defaults() {
            return new Settings(200, 20, 364, 56, 0.3, 12, 24, 7, 21);
        }
    }

    /** Service of one setting: fill rate per channel, share of web units shipped by stores, mean stock held. */
    public record Outcome(String setting, boolean buffers, boolean pooling, double storeFillRate, double webFillRate,
            double webFromStores, double meanStoreStock, double meanWarehouseStock) {}

    private static final double PRESENTATION = 2;
    private static final double SFS_PERCENT = 20;
    private final Settings settings;

    public OmnichannelSimulation(Settings settings) {
        this.settings = settings;
    }

    /** The four settings on the same generated demand, in order: neither, buffers, pooling, both. */
    public List<Outcome> run(long seed, ProgressListener progress) {
        List<Outcome> outcomes = new ArrayList<>();
        boolean[][] settingsOrder = {{false, false}, {true, false}, {false, true}, {true, true}};
        int done = 0;
        for (boolean[] s : settingsOrder) {
            outcomes.add(simulate(seed, s[0], s[1], progress, done));
            done += settings.skus();
        }
        return outcomes;
    }

    private Outcome simulate(long seed, boolean buffers, boolean pooling, ProgressListener progress, int doneBefore) {
        int n = settings.stores();
        double storeDemand = 0, storeServed = 0, webDemand = 0, webServed = 0, webByStores = 0;
        double storeStockDays = 0, warehouseStockDays = 0;
        long measuredDays = 0;
        ChannelBuffer sfsBuffer = ChannelBuffer.percent("SFS", Scope.ALL, SFS_PERCENT);
        for (int sku = 0; sku < settings.skus(); sku++) {
            if (sku % 16 == 0) {
                ProgressListener.checkCancelled();
                progress.progress(doneBefore + sku, 4L * settings.skus(), "Simulating the network");
            }
            // one stream per SKU, the same for every setting
            Random random = new Random(seed * 1_000_003L + sku);
            double[] lambda = new double[n];
            double storeTotal = 0;
            for (int s = 0; s < n; s++) {
                lambda[s] = 0.2 + random.nextDouble() * 1.8;
                storeTotal += lambda[s];
            }
            double webLambda = storeTotal * settings.webShare() / (1 - settings.webShare());
            int[][] demand = new int[settings.days()][n];
            int[] web = new int[settings.days()];
            for (int d = 0; d < settings.days(); d++) {
                for (int s = 0; s < n; s++) demand[d][s] = poisson(random, lambda[s]);
                web[d] = poisson(random, webLambda * (random.nextDouble() < 0.05 ? 4 : 1));
            }
            int[] leadTimes = new int[settings.days()];
            for (int d = 0; d < settings.days(); d++) {
                leadTimes[d] = settings.minLeadDays() + random.nextInt(settings.maxLeadDays() - settings.minLeadDays() + 1);
            }

            double[] onHand = new double[n];
            double[] inTransit = new double[n];
            double[] arrivesDay = new double[n];
            double[] level = new double[n];
            for (int s = 0; s < n; s++) {
                level[s] = Math.ceil(lambda[s] * settings.storeCoverDays()) + (buffers ? PRESENTATION : 0);
                onHand[s] = level[s];
            }
            double warehouseLevel = Math.ceil((storeTotal + webLambda) * settings.warehouseCoverDays());
            double warehouse = warehouseLevel / 2;
            double[] supplierArrivals = new double[settings.days() + settings.maxLeadDays() + 1];
            double onOrder = 0;
            for (int d = 0; d < settings.days(); d++) {
                warehouse += supplierArrivals[d];
                onOrder -= supplierArrivals[d];
                for (int s = 0; s < n; s++) {
                    if (inTransit[s] > 0 && arrivesDay[s] == d) {
                        onHand[s] += inTransit[s];
                        inTransit[s] = 0;
                    }
                }
                if (d % 7 == 0) {
                    // stores first: what they ask, rationed when the warehouse is short
                    List<AllocationNeed> needs = new ArrayList<>(n + 1);
                    for (int s = 0; s < n; s++) {
                        needs.add(new AllocationNeed("S" + s, "STORE", Math.max(0, level[s] - onHand[s] - inTransit[s]),
                                onHand[s] + inTransit[s], lambda[s], buffers ? PRESENTATION : 0, 1));
                    }
                    if (buffers) needs.add(new AllocationNeed("WH", "WEB", Math.ceil(webLambda * 7), 0, webLambda, 0, 1));
                    List<AllocationLine> lines = Allocator.allocate(new AllocationRequest("X", "WH", Math.max(0, warehouse), 0, needs),
                            FairShare.DAYS_OF_COVER);
                    for (int s = 0; s < n; s++) {
                        double q = lines.get(s).quantity();
                        if (q > 0) {
                            warehouse -= q;
                            inTransit[s] += q;
                            arrivesDay[s] = d + 2;
                        }
                    }
                    double position = warehouse + onOrder;
                    if (position < warehouseLevel) {
                        double q = warehouseLevel - position;
                        int arrival = Math.min(supplierArrivals.length - 1, d + leadTimes[d]);
                        supplierArrivals[arrival] += q;
                        onOrder += q;
                    }
                }
                boolean measured = d >= settings.warmupDays();
                for (int s = 0; s < n; s++) {
                    double sold = Math.min(onHand[s], demand[d][s]);
                    onHand[s] -= sold;
                    if (measured) {
                        storeDemand += demand[d][s];
                        storeServed += sold;
                    }
                }
                double wanted = web[d];
                double fromWarehouse = Math.min(Math.max(0, warehouse), wanted);
                warehouse -= fromWarehouse;
                double left = wanted - fromWarehouse;
                double fromStores = 0;
                if (pooling) {
                    while (left > 0) {
                        int best = -1;
                        double bestExposed = 0;
                        for (int s = 0; s < n; s += 2) { // even stores ship from store
                            double held = buffers ? Math.max(sfsBuffer.withheld(onHand[s]), Math.min(onHand[s], PRESENTATION)) : 0;
                            double exposed = Math.floor(onHand[s] - held);
                            if (exposed > bestExposed) {
                                bestExposed = exposed;
                                best = s;
                            }
                        }
                        if (best < 0) break;
                        double take = Math.min(left, bestExposed);
                        onHand[best] -= take;
                        left -= take;
                        fromStores += take;
                    }
                }
                if (measured) {
                    webDemand += wanted;
                    webServed += fromWarehouse + fromStores;
                    webByStores += fromStores;
                    double stock = 0;
                    for (int s = 0; s < n; s++) stock += onHand[s];
                    storeStockDays += stock;
                    warehouseStockDays += warehouse;
                    measuredDays++;
                }
            }
        }
        String name = (buffers ? "buffers" : "no buffers") + ", " + (pooling ? "ship-from-store pooling" : "no pooling");
        return new Outcome(name, buffers, pooling, storeServed / storeDemand, webServed / webDemand,
                webServed > 0 ? webByStores / webServed : 0, storeStockDays / measuredDays, warehouseStockDays / measuredDays);
    }

    private static int poisson(Random random, double lambda) {
        double limit = Math.exp(-lambda);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

}
