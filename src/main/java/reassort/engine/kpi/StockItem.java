package reassort.engine.kpi;

import java.util.Map;
import reassort.domain.Require;

/**
 * What the KPIs and exceptions need of one SKU × location: its latest stock position, its stock over the measuring
 * window, its demand and how soon it can be replenished. Arrays belong to the record (not copied).
 *
 * @param supplier the SKU's supplier code, null when unknown
 * @param onHandHistory on-hand stock at each week's snapshot of the window, NaN for a week without one
 * @param forecast units a week summed over the channels (overrides applied), from the forecast's first week;
 *     empty without a forecast
 * @param echelonForecast units a week this location must ship or sell: its own forecast plus that of every
 *     location it supplies (directly or not); what its stock must cover. Null: the own forecast
 * @param soldByChannel units sold over the window per channel
 * @param echelonSoldByChannel the same with the sales of every location it supplies (directly or not); null: own
 * @param replenishmentDays days from ordering to receipt when no order is open (the supplier's lead time, or the
 *     transfer time from the supplying location); NaN when unknown
 */
public record StockItem(
        String sku,
        String location,
        String category,
        String supplier,
        double unitCost,
        double onHand,
        double reserved,
        double inTransit,
        double backorders,
        double[] onHandHistory,
        double[] forecast,
        double[] echelonForecast,
        Map<String, Double> soldByChannel,
        Map<String, Double> echelonSoldByChannel,
        double replenishmentDays) {
    public StockItem {
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location of SKU " + sku);
        category = category == null || category.isBlank() ? "UNCATEGORISED" : category;
        Require.nonNegative(unitCost, "Unit cost of SKU " + sku);
        Require.finite(onHand, "On-hand stock of " + sku + " at " + location);
        Require.present(onHandHistory, "Stock history of " + sku + " at " + location);
        forecast = forecast == null ? new double[0] : forecast;
        echelonForecast = echelonForecast == null ? forecast : echelonForecast;
        soldByChannel = soldByChannel == null ? Map.of() : Map.copyOf(soldByChannel);
        echelonSoldByChannel = echelonSoldByChannel == null ? soldByChannel : Map.copyOf(echelonSoldByChannel);
    }

    /** Stock that can serve demand before anything else arrives: on hand + in transit − reserved − backorders. */
    public double available() {
        return onHand + inTransit - reserved - backorders;
    }

    public double stockValue() {
        return Math.max(0, onHand) * unitCost;
    }

    public double soldUnits() {
        double total = 0;
        for (double v : soldByChannel.values()) total += v;
        return total;
    }

    /** Units sold over the window here and at every location this one supplies. */
    public double echelonSoldUnits() {
        double total = 0;
        for (double v : echelonSoldByChannel.values()) total += v;
        return total;
    }

    /** Mean units a week over the forecast weeks, NaN without a forecast. */
    public double forecastPerWeek() {
        return KpiMath.mean(forecast, forecast.length);
    }

    /** Mean units a week the location ships or sells (its own and its supplied locations' forecasts). */
    public double echelonForecastPerWeek() {
        return KpiMath.mean(echelonForecast, echelonForecast.length);
    }
}
