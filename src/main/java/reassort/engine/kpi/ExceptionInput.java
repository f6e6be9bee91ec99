package reassort.engine.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.Require;

/**
 * What the exceptions are detected from.
 *
 * @param asOf the day of the latest stock snapshot; demand is projected from the day after
 * @param forecastFrom Monday of the forecasts' first week
 * @param unitCosts unit cost per SKU, to value order lines
 * @param issues what the last import reported
 */
public record ExceptionInput(
        LocalDate asOf,
        LocalDate forecastFrom,
        List<SeriesWeeks> series,
        List<StockItem> stock,
        List<PurchaseOrderLine> orders,
        Map<String, Double> unitCosts,
        List<DataIssue> issues) {
    public ExceptionInput {
        Require.present(asOf, "As-of day of the exceptions");
        Require.present(forecastFrom, "First forecast week");
        if (forecastFrom.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("First forecast week " + forecastFrom + " is a "
                    + forecastFrom.getDayOfWeek() + ". Maybe pass the Monday of its ISO week.");
        }
        series = List.copyOf(series);
        stock = List.copyOf(stock);
        orders = List.copyOf(orders);
        unitCosts = Map.copyOf(unitCosts);
        issues = List.copyOf(issues);
    }
}
