package reassort.app.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import reassort.app.forecast.RunForecast;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;
import reassort.engine.forecast.AdjustedForecast;
import reassort.engine.policy.DemandForecast;
import reassort.app.allocation.AllocationRulesMapping;
import reassort.engine.allocation.AllocationRules;
import reassort.engine.policy.ItemParameters;
import reassort.engine.policy.LeadTime;
import reassort.engine.policy.PolicyItem;
import reassort.engine.policy.SupplierTerms;
import reassort.engine.policy.TransferLane;
import reassort.engine.scenario.ChannelForecast;
import reassort.store.ForecastRun;
import reassort.store.PlannerOverride;
import reassort.store.SeriesForecast;
import reassort.store.Store;

/**
 * What the plan is computed from, read from the store: one policy item per SKU × location of a forecast run (its
 * channels' forecasts added, planner overrides applied, weeks already past dropped) with the channels it came from,
 * and the planning context (suppliers, locations, transfer lanes). {@link RunPlan} plans all of it; a scenario
 * replans some of it, so both start from exactly the same items.
 */
public final class PlanInputs {
    private static final int SKIP_REASONS_KEPT = 5;

    /** One SKU × location to plan, with the channel forecasts its demand is the sum of. */
    public record Entry(PolicyItem item, List<ChannelForecast> channels) {}

    private final List<Entry> entries;
    private final Map<String, Product> products;
    private final Map<String, Location> locations;
    private final Map<String, SupplierTerms> suppliers;
    private final List<TransferLane> lanes;
    private final long skipped;
    private final List<String> skipReasons;
    private final LocalDate today;

    private PlanInputs(List<Entry> entries, Map<String, Product> products, Map<String, Location> locations,
            Map<String, SupplierTerms> suppliers, List<TransferLane> lanes, long skipped, List<String> skipReasons,
            LocalDate today) {
        this.entries = entries;
        this.products = products;
        this.locations = locations;
        this.suppliers = suppliers;
        this.lanes = lanes;
        this.skipped = skipped;
        this.skipReasons = skipReasons;
        this.today = today;
    }

    /**
     * Reads the items of {@code forecastRun} of the SKUs {@code selection} picks (null: all), with the latest stock,
     * the open purchase orders and the planner's forecast overrides. The forecasts of a selection are read SKU by SKU
     * through the run's primary key, so the other SKUs' series are never decoded.
     */
    public static PlanInputs read(Store store, Clock clock, ForecastRun forecastRun, SkuSelection selection) {
        LocalDate today = LocalDate.now(clock);
        int weeksPast = (int) Math.max(0, Math.floorDiv(ChronoUnit.DAYS.between(forecastRun.firstWeek(), today), 7));
        Map<String, Product> products = new HashMap<>();
        for (Product p : store.products()) products.put(p.sku(), p);
        Map<String, Location> locations = new HashMap<>();
        for (Location l : store.locations()) locations.put(l.code(), l);
        Map<String, SupplierTerms> suppliers = new HashMap<>();
        for (Supplier s : store.suppliers()) suppliers.put(s.code(), SupplierTerms.of(s));
        Map<String, StockPosition> stock = new HashMap<>();
        for (StockPosition s : store.latestStock()) stock.put(pair(s.sku(), s.location()), s);
        Map<String, List<PurchaseOrderLine>> orders = new HashMap<>();
        for (PurchaseOrderLine line : store.purchaseOrders()) {
            orders.computeIfAbsent(pair(line.sku(), line.location()), k -> new ArrayList<>()).add(line);
        }
        Map<SeriesKey, List<PlannerOverride>> overrides = new HashMap<>();
        for (PlannerOverride o : store.overrides()) overrides.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        List<TransferLane> lanes = locations.values().stream().map(Location::supplyingLocation)
                .filter(from -> from != null).distinct().sorted()
                .map(from -> TransferLane.of(from, null, LeadTime.fixedDays(RunPlan.DEFAULT_TRANSFER_LEAD_TIME_DAYS)))
                .toList();

        AllocationRules allocationRules = AllocationRulesMapping.load(store);
        List<Entry> entries = new ArrayList<>();
        List<String> skipReasons = new ArrayList<>();
        long[] skipped = {0};
        ChannelSum[] current = {null};
        java.util.function.Consumer<ChannelSum> finish = sum -> {
            String reason = unplannable(sum, products, locations, suppliers);
            if (reason != null) {
                skipped[0]++;
                if (skipReasons.size() < SKIP_REASONS_KEPT) skipReasons.add(reason);
                return;
            }
            String key = pair(sum.sku, sum.location);
            Product product = products.get(sum.sku);
            Location location = locations.get(sum.location);
            // presentation minimums and channel buffers are stock the location must hold beyond its demand
            double protectedStock = location == null ? 0 : allocationRules.protectedStock(product.sku(),
                    product.category(), location.code(), location.type(), AllocationRulesMapping.channelsSellingFrom(
                            location, sum.channels.stream().map(ChannelForecast::channel).toList()));
            entries.add(new Entry(new PolicyItem(product, sum.location, sum.singleChannel(), stock.get(key),
                    orders.getOrDefault(key, List.of()), sum.forecast(),
                    protectedStock > 0 ? ItemParameters.NONE.withProtectedStock(protectedStock) : null, null),
                    sum.channels));
        };
        java.util.function.Consumer<SeriesForecast> collect = series -> {
            SeriesKey key = series.key();
            if (current[0] != null && !current[0].holds(key)) {
                finish.accept(current[0]);
                current[0] = null;
            }
            if (current[0] == null) current[0] = new ChannelSum(key.sku(), key.location(), forecastRun.horizon() - weeksPast);
            current[0].add(series, adjustedPoint(forecastRun, series, overrides.get(key)), weeksPast);
        };
        if (selection == null) {
            store.forEachSeriesForecast(forecastRun.id(), collect);
        } else {
            store.forEachSeriesForecast(forecastRun.id(), new TreeSet<>(selection.skus(products, suppliers)), collect);
        }
        if (current[0] != null) finish.accept(current[0]);
        return new PlanInputs(entries, products, locations, suppliers, lanes, skipped[0], List.copyOf(skipReasons), today);
    }

