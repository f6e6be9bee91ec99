package reassort.app.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import reassort.app.forecast.PromotionCalendar;
import reassort.app.forecast.RunForecast;
import reassort.domain.DailySeries;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.engine.forecast.AdjustedForecast;
import reassort.store.AuditEntry;
import reassort.store.ForecastRun;
import reassort.store.OverrideKind;
import reassort.store.PlannerOverride;
import reassort.store.SeriesForecast;
import reassort.store.Store;
import reassort.store.StoreSummary;

/**
 * The series view's source: reads the weekly history, stock, promotions, forecast and overrides of one series or
 * any total, and saves the planner's overrides (through {@link RunForecast#addOverride}, audited).
 */
public final class SeriesCharts {
    public static final int DEFAULT_HISTORY_WEEKS = 104;
    /** Up to this many series are read one by one; more are read in one pass over the whole history. */
    private static final int READ_ONE_BY_ONE = 64;
    /** z of the central 80 % interval. */
    private static final double Z80 = 1.2815515655446004;

    private final Store store;
    private final Clock clock;

    public SeriesCharts(Store store, Clock clock) {
        if (store == null) throw new IllegalArgumentException("Store is missing.");
        this.store = store;
        this.clock = clock;
    }

    /** The series that have sales, in key order (what a planner can pick from). */
    public List<SeriesKey> seriesKeys() {
        return store.seriesKeys();
    }

    /** The product categories, sorted. */
    public List<String> categories() {
        return store.products().stream().map(Product::category).distinct().sorted().toList();
    }

