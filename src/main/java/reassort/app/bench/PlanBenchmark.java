package reassort.app.bench;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import reassort.app.forecast.ForecastSummary;
import reassort.app.forecast.RunForecast;
import reassort.app.plan.PlanSummary;
import reassort.app.plan.RunPlan;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;
import reassort.store.ImportWriter;
import reassort.store.Store;
import reassort.store.StoreBenchmark;
import reassort.store.StoreBenchmark.Timing;

/**
 * The end-to-end planning benchmark of issue 4: a generated retailer with one sales series per SKU × location
 * (a warehouse selling on the web, stores selling in store and supplied by it), then the real use cases timed —
 * {@link RunForecast} over every series, then {@link RunPlan} (safety stock, policy, proposals and their
 * explanations saved). Weekly sales lines (one per series and week with a sale), three years, a mix of smooth,
 * seasonal, trending, erratic, slow and intermittent items, new items, promotions, web returns, one stock snapshot
 * and open purchase orders at the warehouse.
 */
public final class PlanBenchmark {
    /** The Monday the plans are made on. */
    public static final LocalDate TODAY = LocalDate.of(2024, 3, 4);
    static final int WEEKS = 156;
    static final int CATEGORIES = 12;
    static final int SUPPLIERS = 100;
    static final String WAREHOUSE = "WH-01";

    /** One timed plan: the forecast and the plan use cases, each timed with its heap peak. */
    public record Run(Timing forecast, Timing plan, ForecastSummary forecastSummary, PlanSummary planSummary) {
        public double seconds() {
            return (forecast.elapsed().toNanos() + plan.elapsed().toNanos()) / 1e9;
        }

        public long peakHeapBytes() {
            return Math.max(forecast.peakHeapBytes(), plan.peakHeapBytes());
        }
    }

    /** What {@link #populate} wrote. */
    public record Generated(int skus, int locations, long series, long salesLines, Timing timing) {}

    private final int series;
    private final int locations;
    private final long seed;

    /** @param series SKU × location pairs wanted (rounded up to whole SKUs) */
    public PlanBenchmark(int series, int locations, long seed) {
        if (series < 1) throw new IllegalArgumentException("Series (" + series + ") must be at least 1. Maybe use 100000.");
        if (locations < 2) {
            throw new IllegalArgumentException("Locations (" + locations + ") must be at least 2: a warehouse and a store.");
        }
        this.series = series;
        this.locations = locations;
        this.seed = seed;
    }

    public Clock clock() {
        return Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    int skus() {
        return (series + locations - 1) / locations;
    }

    /** Imports the generated retailer into an empty store, in one import. */
    public Generated populate(Store store, ProgressListener progress) {
        long[] lines = {0};
        List<StockPosition> stock = new ArrayList<>();
        Timing timing = StoreBenchmark.timed(() -> {
            try (ImportWriter writer = store.beginImport("bench-plan generated retailer")) {
                for (int s = 0; s < SUPPLIERS; s++) writer.add(supplier(s));
                writer.add(new Location(WAREHOUSE, "Central warehouse", LocationType.WAREHOUSE, "FR", null, false, false));
                for (int l = 1; l < locations; l++) {
                    writer.add(new Location(storeCode(l), "Store " + l, LocationType.STORE, "R" + (l % 5), WAREHOUSE,
                            true, false));
                }
                LocalDate firstMonday = TODAY.minusWeeks(WEEKS);
                LocalDate lastSunday = TODAY.minusDays(1);
                for (int sku = 0; sku < skus(); sku++) {
                    ProgressListener.checkCancelled();
                    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + sku);
                    Product product = product(sku, random);
                    writer.add(product);
                    ItemShape shape = ItemShape.draw(random, sku);
                    for (int l = 0; l < locations; l++) {
                        String location = l == 0 ? WAREHOUSE : storeCode(l);
                        String channel = l == 0 ? "WEB" : "STORE";
                        double scale = l == 0 ? 3 : 0.5 + random.nextDouble() * 1.5;
                        double recent = 0;
                        for (int week = shape.firstWeek; week < WEEKS; week++) {
                            double quantity = shape.demand(random, week, scale);
                            boolean promoted = random.nextInt(100) < 4;
                            if (promoted) quantity = Math.round(quantity * 1.6 + (quantity > 0 ? 0 : random.nextInt(2)));
                            if (week >= WEEKS - 4) recent += quantity;
                            if (quantity <= 0) continue;
                            LocalDate day = firstMonday.plusWeeks(week).plusDays(5);
                            double price = product.unitPrice();
                            writer.add(new SalesLine(day, product.sku(), location, channel, SalesKind.SALE, quantity,
                                    Math.round(quantity * price * 100) / 100.0,
                                    promoted ? "PR-" + product.category() + "-" + week : null));
                            lines[0]++;
                            if (l == 0 && random.nextInt(100) < 25) {
                                double returned = Math.max(1, Math.round(quantity * 0.2));
                                LocalDate returnDay = day.plusDays(7 + random.nextInt(7));
                                writer.add(new SalesLine(returnDay.isAfter(lastSunday) ? lastSunday : returnDay,
                                        product.sku(), location, channel, SalesKind.RETURN, returned,
                                        Math.round(returned * price * 100) / 100.0, null));
                                lines[0]++;
                            }
                        }
                        double onHand = random.nextInt(100) < 4 ? 0 : Math.round(recent / 4 * (0.5 + 3 * random.nextDouble()));
                        stock.add(new StockPosition(product.sku(), location, lastSunday, onHand,
                                l > 0 && random.nextInt(100) < 5 ? 1 : 0, 0, 0));
                        if (l == 0 && random.nextInt(100) < 15) {
                            writer.add(new PurchaseOrderLine("PO-" + sku, product.sku(), location, product.supplier(),
                                    Math.max(product.packSize(), Math.round(recent * 2 / product.packSize()) * product.packSize()),
                                    TODAY.plusDays(3 + random.nextInt(18)), random.nextBoolean()));
                        }
                    }
                    if (sku % 500 == 0) progress.progress(sku, skus(), "Generating the retailer (SKUs)");
                }
                progress.progress(0, -1, "Committing the generated retailer");
                writer.commit(List.of());
            }
            progress.progress(0, -1, "Importing the stock snapshot");
            try (ImportWriter writer = store.beginImport("bench-plan stock snapshot")) {
                for (StockPosition position : stock) writer.add(position);
                writer.commit(List.of());
            }
            return lines[0];
        });
        return new Generated(skus(), locations, (long) skus() * locations, lines[0], timing);
    }

