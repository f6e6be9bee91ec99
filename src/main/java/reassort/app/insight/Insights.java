package reassort.app.insight;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import reassort.app.forecast.RunForecast;
import reassort.app.plan.RunPlan;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;
import reassort.engine.kpi.DataIssue;
import reassort.engine.kpi.ExceptionDetector;
import reassort.engine.kpi.ExceptionItem;
import reassort.engine.kpi.ExceptionSettings;
import reassort.engine.kpi.KpiCalculator;
import reassort.engine.kpi.KpiReport;
import reassort.engine.kpi.SeriesWeeks;
import reassort.engine.kpi.StockItem;
import reassort.store.ForecastRun;
import reassort.store.ImportIssueRow;
import reassort.store.ImportRun;
import reassort.store.IssueSeverity;
import reassort.store.PlannerOverride;
import reassort.store.Store;
import reassort.store.StoreSummary;

/**
 * The use cases "compute the KPIs" and "list the exceptions": read the store once (weekly sales and stock history
 * over the measuring window, the latest stock, open orders, the latest forecast with the planner's overrides, the
 * last import's issues) and hand it to the engine.
 *
 * <p>The figures are taken as of the latest stock snapshot (else the last sales day, else today). The window runs
 * back from that week to the first week with a stock snapshot, at most {@value #MAX_WINDOW_WEEKS} weeks; a store
 * without stock history measures the last {@value #NO_STOCK_WINDOW_WEEKS} weeks of sales (availability is then
 * unknown).
 */
public final class Insights {
    public static final int MAX_WINDOW_WEEKS = 52;
    public static final int NO_STOCK_WINDOW_WEEKS = 13;

    private final Store store;
    private final Clock clock;

    public Insights(Store store, Clock clock) {
        if (store == null) throw new IllegalArgumentException("Store is missing.");
        if (clock == null) throw new IllegalArgumentException("Clock is missing.");
        this.store = store;
        this.clock = clock;
    }

    /** The KPI dashboard. */
    public KpiReport kpis(ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        return new KpiCalculator().compute(facts(listener).kpiInput(), listener);
    }

    /** The exceptions, most severe first. */
    public List<ExceptionItem> exceptions(ExceptionSettings settings, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        return new ExceptionDetector(settings).detect(facts(listener).exceptionInput(), listener);
    }

    InsightFacts facts(ProgressListener listener) {
        listener.progress(0, -1, "Reading master data, stock and orders");
        StoreSummary summary = store.summary();
        List<LocalDate> stockDates = store.stockDates();
        LocalDate asOf = !stockDates.isEmpty() ? stockDates.get(stockDates.size() - 1)
                : summary.lastSalesDate() != null ? summary.lastSalesDate() : LocalDate.now(clock);
        LocalDate lastMonday = monday(asOf);
        LocalDate windowFrom;
        if (stockDates.isEmpty()) {
            windowFrom = lastMonday.minusWeeks(NO_STOCK_WINDOW_WEEKS - 1);
        } else {
            windowFrom = lastMonday.minusWeeks(MAX_WINDOW_WEEKS - 1);
            if (monday(stockDates.get(0)).isAfter(windowFrom)) windowFrom = monday(stockDates.get(0));
        }
        if (summary.firstSalesDate() != null && monday(summary.firstSalesDate()).isAfter(windowFrom)
                && !monday(summary.firstSalesDate()).isAfter(lastMonday)) {
            windowFrom = monday(summary.firstSalesDate());
        }
        int weeks = (int) ChronoUnit.WEEKS.between(windowFrom, lastMonday) + 1;

        Map<String, Product> products = new HashMap<>();
        Map<String, Double> unitCosts = new HashMap<>();
        for (Product p : store.products()) {
            products.put(p.sku(), p);
            unitCosts.put(p.sku(), p.unitCost());
        }
        Map<String, Location> locations = new HashMap<>();
        for (Location l : store.locations()) locations.put(l.code(), l);
        Map<String, Supplier> suppliers = new HashMap<>();
        for (Supplier s : store.suppliers()) suppliers.put(s.code(), s);

        Map<String, double[]> stockHistory = new HashMap<>();
        for (LocalDate date : stockDates) {
            if (date.isBefore(windowFrom) || date.isAfter(asOf)) continue;
            ProgressListener.checkCancelled();
            int week = (int) ChronoUnit.WEEKS.between(windowFrom, monday(date));
            for (StockPosition p : store.stockSnapshot(date)) {
                stockHistory.computeIfAbsent(pair(p.sku(), p.location()), k -> nans(weeks))[week] = p.onHand();
            }
        }

        listener.progress(0, -1, "Reading the latest forecast");
        Optional<ForecastRun> run = store.latestForecastRun();
        LocalDate forecastFrom = run.map(ForecastRun::firstWeek).orElse(lastMonday.plusWeeks(1));
        Map<SeriesKey, List<PlannerOverride>> overrides = new HashMap<>();
        for (PlannerOverride o : store.overrides()) overrides.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        Map<SeriesKey, double[]> forecasts = new HashMap<>();
        Map<SeriesKey, double[]> quality = new HashMap<>();
        run.ifPresent(r -> store.forEachSeriesForecast(r.id(), f -> {
            forecasts.put(f.key(), RunForecast.adjusted(r.firstWeek(), f, overrides.getOrDefault(f.key(), List.of()))
                    .adjusted());
            quality.put(f.key(), new double[] {f.mase(), f.wmape(), f.bias()});
        }));

        listener.progress(0, -1, "Reading the weekly sales");
        List<SeriesWeeks> series = new ArrayList<>();
        Map<String, Map<String, Double>> soldByChannel = new HashMap<>();
        Set<SeriesKey> seen = new HashSet<>();
        store.forEachWeeklySeries(windowFrom, windowFrom.plusWeeks(weeks).minusDays(1), weekly -> {
            SeriesKey key = weekly.key();
            seen.add(key);
            series.add(seriesWeeks(key, products, weekly.sold(), weekly.promoted(), stockHistory, weeks, forecasts,
                    quality));
            double sold = weekly.totalSold();
            if (sold > 0) soldByChannel.computeIfAbsent(pair(key.sku(), key.location()), k -> new HashMap<>())
                    .merge(key.channel(), sold, Double::sum);
        });
        for (SeriesKey key : forecasts.keySet()) {
            if (seen.contains(key)) continue;
            series.add(seriesWeeks(key, products, new double[weeks], new boolean[weeks], stockHistory, weeks,
                    forecasts, quality));
        }
        series.sort((a, b) -> a.key().compareTo(b.key()));

        Map<String, double[]> ownForecast = new HashMap<>();
        for (Map.Entry<SeriesKey, double[]> f : forecasts.entrySet()) {
            double[] sum = ownForecast.computeIfAbsent(pair(f.getKey().sku(), f.getKey().location()),
                    k -> new double[f.getValue().length]);
            for (int k = 0; k < sum.length && k < f.getValue().length; k++) sum[k] += f.getValue()[k];
        }
        Map<String, List<String>> downstream = downstream(locations);
        List<StockItem> stock = new ArrayList<>();
        List<StockPosition> latest = store.latestStock();
        for (StockPosition p : latest) {
            ProgressListener.checkCancelled();
            Product product = products.get(p.sku());
            String key = pair(p.sku(), p.location());
            double[] own = ownForecast.get(key);
            double[] echelon = own == null ? null : own.clone();
            for (String below : downstream.getOrDefault(p.location(), List.of())) {
                double[] theirs = ownForecast.get(pair(p.sku(), below));
                if (theirs == null) continue;
                if (echelon == null) echelon = new double[theirs.length];
                for (int k = 0; k < echelon.length && k < theirs.length; k++) echelon[k] += theirs[k];
            }
            Map<String, Double> echelonSold = new HashMap<>(soldByChannel.getOrDefault(key, Map.of()));
            for (String below : downstream.getOrDefault(p.location(), List.of())) {
                soldByChannel.getOrDefault(pair(p.sku(), below), Map.of())
                        .forEach((channel, units) -> echelonSold.merge(channel, units, Double::sum));
            }
            stock.add(new StockItem(p.sku(), p.location(), product == null ? null : product.category(),
                    product == null ? null : product.supplier(), product == null ? 0 : product.unitCost(), p.onHand(),
                    p.reserved(), p.inTransit(), p.backorders(), stockHistory.getOrDefault(key, nans(weeks)), own,
                    echelon, soldByChannel.getOrDefault(key, Map.of()), echelonSold,
                    replenishmentDays(product, locations.get(p.location()), suppliers)));
        }

        List<DataIssue> issues = new ArrayList<>();
        Optional<ImportRun> lastImport = store.lastImport();
        if (lastImport.isPresent()) {
            for (ImportIssueRow row : store.importIssues(lastImport.get().id())) issues.add(issue(row));
        }
        return new InsightFacts(asOf, windowFrom, weeks, forecastFrom, run.map(ForecastRun::id).orElse(0L), series,
                stock, store.purchaseOrders(), unitCosts, issues);
    }