    /** Which SKUs to read, chosen from the product list and the suppliers' terms. */
    @FunctionalInterface
    public interface SkuSelection {
        Set<String> skus(Map<String, Product> products, Map<String, SupplierTerms> suppliers);
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<PolicyItem> items() {
        return entries.stream().map(Entry::item).toList();
    }

    public Map<String, Product> products() {
        return products;
    }

    public Map<String, Location> locations() {
        return locations;
    }

    public Map<String, SupplierTerms> suppliers() {
        return suppliers;
    }

    public List<TransferLane> lanes() {
        return lanes;
    }

    public long skipped() {
        return skipped;
    }

    public List<String> skipReasons() {
        return skipReasons;
    }

    public LocalDate today() {
        return today;
    }

    /** Where an item's stock comes from: its supplying location, else its product's supplier. */
    public String source(PolicyItem item) {
        Location location = locations.get(item.location());
        if (location != null && location.supplyingLocation() != null) return "L:" + location.supplyingLocation();
        return "S:" + item.product().supplier();
    }

    private static double[] adjustedPoint(ForecastRun run, SeriesForecast series, List<PlannerOverride> overrides) {
        if (overrides == null || overrides.isEmpty()) return series.point();
        AdjustedForecast adjusted = RunForecast.adjusted(run.firstWeek(), series, overrides);
        return adjusted.adjusted();
    }

    /** Why an item cannot be planned, or null when it can. */
    private static String unplannable(ChannelSum sum, Map<String, Product> products, Map<String, Location> locations,
            Map<String, SupplierTerms> suppliers) {
        Product product = products.get(sum.sku);
        if (product == null) return "SKU " + sum.sku + " at " + sum.location + ": not in the product list";
        Location location = locations.get(sum.location);
        if (location != null && location.supplyingLocation() != null) return null;
        if (product.supplier() == null) {
            return "SKU " + sum.sku + " at " + sum.location + ": no supplier and no supplying location";
        }
        if (!suppliers.containsKey(product.supplier())) {
            return "SKU " + sum.sku + " at " + sum.location + ": supplier " + product.supplier() + " not in the supplier list";
        }
        return null;
    }

    static String pair(String sku, String location) {
        return sku + '\u0000' + location;
    }

    /** The channels of one SKU × location added up, week by week from today's week. */
    private static final class ChannelSum {
        final String sku;
        final String location;
        final double[] mean;
        final double[] variance;
        final List<ChannelForecast> channels = new ArrayList<>();
        boolean varianceKnown = true;
        double adi = Double.NaN;
        String channel;

        ChannelSum(String sku, String location, int weeks) {
            this.sku = sku;
            this.location = location;
            this.mean = new double[Math.max(1, weeks)];
            this.variance = new double[mean.length];
        }

        boolean holds(SeriesKey key) {
            return key.sku().equals(sku) && key.location().equals(location);
        }

        void add(SeriesForecast series, double[] point, int weeksPast) {
            double[] sd = series.errorStdDev();
            double[] channelMean = new double[mean.length];
            double[] channelSd = new double[mean.length];
            boolean channelSdKnown = true;
            for (int t = 0; t < mean.length; t++) {
                int week = Math.min(point.length - 1, t + weeksPast);
                double m = point[week];
                if (m > 0) {
                    mean[t] += m;
                    channelMean[t] = m;
                }
                // horizon h of the plan is horizon h (not h + weeks past) of a forecast made now: use the run's own σ_h
                double s = sd[Math.min(sd.length - 1, t)];
                if (Double.isFinite(s)) {
                    variance[t] += s * s;
                    channelSd[t] = s;
                } else {
                    varianceKnown = false;
                    channelSdKnown = false;
                }
            }
            if (Double.isFinite(series.adi()) && series.adi() >= 1) adi = Double.isNaN(adi) ? series.adi() : Math.min(adi, series.adi());
            channel = series.key().channel();
            channels.add(new ChannelForecast(channel, channelMean, channelSdKnown ? channelSd : null));
        }

        String singleChannel() {
            return channels.size() == 1 ? channel : null;
        }

        DemandForecast forecast() {
            double[] sd = null;
            if (varianceKnown) {
                sd = new double[variance.length];
                for (int t = 0; t < sd.length; t++) sd[t] = Math.sqrt(variance[t]);
            }
            return new DemandForecast(mean, sd, null, adi);
        }
    }
}