    /** Whether the store already holds a generated retailer (a kept store from an earlier run). */
    public static boolean isPopulated(Store store) {
        return store.summary().lastSalesDate() != null;
    }

    /** Forecast then plan through the real use cases, each timed. */
    public Run run(Store store, ProgressListener progress) {
        ForecastSummary[] forecast = {null};
        Timing forecastTiming = StoreBenchmark.timed(() -> {
            forecast[0] = new RunForecast(store).run(RunForecast.DEFAULT_HORIZON, progress);
            return forecast[0].series();
        });
        PlanSummary[] plan = {null};
        Timing planTiming = StoreBenchmark.timed(() -> {
            plan[0] = new RunPlan(store, clock()).run(false, progress);
            return plan[0].items();
        });
        return new Run(forecastTiming, planTiming, forecast[0], plan[0]);
    }

    /** The middle run by total time (the lower middle for an even count). */
    public static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static String storeCode(int l) {
        return String.format("ST-%03d", l);
    }

    private Supplier supplier(int s) {
        SplittableRandom random = new SplittableRandom(seed + 17L * s);
        Set<DayOfWeek> days = switch (s % 3) {
            case 0 -> EnumSet.of(DayOfWeek.MONDAY);
            case 1 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
            default -> EnumSet.of(DayOfWeek.TUESDAY);
        };
        return new Supplier(supplierCode(s), "Supplier " + s, 5 + random.nextInt(17), random.nextInt(5), days,
                s % 4 == 0 ? 200 + random.nextInt(800) : 0);
    }

    private static String supplierCode(int s) {
        return String.format("SUP-%03d", s);
    }

    private static Product product(int sku, SplittableRandom random) {
        int[] packs = {1, 1, 4, 6, 12};
        int pack = packs[random.nextInt(packs.length)];
        double cost = Math.round((1 + random.nextDouble() * 49) * 100) / 100.0;
        return new Product(String.format("B%07d", sku), "Item " + sku, "CAT-" + (sku % CATEGORIES), cost,
                Math.round(cost * 1.8 * 100) / 100.0, supplierCode(sku % SUPPLIERS), "REF-" + sku, pack,
                random.nextInt(10) == 0 ? pack * 4 : 0);
    }

    /** How one SKU sells: level, trend, season, noise, intermittency, first week on sale. */
    private record ItemShape(double level, double trendPerWeek, double seasonAmplitude, double seasonPhase,
            double noise, double saleProbability, int firstWeek) {
        static ItemShape draw(SplittableRandom random, int sku) {
            int kind = random.nextInt(100);
            int first = random.nextInt(100) < 6 ? WEEKS - 10 - random.nextInt(60) : 0;
            double phase = (sku % CATEGORIES) * 2 * Math.PI / CATEGORIES;
            if (kind < 30) { // smooth, often seasonal
                return new ItemShape(4 + random.nextDouble() * 30, 0, random.nextDouble() * 0.6, phase, 0.25, 1, first);
            }
            if (kind < 40) { // trending
                return new ItemShape(3 + random.nextDouble() * 15, (random.nextDouble() - 0.4) * 0.01, 0.2, phase, 0.3,
                        1, first);
            }
            if (kind < 55) { // erratic
                return new ItemShape(2 + random.nextDouble() * 10, 0, 0.3, phase, 0.9, 1, first);
            }
            // slow and intermittent: a sale in some weeks only, small sizes
            return new ItemShape(1 + random.nextDouble() * 2, 0, 0.2, phase, 0.6, 0.08 + random.nextDouble() * 0.5,
                    first);
        }

        double demand(SplittableRandom random, int week, double scale) {
            if (random.nextDouble() >= saleProbability) return 0;
            double season = 1 + seasonAmplitude * Math.sin(2 * Math.PI * week / 52.0 + seasonPhase);
            double trend = Math.max(0.1, 1 + trendPerWeek * (week - WEEKS / 2.0));
            double mean = level * scale * season * trend;
            double value = mean * Math.exp(noise * gaussian(random) - noise * noise / 2);
            return Math.max(0, Math.round(value));
        }

        private static double gaussian(SplittableRandom random) {
            double u = Math.max(1e-12, random.nextDouble());
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }
    }
}
