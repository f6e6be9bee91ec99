package reassort.app.bench;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import reassort.app.scenario.ScenarioResult;
import reassort.app.scenario.Scenarios;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;
import reassort.engine.scenario.Estimate;
import reassort.store.ForecastRunWriter;
import reassort.store.ImportWriter;
import reassort.store.ScenarioChange;
import reassort.store.SeriesForecast;
import reassort.store.Store;

/**
 * Times a scenario on a generated store: {@code skus} SKUs in 10 categories, one warehouse selling on the web,
 * marketplace and B2B and supplying {@code stores} stores that sell in store, click & collect and ship from store;
 * a stored forecast of every SKU × location × channel and a stock snapshot. The scenario promotes whole categories
 * (about {@code promotedSkus} SKUs) on every channel and location. What is timed is what a planner waits for:
 * reading the plan's items, forecasts × the promotions, both plans, the Monte Carlo projection and the comparison.
 */
public final class ScenarioBenchmark {
    public static final int CATEGORIES = 10;
    private static final String[] STORE_CHANNELS = {"STORE", "CC", "SFS"};
    private static final String[] WAREHOUSE_CHANNELS = {"WEB", "MKP", "B2B"};
    private static final int HORIZON = 26;
    /** The progress messages of a run, in order (Scenarios, ScenarioCalculator); the last phase ends with the run. */
    private static final List<String> PHASES = List.of("Reading the plan's items",
            "Estimating the promotions' uplift from past promotions", "Applying the promotions to the forecasts",
            "Planning the baseline and the scenario", "Projecting stock and service", "Allocating the affected SKUs");

    private final Store store;
    private final Clock clock;

