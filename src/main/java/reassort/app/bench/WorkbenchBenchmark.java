package reassort.app.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import reassort.app.plan.RunPlan;
import reassort.app.workbench.FlagKind;
import reassort.app.workbench.GridColumn;
import reassort.app.workbench.ProposalDesk;
import reassort.app.workbench.GridRow;
import reassort.app.workbench.PlanStatus;
import reassort.app.workbench.ProposalFilter;
import reassort.app.workbench.ProposalGrid;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.domain.SeriesKey;
import reassort.store.ForecastRunWriter;
import reassort.store.ImportWriter;
import reassort.store.PlanRunWriter;
import reassort.store.SeriesForecast;
import reassort.store.Store;
import reassort.store.StoredProposal;

/**
 * Times what the planner's grid does over a store of generated proposals, without the toolkit: open (read the light
 * rows and build the {@link ProposalGrid}), filter, sort, and persist an edit through {@link ProposalDesk} (read
 * before, write with its audit entry, read after). Medians over several runs.
 */
public final class WorkbenchBenchmark {
    private static final int LOCATIONS = 20;
    private static final int HORIZON = 12;
    private static final String[] CATEGORIES = {"Kitchen", "Garden", "Bathroom", "Lighting", "Storage", "Textiles",
        "Tools", "Decoration", "Toys", "Outdoor"};

    private final Store store;
    private final Clock clock;

