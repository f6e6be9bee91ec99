package reassort.app.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.WeeklySeries;
import reassort.engine.forecast.AdjustedForecast;
import reassort.engine.forecast.BatchForecaster;
import reassort.engine.forecast.DemandHistory;
import reassort.engine.forecast.ForecastOptions;
import reassort.engine.forecast.ForecastOverride;
import reassort.engine.forecast.ForecastResult;
import reassort.engine.forecast.Forecaster;
import reassort.engine.forecast.SeasonalProfiles;
import reassort.engine.forecast.CleanedHistory;
import reassort.engine.forecast.ReturnsModel;
import reassort.store.ForecastRun;
import reassort.store.PromotionUplift;
import reassort.store.ReturnsEstimate;
import reassort.store.ForecastRunWriter;
import reassort.store.OverrideKind;
import reassort.store.PlannerOverride;
import reassort.store.SeriesForecast;
import reassort.store.Store;
import reassort.store.StoreSummary;

/**
 * The use case "forecast every series": reads the weekly history of every SKU × location × channel from the
 * store, forecasts it with the automatic forecaster and saves the run, all or nothing. Memory stays bounded
 * whatever the number of series: series stream through a small queue and results go to the store in batches.
 *
 * <p>Per series the history starts at its first sale (zeros before it mean "not sold yet", not "no demand"),
 * promoted weeks come from the sales' promotion codes, and a week is censored (a stockout) when that week's stock
 * snapshot shows nothing on hand and nothing was sold. Series shorter than two seasons borrow the seasonal profile
 * of their category's total, which adds many series on the same calendar.
 */
public final class RunForecast {
    public static final int DEFAULT_HORIZON = 13;
    public static final int SEASON_LENGTH = 52;
    /** Weeks of history read: the engine fits on at most 4 seasons and estimates indices from at most 6. */
    static final int HISTORY_WEEKS = 6 * SEASON_LENGTH;
    /** Longest delay from sale to return considered: 8 weeks covers a 30-day return policy and the parcel's way. */
    static final int MAX_RETURN_DELAY_WEEKS = 8;
    /** A series gets its own returns estimate from this many returned units (fewer make a noisy rate). */
    static final double MIN_SERIES_RETURNS = 30;
    /** … and this many weeks after its first sale. */
    static final int MIN_SERIES_RETURN_WEEKS = 26;
    /** Monday of ISO week period 0, the origin of the absolute week numbers overrides are expressed in. */
    private static final LocalDate WEEK_ZERO = LocalDate.of(1970, 1, 5);
    /**
     * Weeks of history (all held series together) kept in memory while waiting for the category profiles: about
     * 100 MB. New items are a few percent of a retailer's series; beyond this they are read a second time.
     */
    static final long MAX_HELD_WEEKS = 4_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(RunForecast.class);

    private final Store store;
    private final int threads;

    public RunForecast(Store store) {
        this(store, Runtime.getRuntime().availableProcessors());
    }

    public RunForecast(Store store, int threads) {
        if (store == null) throw new IllegalArgumentException("Store is missing.");
        if (threads < 1) throw new IllegalArgumentException("Forecast threads (" + threads + ") must be at least 1.");
        this.store = store;
        this.threads = threads;
    }