    public SeriesChart chart(SeriesSelection selection, int historyWeeks, ProgressListener progress) {
        if (selection == null) throw new IllegalArgumentException("Series selection is missing. Maybe use SeriesSelection.total().");
        if (historyWeeks < 1 || historyWeeks > 312) {
            throw new IllegalArgumentException("History weeks (" + historyWeeks + ") must be from 1 to 312. "
                    + "Maybe use 104 for two years.");
        }
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        listener.progress(0, -1, "Reading " + selection.describe());
        Map<String, String> categories = new HashMap<>();
        for (Product p : store.products()) categories.put(p.sku(), p.category());
        Optional<ForecastRun> run = store.latestForecastRun();
        LocalDate forecastFrom;
        if (run.isPresent()) {
            forecastFrom = run.get().firstWeek();
        } else {
            StoreSummary summary = store.summary();
            LocalDate last = summary.lastSalesDate() == null ? LocalDate.now(clock) : summary.lastSalesDate();
            forecastFrom = Insights.monday(last).plusWeeks(1);
            if (last.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) forecastFrom = forecastFrom.minusWeeks(1);
        }
        LocalDate firstWeek = forecastFrom;
        LocalDate historyFrom = forecastFrom.minusWeeks(historyWeeks);
        LocalDate historyTo = forecastFrom.minusDays(1);

        List<SeriesKey> keys = store.seriesKeys().stream().filter(k -> selection.accepts(k, categories)).toList();
        Map<String, double[]> sold = new TreeMap<>();
        boolean[] promoted = new boolean[historyWeeks];
        Consumer<SeriesWeekly> add = weekly -> {
            double[] channel = sold.computeIfAbsent(weekly.key.channel(), c -> new double[historyWeeks]);
            for (int t = 0; t < historyWeeks; t++) {
                channel[t] += Math.max(0, weekly.sold[t]);
                promoted[t] |= weekly.promoted[t];
            }
        };
        if (keys.size() <= READ_ONE_BY_ONE) {
            for (SeriesKey key : keys) {
                ProgressListener.checkCancelled();
                add.accept(SeriesWeekly.of(store.dailySeries(key, historyFrom, historyTo), historyWeeks));
            }
        } else {
            Set<SeriesKey> wanted = new HashSet<>(keys);
            store.forEachWeeklySeries(historyFrom, historyTo, weekly -> {
                if (wanted.contains(weekly.key())) add.accept(new SeriesWeekly(weekly.key(), weekly.sold(), weekly.promoted()));
            });
        }
        PromotionCalendar calendar = PromotionCalendar.of(store.promotions(), store.locations(), historyFrom, historyWeeks);
        for (SeriesKey key : keys) {
            boolean[] scheduled = calendar.weeks(key, categories.getOrDefault(key.sku(), "UNCATEGORISED"));
            for (int t = 0; t < historyWeeks; t++) promoted[t] |= scheduled[t];
        }

        listener.progress(0, -1, "Reading the stock history");
        Set<String> pairs = new HashSet<>();
        for (SeriesKey key : keys) pairs.add(Insights.pair(key.sku(), key.location()));
        int[] stockedOut = new int[historyWeeks];
        Set<String> withHistory = new HashSet<>();
        Map<String, Map<Integer, Double>> lastOfWeek = new HashMap<>();
        Consumer<StockPosition> stock = p -> {
            if (p.asOf().isBefore(historyFrom) || p.asOf().isAfter(historyTo)) return;
            String pair = Insights.pair(p.sku(), p.location());
            withHistory.add(pair);
            int week = (int) ChronoUnit.WEEKS.between(historyFrom, Insights.monday(p.asOf()));
            lastOfWeek.computeIfAbsent(pair, k -> new HashMap<>()).put(week, p.onHand());
        };
        if (pairs.size() <= READ_ONE_BY_ONE) {
            for (SeriesKey key : keys) {
                if (!pairs.remove(Insights.pair(key.sku(), key.location()))) continue;
                store.stockHistory(key.sku(), key.location()).forEach(stock);
            }
        } else {
            for (LocalDate date : store.stockDates()) {
                if (date.isBefore(historyFrom) || date.isAfter(historyTo)) continue;
                ProgressListener.checkCancelled();
                for (StockPosition p : store.stockSnapshot(date)) {
                    if (pairs.contains(Insights.pair(p.sku(), p.location()))) stock.accept(p);
                }
            }
        }
        for (Map<Integer, Double> weeks : lastOfWeek.values()) {
            weeks.forEach((week, onHand) -> {
                if (onHand <= 0) stockedOut[week]++;
            });
        }

        listener.progress(0, -1, "Reading the forecast");
        List<PlannerOverride> overrides = selection.seriesKey().map(store::overrides)
                .orElseGet(() -> store.overrides().stream().filter(o -> selection.accepts(o.key(), categories)).toList());
        Map<SeriesKey, List<PlannerOverride>> overridesByKey = new HashMap<>();
        for (PlannerOverride o : overrides) overridesByKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        int horizon = run.map(ForecastRun::horizon).orElse(0);
        double[] statistical = new double[horizon];
        double[] adjusted = new double[horizon];
        double[] variance = new double[horizon];
        boolean[] unmeasured = new boolean[horizon];
        Map<String, Long> methods = new HashMap<>();
        List<SeriesForecast> members = new ArrayList<>();
        Map<SeriesKey, Double> volume = new HashMap<>();
        Consumer<SeriesForecast> addForecast = f -> {
            members.add(f);
            AdjustedForecast a = RunForecast.adjusted(firstWeek, f, overridesByKey.getOrDefault(f.key(), List.of()));
            double[] point = f.point();
            double[] adj = a.adjusted();
            double[] sd = f.errorStdDev();
            for (int k = 0; k < horizon && k < point.length; k++) {
                statistical[k] += point[k];
                adjusted[k] += adj[k];
                if (Double.isFinite(sd[k])) variance[k] += sd[k] * sd[k];
                else unmeasured[k] = true;
            }
            methods.merge(f.method(), 1L, Long::sum);
        };
        if (run.isPresent()) {
            Optional<SeriesKey> single = selection.seriesKey();
            if (single.isPresent()) store.forecast(run.get().id(), single.get()).ifPresent(addForecast);
            else store.forEachSeriesForecast(run.get().id(), f -> {
                if (selection.accepts(f.key(), categories)) addForecast.accept(f);
            });
        }
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            double spread = Z80 * Math.sqrt(variance[k]);
            lower[k] = Math.max(0, adjusted[k] - spread);
            upper[k] = adjusted[k] + spread;
        }