    public WorkbenchBenchmark(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Medians in milliseconds, with what was measured. */
    public record Result(int proposals, double openMillis, double readMillis, double fullReadMillis, double filterMillis,
            double filterMaxMillis, double sortColdMillis, double sortMillis, double sortMaxMillis, double editMillis,
            double editMaxMillis, int runs) {}

    /**
     * Writes {@code proposals} generated proposals (SKU × 20 locations, each with an explanation text as long as a
     * real one) and the products behind them.
     */
    public void generate(int proposals, long seed, ProgressListener progress) {
        Random random = new Random(seed);
        int products = Math.max(1, (proposals + LOCATIONS - 1) / LOCATIONS);
        try (ImportWriter writer = store.beginImport("bench-workbench")) {
            for (int p = 0; p < products; p++) {
                writer.add(new Product(sku(p), "Generated article " + p + " " + CATEGORIES[p % CATEGORIES.length],
                        CATEGORIES[p % CATEGORIES.length], 2 + random.nextInt(40), 5 + random.nextInt(80),
                        "SUP" + (p % 200), "REF" + p, 1 + random.nextInt(4) * 6, 0));
            }
            writer.commit(List.of());
        }
        LocalDate today = LocalDate.now(clock);
        // the forecast behind the plan: every SKU × location sells in store, some also on the web or by click &
        // collect (the grid reads each proposal's channels from it)
        long forecastRun;
        double[] weeks = new double[HORIZON];
        try (ForecastRunWriter writer = store.beginForecastRun(HORIZON,
                today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)))) {
            for (int i = 0; i < proposals; i++) {
                for (String channel : channels(i)) {
                    writer.add(new SeriesForecast(new SeriesKey(sku(i / LOCATIONS), location(i), channel), "SES",
                            "generated", "SMOOTH", 1, 0.2, 52, weeks, weeks, Double.NaN, Double.NaN, Double.NaN,
                            Double.NaN));
                }
                if (i % 10_000 == 0) {
                    ProgressListener.checkCancelled();
                    progress.progress(i, proposals, "Writing generated forecasts");
                }
            }
            forecastRun = writer.commit(0).id();
        }
        String explanation = "1. Forecast over the protection interval …\n".repeat(30);
        try (PlanRunWriter writer = store.beginPlanRun(forecastRun, today)) {
            for (int i = 0; i < proposals; i++) {
                int p = i / LOCATIONS;
                String location = location(i);
                double forecast = random.nextDouble() * 200;
                double safety = forecast * 0.3;
                double onHand = random.nextInt(300);
                double quantity = Math.max(0, Math.round(forecast + safety - onHand));
                List<String> flags = random.nextInt(20) == 0
                        ? List.of("No stock snapshot for this item: stock taken as 0.") : List.of();
                writer.add(new StoredProposal(0, sku(p), location, "SUPPLIER", "SUP" + (p % 200),
                        "ABC".charAt(random.nextInt(3)) + "" + "XYZ".charAt(random.nextInt(3)), "CSL 95%", "ROP_OUT",
                        "NORMAL", forecast, safety, forecast + safety, forecast * 2 + safety, onHand,
                        random.nextInt(20), random.nextInt(50), random.nextInt(5), 0, quantity, quantity, 4.5,
                        today.plusDays(random.nextInt(10)), today.plusDays(7 + random.nextInt(20)), flags, explanation,
                        null, Double.NaN, null, null, null));
                if (i % 10_000 == 0) {
                    ProgressListener.checkCancelled();
                    progress.progress(i, proposals, "Writing generated proposals");
                }
            }
            writer.commit(0);
        }
    }

    private static String location(int i) {
        return "STORE-" + (i % LOCATIONS + 1);
    }

    /** The channels of the i-th proposal, in code order: STORE always, WEB for half, CC for a fifth. */
    static List<String> channels(int i) {
        List<String> channels = new ArrayList<>(3);
        if (i % 5 == 0) channels.add("CC");
        channels.add("STORE");
        if (i % 2 == 0) channels.add("WEB");
        return channels;
    }

    private static String sku(int p) {
        return String.format("SKU%06d", p);
    }

    public Result measure(int runs, ProgressListener progress) {
        ProposalDesk desk = new ProposalDesk(new RunPlan(store, clock));
        double[] open = new double[runs];
        ProposalGrid grid = null;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            grid = desk.grid();
            open[r] = millisSince(start);
            progress.progress(r + 1, runs, "Opening the grid");
        }
        double[] read = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            store.proposalRows();
            read[r] = millisSince(start);
        }
        long fullStart = System.nanoTime();
        int full = store.proposals().size();
        double fullRead = millisSince(fullStart);
        if (full != grid.size()) throw new IllegalStateException("The light and full reads disagree: " + full + " ≠ " + grid.size());

        ProposalGrid.Facets facets = grid.facets();
        int onClickAndCollect = grid.filter(ProposalFilter.ALL.withChannels(Set.of("CC"))).length;
        if (onClickAndCollect != (full + 4) / 5) {
            throw new IllegalStateException("The grid holds " + onClickAndCollect + " proposals on channel CC, not "
                    + (full + 4) / 5 + " as generated.");
        }
        List<ProposalFilter> filters = List.of(
                ProposalFilter.ALL.withLocations(Set.of(facets.locations().get(0))),
                ProposalFilter.ALL.withCategories(Set.of(facets.categories().get(1))),
                ProposalFilter.ALL.withSources(Set.of(facets.sources().get(7))),
                ProposalFilter.ALL.withClasses(Set.of("AX")),
                ProposalFilter.ALL.withChannels(Set.of("CC")),
                ProposalFilter.ALL.withStatuses(Set.of(PlanStatus.PROPOSED)),
                ProposalFilter.ALL.withFlags(Set.of(FlagKind.NO_STOCK_SNAPSHOT)),
                ProposalFilter.ALL.withSearch("article 12"),
                ProposalFilter.ALL.withSearch("sku0012").withLocations(Set.of(facets.locations().get(3))),
                ProposalFilter.ALL.withCategories(Set.of(facets.categories().get(2))).withClasses(Set.of("BY"))
                        .withSearch("kitchen"),
                ProposalFilter.ALL);
        List<GridColumn.Sort> bySku = List.of(new GridColumn.Sort(GridColumn.SKU, true));
        for (ProposalFilter f : filters) grid.select(f, bySku); // warm-up of the JIT
        List<Double> filterTimes = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (ProposalFilter f : filters) {
                long start = System.nanoTime();
                grid.select(f, List.of());
                filterTimes.add(millisSince(start));
            }
        }
        int[] all = grid.filter(ProposalFilter.ALL);
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (GridColumn column : GridColumn.values()) {
            long start = System.nanoTime();
            grid.sort(all, List.of(new GridColumn.Sort(column, false)));
            cold.add(millisSince(start));
            for (int r = 0; r < runs; r++) {
                start = System.nanoTime();
                grid.sort(all, List.of(new GridColumn.Sort(column, r % 2 == 0)));
                warm.add(millisSince(start));
            }
        }

        int edits = Math.max(runs, 30);
        double[] edit = new double[edits];
        for (int r = 0; r < edits + 5; r++) {
            GridRow row = grid.row((r * 7919) % grid.size());
            long start = System.nanoTime();
            List<GridRow> fresh = desk.edit(row.key(), row.quantity() + 1 + r, null, "Benchmark edit " + r);
            double t = millisSince(start);
            grid.replace(fresh);
            if (r >= 5) edit[r - 5] = t; // the first five warm up the JIT and H2's statement cache
        }
        List<Double> sortWarm = warm;
        return new Result(grid.size(), median(open), median(read), fullRead, median(filterTimes), max(filterTimes), median(cold),
                median(sortWarm), max(sortWarm), median(edit), Arrays.stream(edit).max().orElse(0), runs);
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** A clock fixed on a Monday, so generated dates do not depend on the day the benchmark runs. */
    public static Clock fixedClock() {
        return Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
