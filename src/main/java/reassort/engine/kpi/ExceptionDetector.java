package reassort.engine.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reassort.domain.ProgressListener;
import reassort.domain.PurchaseOrderLine;

/**
 * Finds what a planner should look at first: stockout risks before the next receipt, overstock, forecasts far
 * from recent sales, late supplier order lines and data problems. Pure: records in, a sorted list out (most
 * severe first, then by type, then by what is at stake).
 */
public final class ExceptionDetector {
    private final ExceptionSettings settings;

    public ExceptionDetector(ExceptionSettings settings) {
        this.settings = settings == null ? ExceptionSettings.defaults() : settings;
    }

    public ExceptionSettings settings() {
        return settings;
    }

    public List<ExceptionItem> detect(ExceptionInput input, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        List<ExceptionItem> found = new ArrayList<>();
        Map<String, LocalDate> nextReceipts = new HashMap<>();
        for (PurchaseOrderLine line : input.orders()) {
            if (!line.expectedDate().isAfter(input.asOf())) continue;
            nextReceipts.merge(line.sku() + '\u0000' + line.location(), line.expectedDate(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        long total = input.stock().size() + input.series().size();
        long done = 0;
        listener.progress(0, total, "Looking for stockout risks and overstock");
        for (StockItem item : input.stock()) {
            if (++done % 500 == 0) {
                ProgressListener.checkCancelled();
                listener.progress(done, total, "Looking for stockout risks and overstock");
            }
            LocalDate receipt = nextReceipts.get(item.sku() + '\u0000' + item.location());
            stockoutRisk(input, item, receipt, found);
            overstock(item, found);
            if (item.onHand() < 0) {
                found.add(new ExceptionItem(ExceptionType.DATA_PROBLEM, ExceptionSeverity.MEDIUM, item.sku(),
                        item.location(), null, null, input.asOf(), 0, 0, item.onHand(), 0, ""));
            }
        }
        for (SeriesWeeks series : input.series()) {
            if (++done % 500 == 0) {
                ProgressListener.checkCancelled();
                listener.progress(done, total, "Comparing forecasts with recent sales");
            }
            forecastVsSales(series, found);
        }
        for (PurchaseOrderLine line : input.orders()) supplierDrift(input, line, found);
        for (DataIssue issue : input.issues()) {
            found.add(new ExceptionItem(ExceptionType.DATA_PROBLEM, issue.rejected() ? ExceptionSeverity.MEDIUM
                    : ExceptionSeverity.LOW, null, null, null, null, null, 0, 0, 0, 0,
                    issue.where().isEmpty() ? issue.reason() : issue.where() + ": " + issue.reason()));
        }
        found.sort(ORDER);
        return List.copyOf(found);
    }

    /** Most severe first, then by type, then by what is at stake (largest first), then by item. */
    static final Comparator<ExceptionItem> ORDER = Comparator.comparing(ExceptionItem::severity)
            .thenComparing(ExceptionItem::type)
            .thenComparing(Comparator.comparingDouble(ExceptionDetector::stake).reversed())
            .thenComparing(e -> e.sku() == null ? "\uffff" : e.sku())
            .thenComparing(e -> e.location() == null ? "" : e.location())
            .thenComparing(e -> e.channel() == null ? "" : e.channel())
            .thenComparing(ExceptionItem::detail);

    private static double stake(ExceptionItem e) {
        return switch (e.type()) {
            case STOCKOUT_RISK, OVERSTOCK, SUPPLIER_DRIFT -> e.value();
            case FORECAST_VS_SALES -> Math.abs(e.units() - e.value());
            case DATA_PROBLEM -> 0;
        };
    }

    private void stockoutRisk(ExceptionInput input, StockItem item, LocalDate receipt, List<ExceptionItem> found) {
        double weekly = item.echelonForecastPerWeek();
        if (!(weekly > 0)) return;
        LocalDate next = receipt;
        if (next == null) {
            double days = Double.isFinite(item.replenishmentDays()) && item.replenishmentDays() > 0
                    ? item.replenishmentDays() : settings.defaultReplenishmentDays();
            next = input.asOf().plusDays((long) Math.ceil(days));
        }
        long daysToReceipt = ChronoUnit.DAYS.between(input.asOf(), next);
        double available = item.available();
        double demand = 0;
        double lastsDays = Double.NaN;
        for (long d = 1; d <= daysToReceipt; d++) {
            double today = dailyDemand(item.echelonForecast(), weekly, input.forecastFrom(), input.asOf().plusDays(d));
            if (Double.isNaN(lastsDays) && demand + today > available) {
                lastsDays = Math.max(0, (d - 1) + (available - demand) / today);
            }
            demand += today;
        }
        double projected = available - demand;
        if (!(-projected >= Math.max(settings.minimumUnits(), Double.MIN_VALUE))) return;
        if (Double.isNaN(lastsDays)) lastsDays = 0;
        ExceptionSeverity severity = available <= 0 || lastsDays < daysToReceipt / 2.0
                ? ExceptionSeverity.HIGH : ExceptionSeverity.MEDIUM;
        found.add(new ExceptionItem(ExceptionType.STOCKOUT_RISK, severity, item.sku(), item.location(), null,
                item.supplier(), next, lastsDays, daysToReceipt, -projected, -projected * item.unitCost(),
                receipt == null ? "" : "order"));
    }

    /** Units the forecast expects on {@code day}: its week's forecast ÷ 7 (the mean beyond the horizon). */
    private static double dailyDemand(double[] forecast, double weeklyMean, LocalDate forecastFrom, LocalDate day) {
        long week = Math.floorDiv(ChronoUnit.DAYS.between(forecastFrom, day), 7);
        if (week < 0) week = 0;
        double units = week < forecast.length ? forecast[(int) week] : weeklyMean;
        return Math.max(0, units) / 7;
    }

    private void overstock(StockItem item, List<ExceptionItem> found) {
        double available = item.available();
        if (!(available > 0)) return;
        double weekly = item.echelonForecastPerWeek();
        double threshold = settings.overstockWeeks();
        if (!(weekly > 0)) {
            if (available < settings.minimumUnits()) return;
            found.add(new ExceptionItem(ExceptionType.OVERSTOCK, ExceptionSeverity.HIGH, item.sku(), item.location(),
                    null, item.supplier(), null, Double.POSITIVE_INFINITY, threshold, available,
                    available * item.unitCost(), ""));
            return;
        }
        double cover = available / weekly;
        if (!(cover > threshold)) return;
        double excess = available - threshold * weekly;
        if (excess < settings.minimumUnits()) return;
        found.add(new ExceptionItem(ExceptionType.OVERSTOCK, cover > 2 * threshold ? ExceptionSeverity.HIGH
                : ExceptionSeverity.MEDIUM, item.sku(), item.location(), null, item.supplier(), null, cover, threshold,
                excess, excess * item.unitCost(), ""));
    }

    private void forecastVsSales(SeriesWeeks series, List<ExceptionItem> found) {
        int weeks = settings.recentWeeks();
        double forecast = series.forecastPerWeek(weeks);
        if (Double.isNaN(forecast)) return;
        double sum = 0;
        int counted = 0;
        for (int t = Math.max(0, series.weeks() - weeks); t < series.weeks(); t++) {
            if (series.stockedOut(t) || series.promoted()[t]) continue;
            sum += Math.max(0, series.sold()[t]);
            counted++;
        }
        if (counted == 0) return;
        double recent = sum / counted;
        if (Math.max(forecast, recent) < settings.minimumWeeklyUnits()) return;
        double ratio = recent > 0 ? forecast / recent : Double.POSITIVE_INFINITY;
        double limit = settings.forecastRatio();
        if (ratio <= limit && ratio >= 1 / limit) return;
        boolean far = ratio > limit * limit || ratio < 1 / (limit * limit);
        found.add(new ExceptionItem(ExceptionType.FORECAST_VS_SALES, far ? ExceptionSeverity.HIGH
                : ExceptionSeverity.MEDIUM, series.key().sku(), series.key().location(), series.key().channel(), null,
                null, ratio, limit, forecast, recent, ""));
    }

    private void supplierDrift(ExceptionInput input, PurchaseOrderLine line, List<ExceptionItem> found) {
        long late = ChronoUnit.DAYS.between(line.expectedDate(), input.asOf());
        if (late <= settings.driftDays()) return;
        double cost = input.unitCosts().getOrDefault(line.sku(), 0.0);
        found.add(new ExceptionItem(ExceptionType.SUPPLIER_DRIFT, late >= 3 * Math.max(1, settings.driftDays())
                ? ExceptionSeverity.HIGH : ExceptionSeverity.MEDIUM, line.sku(), line.location(), null,
                line.supplier(), line.expectedDate(), late, settings.driftDays(), line.quantity(),
                line.quantity() * cost, line.orderId()));
    }
}
