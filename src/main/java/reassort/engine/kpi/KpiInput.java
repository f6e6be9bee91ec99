package reassort.engine.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.Require;

/**
 * Everything the KPIs are computed from.
 *
 * @param asOf the day the figures are taken on (the latest stock snapshot)
 * @param windowFrom Monday of the measuring window's first week; every series and stock item has {@code weeks}
 *     weeks from it
 * @param orders the purchase-order lines the store holds (open lines: the store records no receipts)
 */
public record KpiInput(
        LocalDate asOf, LocalDate windowFrom, int weeks, List<SeriesWeeks> series, List<StockItem> stock,
        List<PurchaseOrderLine> orders) {
    public KpiInput {
        Require.present(asOf, "As-of day of the KPIs");
        Require.present(windowFrom, "First week of the KPI window");
        if (windowFrom.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("KPI window starts on " + windowFrom + ", a " + windowFrom.getDayOfWeek()
                    + ". Maybe pass the Monday of its ISO week.");
        }
        if (weeks < 0) throw new IllegalArgumentException("KPI window (" + weeks + " weeks) must not be negative.");
        series = List.copyOf(series);
        stock = List.copyOf(stock);
        orders = List.copyOf(orders);
        for (SeriesWeeks s : series) {
            if (s.weeks() != weeks) {
                throw new IllegalArgumentException("Series " + s.key() + " has " + s.weeks() + " weeks, the window "
                        + weeks + ". Maybe it was read over another window.");
            }
        }
        for (StockItem item : stock) {
            if (item.onHandHistory().length != weeks) {
                throw new IllegalArgumentException("Stock history of " + item.sku() + " at " + item.location() + " has "
                        + item.onHandHistory().length + " weeks, the window " + weeks + ".");
            }
        }
    }
}
