package reassort.engine.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;
import reassort.engine.policy.DemandForecast;
import reassort.engine.policy.ItemParameters;
import reassort.engine.policy.LeadTime;
import reassort.engine.policy.PackRounding;
import reassort.engine.policy.PolicyInput;
import reassort.engine.policy.PolicyItem;
import reassort.engine.policy.PolicyKind;
import reassort.engine.policy.PolicySettings;
import reassort.engine.policy.ServiceTarget;
import reassort.engine.policy.SupplierTerms;
import reassort.engine.policy.TransferLane;

/**
 * A generated retailer for throughput measurements: one warehouse buying from 200 suppliers and 19 stores it
 * supplies, SKUs stocked at all 20 locations, with smooth, slow, intermittent and error-sampled demand, open orders,
 * planner overrides and every rounding rule in the mix.
 */
public final class SyntheticPortfolio {
    private static final int LOCATIONS = 20;
    private static final int SUPPLIERS = 200;
    private static final int HORIZON = 13;

    private SyntheticPortfolio() {}

    public static PolicyInput generate(int items, long seed, LocalDate today) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, SupplierTerms> suppliers = new HashMap<>();
        DayOfWeek[] week = DayOfWeek.values();
        for (int s = 0; s < SUPPLIERS; s++) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            int count = 1 + random.nextInt(3);
            while (days.size() < count) days.add(week[random.nextInt(5)]);
            double lead = 3 + random.nextInt(33);
            String code = String.format("SUP%03d", s);
            Supplier supplier = new Supplier(code, code, lead, lead * random.nextDouble() * 0.3, days,
                    random.nextBoolean() ? 0 : 500 + random.nextInt(1500));
            double r = random.nextDouble();
            PackRounding rounding = r < 0.7 ? PackRounding.up() : r < 0.85 ? PackRounding.nearestAboveThreshold(0.3)
                    : r < 0.9 ? PackRounding.down() : PackRounding.neverExceed(2000);
            SupplierTerms terms = SupplierTerms.of(supplier).withRounding(rounding);
            if (random.nextDouble() < 0.3) terms = terms.withOrderingCost(50);
            suppliers.put(code, terms);
        }
        Map<String, Location> locations = new HashMap<>();
        locations.put("DC", new Location("DC", "Warehouse", LocationType.WAREHOUSE, "", null, false, false));
        for (int l = 1; l < LOCATIONS; l++) {
            String code = String.format("S%02d", l);
            locations.put(code, new Location(code, "Store " + l, LocationType.STORE, "", "DC", true, false));
        }
        List<TransferLane> lanes = List.of(new TransferLane("DC", null, LeadTime.ofDays(2, 0.5),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), PackRounding.up()));

        List<PolicyItem> list = new ArrayList<>(items);
        Product product = null;
        for (int i = 0; i < items; i++) {
            int l = i % LOCATIONS;
            String location = l == 0 ? "DC" : String.format("S%02d", l);
            if (l == 0 || product == null) {
                int[] packs = {1, 6, 12, 24};
                int pack = packs[random.nextInt(packs.length)];
                String sku = String.format("SKU%06d", i / LOCATIONS);
                product = new Product(sku, "", "CAT" + random.nextInt(12), 1 + random.nextDouble() * 99, 0,
                        String.format("SUP%03d", random.nextInt(SUPPLIERS)), "", pack, random.nextBoolean() ? 0 : 2 * pack);
            }
            double kind = random.nextDouble();
            double base = Math.exp(random.nextGaussian() * 1.2 + (l == 0 ? 4 : 1.5));
            double cv = 0.2 + random.nextDouble() * 0.6;
            double adi = Double.NaN;
            double[] samples = null;
            if (kind < 0.3) {
                adi = 1.4 + random.nextDouble() * 4.6;
                base = base / adi;
                cv = 1.2 + random.nextDouble() * 1.5;
            } else if (kind < 0.4) {
                base = Math.min(base, 3);
                samples = new double[104];
                for (int k = 0; k < samples.length; k++) samples[k] = random.nextGaussian() * Math.sqrt(base) * 1.3;
            }
            double phase = random.nextDouble() * 2 * Math.PI;
            double[] mean = new double[HORIZON];
            double[] sigma = new double[HORIZON];
            for (int h = 0; h < HORIZON; h++) {
                mean[h] = base * (1 + 0.2 * Math.sin(2 * Math.PI * h / 52 + phase));
                sigma[h] = cv * base * (1 + 0.05 * h);
            }
            DemandForecast forecast = new DemandForecast(mean, sigma, samples, adi);
            StockPosition stock = new StockPosition(product.sku(), location, today, Math.floor(random.nextDouble() * 4 * base),
                    l > 0 && random.nextDouble() < 0.1 ? 1 : 0, l > 0 && random.nextDouble() < 0.2 ? Math.floor(base) : 0, 0);
            PolicyItem item = PolicyItem.of(product, location, stock, forecast);
            if (l == 0 && random.nextDouble() < 0.2) {
                item = item.withOpenOrders(List.of(new PurchaseOrderLine("PO" + i, product.sku(), location, product.supplier(),
                        Math.ceil(base * 2), today.plusDays(1 + random.nextInt(30)), true)));
            }
            double p = random.nextDouble();
            ItemParameters params = ItemParameters.NONE;
            if (p < 0.05) params = params.withPolicy(PolicyKind.FIXED_QUANTITY).withFixedQuantity(Math.ceil(base * 4) + 1);
            else if (p < 0.10) params = params.withPolicy(PolicyKind.REORDER_POINT_ORDER_UP_TO);
            else if (p < 0.12) params = ItemParameters.minMax(Math.ceil(base * 2), Math.ceil(base * 5));
            else if (p < 0.15) params = params.withTarget(ServiceTarget.fillRate(0.97));
            if (random.nextDouble() < 0.1) params = params.withMaximumStock(Math.ceil(base * 8) + product.packSize() * 4);
            list.add(item.withParameters(params));
        }
        PolicySettings settings = PolicySettings.defaults().withHoldingRatePerYear(0.25);
        return new PolicyInput(list, suppliers, locations, lanes, settings);
    }
}