    public ScenarioBenchmark(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * What one benchmark measured.
     *
     * @param runCpuMillis CPU time of the whole process during each run (all threads, GC included): the figure that
     *     holds when other work shares the machine
     * @param phases the run's phases in order, as its progress messages name them, with their wall and CPU times
     */
    public record Result(int skus, int locations, long series, int promotedSkus, int itemsRead, int itemsPlanned,
            int itemsAffected, int proposalsChanged, long[] runMillis, long[] runCpuMillis, List<Phase> phases,
            double setupSeconds, int replications, Estimate scenarioService, Estimate scenarioStockValue,
            reassort.app.allocation.AllocationComparison allocation) {
        public long medianMillis() {
            return median(runMillis);
        }

        public long medianCpuMillis() {
            return median(runCpuMillis);
        }
    }

    /** One phase of a run (from its first progress message to the next phase's): wall and process CPU per run. */
    public record Phase(String name, long[] wallMillis, long[] cpuMillis) {
        public long medianWallMillis() {
            return median(wallMillis);
        }

        public long medianCpuMillis() {
            return median(cpuMillis);
        }
    }

    static long median(long[] values) {
        if (values.length == 0) return 0;
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Process CPU time in nanoseconds, or -1 where the JVM does not tell it. */
    public static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** Splits a run into phases where its progress message changes (reported on the calling thread). */
    private static final class PhaseClock implements ProgressListener {
        private final ProgressListener next;
        private final Map<String, long[][]> times;
        private final int run;
        private String current;
        private long wallStart;
        private long cpuStart;

        PhaseClock(ProgressListener next, Map<String, long[][]> times, int run) {
            this.next = next;
            this.times = times;
            this.run = run;
        }

        @Override
        public void progress(long done, long total, String message) {
            if (message != null && !message.equals(current)) {
                close();
                current = message;
                wallStart = System.nanoTime();
                cpuStart = processCpuNanos();
            }
            next.progress(done, total, message);
        }

        void close() {
            if (current == null) return;
            long[][] t = times.get(current);
            if (t != null) {
                t[0][run] += (System.nanoTime() - wallStart) / 1_000_000;
                t[1][run] += (processCpuNanos() - cpuStart) / 1_000_000;
            }
            current = null;
        }
    }

    /** Fills the (empty) store with the generated retailer and plans it; returns the number of series forecast. */
    public long generate(int skus, int stores, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.now(clock);
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Location> locations = new ArrayList<>();
        locations.add(new Location("WH", "Warehouse", LocationType.WAREHOUSE, "", null, false, false));
        for (int s = 1; s <= stores; s++) {
            locations.add(new Location(String.format("ST%02d", s), "Store " + s, LocationType.STORE,
                    s % 2 == 0 ? "NORTH" : "SOUTH", "WH", true, true));
        }
        try (ImportWriter writer = store.beginImport("bench-scenario")) {
            for (int c = 0; c < CATEGORIES; c++) {
                writer.add(new Supplier("SUP" + c, "Supplier " + c, 7 + 2 * c, 2, Set.of(DayOfWeek.MONDAY,
                        DayOfWeek.THURSDAY), 0));
            }
            for (Location l : locations) writer.add(l);
            for (int i = 0; i < skus; i++) {
                int category = i % CATEGORIES;
                double cost = 2 + random.nextDouble() * 40;
                writer.add(new Product(sku(i), "Item " + i, category(category), cost, cost * 2.2, "SUP" + category, "",
                        1 + random.nextInt(3) * 5, 0));
                for (Location l : locations) {
                    writer.add(new StockPosition(sku(i), l.code(), today, Math.floor(random.nextDouble() * 60), 0, 0, 0));
                }
            }
            writer.commit(List.of());
        }
        long series = 0;
        try (ForecastRunWriter writer = store.beginForecastRun(HORIZON, firstWeek)) {
            for (int i = 0; i < skus; i++) {
                for (Location l : locations) {
                    String[] channels = l.type() == LocationType.WAREHOUSE ? WAREHOUSE_CHANNELS : STORE_CHANNELS;
                    for (String channel : channels) {
                        double level = channel.equals("STORE") || channel.equals("WEB") ? 2 + random.nextDouble() * 20
                                : 0.2 + random.nextDouble() * 3;
                        double[] point = new double[HORIZON];
                        double[] sd = new double[HORIZON];
                        for (int t = 0; t < HORIZON; t++) {
                            point[t] = level * (1 + 0.2 * Math.sin(2 * Math.PI * t / 52.0));
                            sd[t] = Math.sqrt(level) * (1 + 0.02 * t);
                        }
                        writer.add(new SeriesForecast(new SeriesKey(sku(i), l.code(), channel), "ses", "bench",
                                level < 1.5 ? "INTERMITTENT" : "SMOOTH", level < 1.5 ? 2.0 : 1.0, 0.3, 104, point, sd,
                                Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                        series++;
                    }
                }
            }
            writer.commit(0);
        }
        // the stored plan the scenario's allocation shares the warehouse's stock from
        new reassort.app.plan.RunPlan(store, clock).run(false, ProgressListener.NONE);
        return series;
    }

    /** Runs the scenario promoting the first {@code promotedSkus / (skus / 10)} categories, {@code runs} times. */
    public Result run(int skus, int stores, int promotedSkus, int runs, double setupSeconds, long series,
            ProgressListener progress) {
        int perCategory = skus / CATEGORIES;
        int categories = Math.max(1, Math.min(CATEGORIES, (int) Math.round((double) promotedSkus / perCategory)));
        LocalDate start = LocalDate.now(clock).plusDays(10);
        List<ScenarioChange> changes = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            changes.add(new ScenarioChange(new Promotion("BENCH" + c, "Bench " + c, null, category(c), Set.of(), null,
                    start, start.plusDays(13), 20, PromotionMechanic.DISCOUNT), 1.6, 0.1, 1, 0));
        }
        Scenarios scenarios = new Scenarios(store, clock);
        long[] millis = new long[runs];
        long[] cpu = new long[runs];
        Map<String, long[][]> phaseTimes = new LinkedHashMap<>();
        for (String phase : PHASES) phaseTimes.put(phase, new long[][] {new long[runs], new long[runs]});
        ScenarioResult last = null;
        for (int r = 0; r < runs; r++) {
            PhaseClock phases = new PhaseClock(progress == null ? ProgressListener.NONE : progress, phaseTimes, r);
            long cpuStarted = processCpuNanos();
            long started = System.nanoTime();
            last = scenarios.runUnsaved("bench", changes, phases);
            phases.close();
            millis[r] = (System.nanoTime() - started) / 1_000_000;
            cpu[r] = (processCpuNanos() - cpuStarted) / 1_000_000;
        }
        List<Phase> phases = new ArrayList<>();
        phaseTimes.forEach((name, t) -> phases.add(new Phase(name, t[0], t[1])));
        return new Result(skus, stores + 1, series, categories * perCategory, last.itemsRead(),
                last.comparison().itemsPlanned(), last.comparison().itemsAffected(), last.comparison().changes().size(),
                millis, cpu, phases, setupSeconds, last.comparison().replications(),
                last.comparison().scenario().cycleService(), last.comparison().scenario().stockValueAtEnd(),
                last.allocation());
    }

    private static String sku(int i) {
        return String.format("B%05d", i);
    }

    private static String category(int c) {
        return "CAT" + c;
    }
}