    private static SeriesWeeks seriesWeeks(SeriesKey key, Map<String, Product> products, double[] sold,
            boolean[] promoted, Map<String, double[]> stockHistory, int weeks, Map<SeriesKey, double[]> forecasts,
            Map<SeriesKey, double[]> quality) {
        Product product = products.get(key.sku());
        double[] q = quality.getOrDefault(key, new double[] {Double.NaN, Double.NaN, Double.NaN});
        return new SeriesWeeks(key, product == null ? null : product.category(),
                product == null ? 0 : product.unitPrice(), sold, promoted,
                stockHistory.getOrDefault(pair(key.sku(), key.location()), nans(weeks)), forecasts.get(key), q[0], q[1],
                q[2]);
    }

    /** Location → every location it supplies, directly or through others. */
    static Map<String, List<String>> downstream(Map<String, Location> locations) {
        Map<String, List<String>> below = new HashMap<>();
        for (Location location : locations.values()) {
            Set<String> visited = new HashSet<>();
            String up = location.supplyingLocation();
            while (up != null && visited.add(up)) {
                below.computeIfAbsent(up, k -> new ArrayList<>()).add(location.code());
                Location next = locations.get(up);
                up = next == null ? null : next.supplyingLocation();
            }
        }
        return below;
    }

    private static double replenishmentDays(Product product, Location location, Map<String, Supplier> suppliers) {
        if (location != null && location.supplyingLocation() != null) return RunPlan.DEFAULT_TRANSFER_LEAD_TIME_DAYS;
        if (product == null || product.supplier() == null) return Double.NaN;
        Supplier supplier = suppliers.get(product.supplier());
        return supplier == null ? Double.NaN : supplier.leadTimeDays();
    }

    private static DataIssue issue(ImportIssueRow row) {
        StringBuilder where = new StringBuilder(row.file());
        if (row.sheet() != null) where.append(" [").append(row.sheet()).append(']');
        if (row.row() > 0) where.append(" row ").append(row.row());
        if (row.column() != null) where.append(", ").append(row.column());
        String reason = row.value() == null || row.reason().contains(row.value()) ? row.reason()
                : row.reason() + " (" + row.value() + ")";
        return new DataIssue(where.toString(), reason, row.severity() == IssueSeverity.ERROR);
    }

    private static double[] nans(int weeks) {
        double[] values = new double[weeks];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    static String pair(String sku, String location) {
        return sku + '\u0000' + location;
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