        String method = "";
        String reason = "";
        String demandClass = "";
        double mase = Double.NaN;
        double wmape = Double.NaN;
        double bias = Double.NaN;
        if (members.size() == 1) {
            SeriesForecast f = members.get(0);
            method = f.method();
            reason = f.reason();
            demandClass = f.demandClass();
            mase = f.mase();
            wmape = f.wmape();
            bias = f.bias();
        } else if (!members.isEmpty()) {
            method = mostUsed(methods);
            double maseSum = 0;
            int maseCount = 0;
            double weighted = 0;
            double biasWeighted = 0;
            double weights = 0;
            for (SeriesForecast f : members) {
                if (Double.isFinite(f.mase())) {
                    maseSum += f.mase();
                    maseCount++;
                }
                double w = 0;
                for (double v : f.point()) w += v;
                if (Double.isFinite(f.wmape()) && Double.isFinite(f.bias()) && w > 0) {
                    weighted += f.wmape() * w;
                    biasWeighted += f.bias() * w;
                    weights += w;
                }
            }
            mase = maseCount == 0 ? Double.NaN : maseSum / maseCount;
            wmape = weights == 0 ? Double.NaN : weighted / weights;
            bias = weights == 0 ? Double.NaN : biasWeighted / weights;
        }
        return new SeriesChart(selection, historyFrom, historyWeeks, sold, promoted, stockedOut, withHistory.size(),
                forecastFrom, statistical, adjusted, lower, upper,
                overrides.stream().map(SeriesOverride::of).toList(), members.size(), method, reason,
                demandClass, mase, wmape, bias);
    }

    /**
     * Saves a planner override of one series for the ISO weeks of {@code from} to {@code to} (see
     * {@link RunForecast#addOverride}) and records it in the audit trail.
     */
    public SeriesOverride addOverride(SeriesKey key, LocalDate from, LocalDate to, boolean percent, double amount,
            String reason) {
        PlannerOverride saved = new RunForecast(store).addOverride(key, from, to,
                percent ? OverrideKind.PERCENT : OverrideKind.UNITS, amount, reason);
        SeriesOverride shown = SeriesOverride.of(saved);
        store.recordAudit(List.of(new AuditEntry(0, null, null, AuditEntry.FORECAST, key.sku(), key.location(),
                key.channel(), "OVERRIDE", "", describe(shown), saved.reason())));
        return shown;
    }

    /** Removes an override, recording it in the audit trail; returns whether it was there. */
    public boolean removeOverride(SeriesOverride override) {
        boolean removed = store.removeOverride(override.id());
        if (removed) {
            store.recordAudit(List.of(new AuditEntry(0, null, null, AuditEntry.FORECAST, override.key().sku(),
                    override.key().location(), override.key().channel(), "REMOVE_OVERRIDE", describe(override), "",
                    override.reason())));
        }
        return removed;
    }

    static String describe(SeriesOverride o) {
        String amount = !o.percent()
                ? String.format(java.util.Locale.ROOT, "%s units/week", trim(o.amount()))
                : String.format(java.util.Locale.ROOT, "%s%s %%", o.amount() >= 0 ? "+" : "", trim(o.amount()));
        return amount + " from week " + o.fromWeek() + " to week " + o.toWeek();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String mostUsed(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> top = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size() && i < 3; i++) top.put(sorted.get(i).getKey(), sorted.get(i).getValue());
        List<String> parts = new ArrayList<>();
        top.forEach((m, n) -> parts.add(m + " (" + n + ")"));
        if (sorted.size() > 3) parts.add("…");
        return String.join(", ", parts);
    }

    /** One series' weekly units and promotion flags over the chart's history. */
    private record SeriesWeekly(SeriesKey key, double[] sold, boolean[] promoted) {
        static SeriesWeekly of(DailySeries daily, int weeks) {
            double[] sold = new double[weeks];
            boolean[] promoted = new boolean[weeks];
            for (int d = 0; d < daily.days(); d++) {
                int week = d / 7;
                if (week >= weeks) break;
                sold[week] += Math.max(0, daily.sold()[d]);
                promoted[week] |= daily.promoted()[d];
            }
            return new SeriesWeekly(daily.key(), sold, promoted);
        }
    }
}