    /**
     * Forecasts every series with sales for {@code horizon} weeks after the last complete week of sales, and
     * stores the run.
     *
     * @throws NoSalesException when the store has no complete week of sales
     */
    public ForecastSummary run(int horizon, ProgressListener progress) {
        if (horizon < 1 || horizon > 104) {
            throw new IllegalArgumentException("Forecast horizon (" + horizon + " weeks) must be from 1 to 104. "
                    + "Maybe use 13 for a quarter.");
        }
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long started = System.nanoTime();
        StoreSummary summary = store.summary();
        if (summary.lastSalesDate() == null) {
            throw new NoSalesException("No sales in the store " + describe() + ", so nothing to forecast. "
                    + "Import sales first (reassort import FILE, or reassort load-sample).");
        }
        LocalDate lastSunday = summary.lastSalesDate().getDayOfWeek() == DayOfWeek.SUNDAY ? summary.lastSalesDate()
                : summary.lastSalesDate().with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        LocalDate firstSalesMonday = summary.firstSalesDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate fromMonday = lastSunday.plusDays(1).minusWeeks(HISTORY_WEEKS);
        if (fromMonday.isBefore(firstSalesMonday)) fromMonday = firstSalesMonday;
        if (lastSunday.isBefore(fromMonday)) {
            throw new NoSalesException("The sales in the store " + describe() + " (" + summary.firstSalesDate()
                    + " to " + summary.lastSalesDate() + ") do not cover a complete week yet, so nothing to forecast. "
                    + "Import sales up to a Sunday first.");
        }
        LocalDate firstWeek = lastSunday.plusDays(1);
        int weeks = (int) ChronoUnit.WEEKS.between(fromMonday, firstWeek);

        listener.progress(0, -1, "Reading categories and stock history");
        Map<String, String> categories = new HashMap<>();
        for (Product product : store.products()) categories.put(product.sku(), product.category());
        Map<String, Set<Integer>> stockouts = stockouts(fromMonday, lastSunday);
        PromotionCalendar calendar = PromotionCalendar.of(store.promotions(), store.locations(), fromMonday, weeks);
        long censoredWeeks = stockouts.values().stream().mapToLong(Set::size).sum();
        LOG.debug("Categories and stock history read in {} ms", elapsedMillis(started));

        Map<String, double[]> totals = new HashMap<>();
        Map<String, double[][]> channelFlows = new java.util.TreeMap<>();
        Map<String, double[]> profiles = new HashMap<>();
        boolean profilesPossible = weeks >= 2 * SEASON_LENGTH;
        long[] seriesCount = {0};
        // One read of the history: the category totals (seasonal profiles) and return flows are summed as series
        // stream by, and only the series that may borrow a profile wait until every series is read.
        WeeklySeriesQueue.Router router = new WeeklySeriesQueue.Router() {
            @Override
            public boolean now(WeeklySeries series) {
                seriesCount[0]++;
                double[][] flows = channelFlows.computeIfAbsent(series.key().channel(), k -> new double[2][weeks]);
                double[] returned = series.returned();
                double[] sold = series.sold();
                double[] total = totals.computeIfAbsent(category(categories, series.key()), k -> new double[weeks]);
                for (int t = 0; t < weeks; t++) {
                    double s = Math.max(0, sold[t]);
                    flows[0][t] += s;
                    flows[1][t] += Math.max(0, returned[t]);
                    total[t] += s;
                }
                return !profilesPossible || positiveWeeks(sold) >= 2 * SEASON_LENGTH;
            }

            @Override
            public void allRead() {
                if (profilesPossible) {
                    totals.forEach((category, total) -> {
                        if (positiveWeeks(total) >= 2 * SEASON_LENGTH) {
                            profiles.put(category, SeasonalProfiles.estimate(total, SEASON_LENGTH));
                        }
                    });
                }
                totals.clear();
                LOG.debug("{} series read, {} category profiles, after {} ms", seriesCount[0], profiles.size(),
                        elapsedMillis(started));
            }
        };
        List<ReturnsEstimate> channelReturns = new ArrayList<>();
        Map<String, PromotionUplift> uplifts = new java.util.TreeMap<>();
        long[] ownReturns = {0};

        Forecaster forecaster = new Forecaster(ForecastOptions.defaults(horizon));
        BatchForecaster batch = new BatchForecaster(forecaster, threads);
        Map<String, Long> methods = new HashMap<>();
        Map<String, Long> memberships = new HashMap<>();
        long[] pooled = {0};
        ForecastRun run;
        try (ForecastRunWriter writer = store.beginForecastRun(horizon, firstWeek);
                WeeklySeriesQueue queue = new WeeklySeriesQueue(store, fromMonday, lastSunday, router,
                        MAX_HELD_WEEKS)) {
            Iterator<Item> items = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return queue.hasNext();
                }

                @Override
                public Item next() {
                    return new Item(queue.next());
                }
            };
            // The series are counted as they are read; the last run's count stands in for the total meanwhile.
            long expected = store.latestForecastRun().map(ForecastRun::seriesCount).orElse(-1L);
            ProgressListener forecasting = (done, total, message) ->
                    listener.progress(done, expected > done ? expected : -1, message);
            batch.forecastEach(items, -1, item -> {
                item.history = prepare(item.series, categories, profiles, stockouts, calendar);
                return item.history;
            }, (item, result) -> {
                if (item.history.seasonalProfile() != null) pooled[0]++;
                methods.merge(combination(result), 1L, Long::sum);
                for (ForecastResult.Component component : result.components()) {
                    memberships.merge(component.label(), 1L, Long::sum);
                }
                writer.add(stored(item.series.key(), item.history, result));
                ReturnsEstimate own = seriesReturns(item.series);
                if (own != null) {
                    writer.addReturns(own);
                    ownReturns[0]++;
                }
                pool(uplifts, item.series.key().channel() + '\u0000' + category(categories, item.series.key()),
                        item.series.key().channel(), category(categories, item.series.key()), result.cleaning());
            }, forecasting);
            if (weeks > MAX_RETURN_DELAY_WEEKS) {
                channelFlows.forEach((channel, flows) -> channelReturns.add(returns(channel, "", "", flows[0], flows[1])));
            }
            channelFlows.clear();
            if (queue.seriesReadAgain() > 0) {
                LOG.info("{} series waiting for their category's profile were read twice (memory budget)",
                        queue.seriesReadAgain());
            }
            for (ReturnsEstimate estimate : channelReturns) writer.addReturns(estimate);
            for (PromotionUplift uplift : uplifts.values()) writer.addUplift(uplift);
            LOG.debug("Forecasts done after {} ms", elapsedMillis(started));
            run = writer.commit(elapsedMillis(started));
        }
        return new ForecastSummary(run.id(), run.seriesCount(), horizon, firstWeek, fromMonday, mostUsedFirst(methods),
                mostUsedFirst(memberships), pooled[0],
                censoredWeeks, channelReturns, ownReturns[0], List.copyOf(uplifts.values()), run.meanMase(),
                run.meanRmsse(), run.meanWmape(), run.meanBias(), elapsedMillis(started));
    }

    /** The returns and promotion uplifts stored with the latest run (empty lists without a run). */
    public List<ReturnsEstimate> latestReturns() {
        return store.latestForecastRun().map(run -> store.returnsEstimates(run.id())).orElse(List.of());
    }

    public List<PromotionUplift> latestUplifts() {
        return store.latestForecastRun().map(run -> store.promotionUplifts(run.id())).orElse(List.of());
    }

    /** The latest stored forecast run, if any. */
    public Optional<ForecastRun> latestRun() {
        return store.latestForecastRun();
    }

    /**
     * The latest run summed bottom-up at {@code level} over the series {@code filter} accepts (null: all), with
     * each group's weekly sales over the {@code historyWeeks} weeks before the run. Points add up exactly; error
     * variances add as if the series' errors were independent. Empty when the store has no run yet.
     */
    public Optional<LevelForecasts> aggregate(Level level, java.util.function.Predicate<SeriesKey> filter,
            int historyWeeks) {
        if (level == null) throw new IllegalArgumentException("Level is missing. Maybe use Level.TOTAL.");
        if (historyWeeks < 0 || historyWeeks > HISTORY_WEEKS) {
            throw new IllegalArgumentException("History weeks (" + historyWeeks + ") must be from 0 to " + HISTORY_WEEKS
                    + ". Maybe use 52 for a year.");
        }
        java.util.function.Predicate<SeriesKey> accepted = filter == null ? key -> true : filter;
        Optional<ForecastRun> latest = store.latestForecastRun();
        if (latest.isEmpty()) return Optional.empty();
        ForecastRun run = latest.get();
        Map<String, String> categories = new HashMap<>();
        for (Product product : store.products()) categories.put(product.sku(), product.category());
        Map<String, double[]> points = new java.util.TreeMap<>();
        Map<String, double[]> variances = new HashMap<>();
        Map<String, double[]> histories = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> unmeasured = new HashMap<>();
        int horizon = run.horizon();
        store.forEachSeriesForecast(run.id(), forecast -> {
            if (!accepted.test(forecast.key())) return;
            String group = level.groupOf(forecast.key(), categories);
            double[] point = points.computeIfAbsent(group, g -> new double[horizon]);
            double[] variance = variances.computeIfAbsent(group, g -> new double[horizon]);
            double[] p = forecast.point();
            double[] sd = forecast.errorStdDev();
            boolean measured = true;
            for (int k = 0; k < horizon; k++) {
                point[k] += p[k];
                if (Double.isFinite(sd[k])) variance[k] += sd[k] * sd[k];
                else measured = false;
            }
            counts.merge(group, 1L, Long::sum);
            if (!measured) unmeasured.merge(group, 1L, Long::sum);
        });
        LocalDate historyFrom = run.firstWeek().minusWeeks(historyWeeks);
        if (historyWeeks > 0) {
            store.forEachWeeklySeries(historyFrom, run.firstWeek().minusDays(1), series -> {
                if (!accepted.test(series.key())) return;
                String group = level.groupOf(series.key(), categories);
                points.computeIfAbsent(group, g -> new double[horizon]);
                double[] history = histories.computeIfAbsent(group, g -> new double[historyWeeks]);
                double[] sold = series.sold();
                for (int t = 0; t < historyWeeks; t++) history[t] += Math.max(0, sold[t]);
            });
        }
        List<LevelForecast> groups = new ArrayList<>();
        points.forEach((group, point) -> {
            double[] variance = variances.getOrDefault(group, new double[horizon]);
            double[] sd = new double[horizon];
            for (int k = 0; k < horizon; k++) sd[k] = Math.sqrt(variance[k]);
            groups.add(new LevelForecast(group, counts.getOrDefault(group, 0L), unmeasured.getOrDefault(group, 0L), point, sd,
                    histories.getOrDefault(group, new double[historyWeeks])));
        });
        return Optional.of(new LevelForecasts(run, level, historyFrom, groups));
    }

    /** The latest stored forecast of a series with the planner's overrides applied; both are kept. */
    public Optional<AdjustedForecast> adjustedForecast(SeriesKey key) {
        Optional<ForecastRun> run = store.latestForecastRun();
        if (run.isEmpty()) return Optional.empty();
        return store.forecast(run.get().id(), key).map(forecast ->
                adjusted(run.get().firstWeek(), forecast, store.overrides(key)));
    }

    /**
     * Saves a planner override of {@code key} for the ISO weeks of {@code from} to {@code to} (any day of each
     * week); it applies to this and every later forecast run until removed.
     */
    public PlannerOverride addOverride(SeriesKey key, LocalDate from, LocalDate to, OverrideKind kind, double amount,
            String reason) {
        if (kind == OverrideKind.UNITS && amount < 0) {
            throw new IllegalArgumentException("Override of " + key + " to " + amount + " units a week must be zero "
                    + "or more. Maybe use a percentage to lower the forecast.");
        }
        if (kind == OverrideKind.PERCENT && amount < -100) {
            throw new IllegalArgumentException("Override of " + key + " by " + amount + " % would make the forecast "
                    + "negative; -100 % is the lowest.");
        }
        requireKnown(key.sku(), store.knownSkus(), "SKU", "the products");
        requireKnown(key.location(), store.knownLocations(), "Location", "the locations");
        requireKnown(key.channel(), store.knownChannels(), "Channel", "the channels");
        LocalDate fromMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate toMonday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return store.saveOverride(PlannerOverride.of(key, fromMonday, toMonday, kind, amount, reason));
    }

    /** The overrides of a series, in the order they apply. */
    public List<PlannerOverride> overrides(SeriesKey key) {
        return store.overrides(key);
    }

    public boolean removeOverride(long id) {
        return store.removeOverride(id);
    }

    /** {@code forecast} of a run starting on {@code firstWeek} with {@code overrides} applied in order. */
    public static AdjustedForecast adjusted(LocalDate firstWeek, SeriesForecast forecast, List<PlannerOverride> overrides) {
        List<ForecastOverride> engine = new ArrayList<>();
        for (PlannerOverride override : overrides) {
            int from = weekNumber(override.fromWeek());
            int to = weekNumber(override.toWeek());
            engine.add(override.kind() == OverrideKind.UNITS
                    ? ForecastOverride.units(from, to, override.amount(), override.reason())
                    : ForecastOverride.percent(from, to, override.amount(), override.reason()));
        }
        return AdjustedForecast.of(weekNumber(firstWeek), forecast.point(), engine);
    }

    /** Absolute number of the ISO week starting on {@code monday} (weeks since 5 January 1970). */
    public static int weekNumber(LocalDate monday) {
        return Math.toIntExact(ChronoUnit.WEEKS.between(WEEK_ZERO, monday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
    }

    // ---- per series ------------------------------------------------------------------------------------------

    /** A series on its way through the batch; its history is built on a worker thread, read by the sink after. */
    private static final class Item {
        final WeeklySeries series;
        DemandHistory history;

        Item(WeeklySeries series) {
            this.series = series;
        }

        @Override
        public String toString() {
            return series.key().toString();
        }
    }

    private static DemandHistory prepare(WeeklySeries series, Map<String, String> categories, Map<String, double[]> profiles,
            Map<String, Set<Integer>> stockouts, PromotionCalendar calendar) {
        boolean[] scheduled = calendar.weeks(series.key(), category(categories, series.key()));
        return prepare(series, categories, profiles, stockouts, scheduled);
    }

    private static DemandHistory prepare(WeeklySeries series, Map<String, String> categories, Map<String, double[]> profiles,
            Map<String, Set<Integer>> stockouts, boolean[] scheduled) {
        double[] sold = series.sold();
        int first = 0;
        while (first < sold.length && !(sold[first] > 0)) first++;
        int n = sold.length - first;
        double[] demand = new double[n];
        boolean[] promoted = new boolean[n];
        boolean[] censored = new boolean[n];
        boolean[] promotedWeeks = series.promoted();
        Set<Integer> out = stockouts.getOrDefault(series.key().sku() + '\u0000' + series.key().location(), Set.of());
        for (int t = 0; t < n; t++) {
            demand[t] = Math.max(0, sold[first + t]);
            promoted[t] = promotedWeeks[first + t] || scheduled[first + t];
            censored[t] = demand[t] == 0 && out.contains(first + t);
        }
        double[] profile = null;
        if (n < 2 * SEASON_LENGTH) {
            double[] categoryProfile = profiles.get(category(categories, series.key()));
            if (categoryProfile != null) profile = SeasonalProfiles.align(categoryProfile, first);
        }
        return new DemandHistory(demand, promoted, censored, SEASON_LENGTH, profile);
    }

    /** The series' own returns model when its history holds enough returns, else null. */
    private static ReturnsEstimate seriesReturns(WeeklySeries series) {
        double[] sold = series.sold();
        int first = 0;
        while (first < sold.length && !(sold[first] > 0)) first++;
        if (sold.length - first < MIN_SERIES_RETURN_WEEKS) return null;
        double[] returned = series.returned();
        double returnedUnits = 0;
        for (int t = first; t < returned.length; t++) returnedUnits += Math.max(0, returned[t]);
        if (returnedUnits < MIN_SERIES_RETURNS) return null;
        double[] s = new double[sold.length - first];
        double[] r = new double[s.length];
        for (int t = 0; t < s.length; t++) {
            s[t] = Math.max(0, sold[first + t]);
            r[t] = Math.max(0, returned[first + t]);
        }
        return returns(series.key().channel(), series.key().sku(), series.key().location(), s, r);
    }

    private static ReturnsEstimate returns(String channel, String sku, String location, double[] sold, double[] returned) {
        ReturnsModel model = ReturnsModel.estimate(sold, returned, MAX_RETURN_DELAY_WEEKS);
        double soldUnits = 0;
        double returnedUnits = 0;
        for (double v : sold) soldUnits += v;
        for (double v : returned) returnedUnits += v;
        return new ReturnsEstimate(channel, sku, location, soldUnits, returnedUnits, model.returnRate(),
                model.meanDelay(), model.delayWeights());
    }

    /** Adds a series' promoted weeks and their baseline to its channel × category. */
    private static void pool(Map<String, PromotionUplift> uplifts, String id, String channel, String category,
            CleanedHistory cleaning) {
        if (cleaning == null || !(cleaning.promotedBaseline() > 0)) return;
        long weeks = 0;
        for (double lift : cleaning.uplift()) if (Double.isFinite(lift)) weeks++;
        PromotionUplift before = uplifts.get(id);
        uplifts.put(id, before == null
                ? new PromotionUplift(channel, category, 1, weeks, cleaning.promotedSales(), cleaning.promotedBaseline())
                : new PromotionUplift(channel, category, before.series() + 1, before.promotedWeeks() + weeks,
                        before.promotedSales() + cleaning.promotedSales(),
                        before.baselineSales() + cleaning.promotedBaseline()));
    }

    private static SeriesForecast stored(SeriesKey key, DemandHistory history, ForecastResult result) {
        ForecastResult.Validation validation = result.validation();
        return new SeriesForecast(key, result.method(), result.reason(), result.demandClass().name(),
                result.demandProfile().adi(), result.demandProfile().cv2(), history.length(), result.point(),
                result.errorStdDevByHorizon(), validation.mase(), validation.rmsse(), validation.wmape(),
                validation.bias());
    }

    private static void requireKnown(String code, java.util.Set<String> known, String what, String where) {
        if (!known.contains(code)) {
            throw new IllegalArgumentException(what + " " + code + " is not in " + where + " of the store. Maybe check"
                    + " its spelling, or import the master data first.");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** SKU × location → week indices (from {@code fromMonday}) whose snapshot shows nothing on hand. */
    private Map<String, Set<Integer>> stockouts(LocalDate fromMonday, LocalDate lastSunday) {
        Map<String, Set<Integer>> stockouts = new HashMap<>();
        for (StockPosition position : store.emptyStockPositions(fromMonday, lastSunday)) {
            LocalDate date = position.asOf();
            int week = (int) ChronoUnit.WEEKS.between(fromMonday, date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            stockouts.computeIfAbsent(position.sku() + '\u0000' + position.location(), k -> new HashSet<>()).add(week);
        }
        return stockouts;
    }

    /** The combination's members in a fixed order, so "SES + TSB" and "TSB + SES" count as one. */
    private static String combination(ForecastResult result) {
        if (result.components().isEmpty()) return result.method();
        return String.join(" + ", result.components().stream().map(ForecastResult.Component::label).sorted().toList());
    }

    private static Map<String, Long> mostUsedFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String category(Map<String, String> categories, SeriesKey key) {
        return categories.getOrDefault(key.sku(), "UNCATEGORISED");
    }

    private static int positiveWeeks(double[] total) {
        int first = 0;
        while (first < total.length && !(total[first] > 0)) first++;
        return total.length - first;
    }

    private String describe() {
        return store.directory() == null ? "in memory" : store.directory().toString();
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
