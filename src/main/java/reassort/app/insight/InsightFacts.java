package reassort.app.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import reassort.domain.PurchaseOrderLine;
import reassort.engine.kpi.DataIssue;
import reassort.engine.kpi.ExceptionInput;
import reassort.engine.kpi.KpiInput;
import reassort.engine.kpi.SeriesWeeks;
import reassort.engine.kpi.StockItem;

/**
 * The store read once for the KPIs and the exceptions.
 *
 * @param forecastRunId the forecast run the forecasts come from, 0 without one
 */
record InsightFacts(LocalDate asOf, LocalDate windowFrom, int weeks, LocalDate forecastFrom, long forecastRunId,
        List<SeriesWeeks> series, List<StockItem> stock, List<PurchaseOrderLine> orders, Map<String, Double> unitCosts,
        List<DataIssue> issues) {

    KpiInput kpiInput() {
        return new KpiInput(asOf, windowFrom, weeks, series, stock, orders);
    }

    ExceptionInput exceptionInput() {
        return new ExceptionInput(asOf, forecastFrom, series, stock, orders, unitCosts, issues);
    }
}
