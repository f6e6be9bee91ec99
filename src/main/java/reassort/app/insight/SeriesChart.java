package reassort.app.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the series view draws for a selection: weekly history per channel, the forecast with its interval and the
 * planner's overrides, promotion and stockout weeks, and how the forecast was made and how accurate it was.
 * Arrays belong to the record (not copied).
 *
 * @param historyFrom Monday of the first history week; the history ends the Sunday before {@code forecastFrom}
 * @param soldByChannel units sold a week per channel, channels in code order
 * @param promoted whether any selected series was on promotion that week (sales' promotion codes or the calendar)
 * @param stockedOutItems SKU × locations of the selection whose snapshot shows nothing on hand that week
 * @param itemsWithStockHistory SKU × locations of the selection with a snapshot in the history weeks
 * @param statistical the stored forecasts summed, per week from {@code forecastFrom}; empty without a run
 * @param adjusted the same with the planner's overrides applied
 * @param lower lower bound of the {@link #INTERVAL} interval around {@code adjusted} (at least 0)
 * @param upper upper bound; both equal {@code adjusted} where no error could be measured
 * @param overrides the selected series' overrides, in the order they apply
 * @param series series summed into the forecast
 * @param method the series' method, or the most used methods of a group with their counts
 * @param reason why the method was chosen (one series only; empty otherwise)
 * @param mase the series' MASE, or the mean over the group (NaN when unmeasured); wMAPE and bias weighted by sales
 */
public record SeriesChart(
        SeriesSelection selection,
        LocalDate historyFrom,
        int historyWeeks,
        Map<String, double[]> soldByChannel,
        boolean[] promoted,
        int[] stockedOutItems,
        int itemsWithStockHistory,
        LocalDate forecastFrom,
        double[] statistical,
        double[] adjusted,
        double[] lower,
        double[] upper,
        List<SeriesOverride> overrides,
        long series,
        String method,
        String reason,
        String demandClass,
        double mase,
        double wmape,
        double bias) {
    /** The central probability of the forecast interval: 80 %. */
    public static final double INTERVAL = 0.8;

    public SeriesChart {
        soldByChannel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(soldByChannel));
        overrides = List.copyOf(overrides);
    }

    public int horizon() {
        return adjusted.length;
    }

    /** Units sold in week {@code t} over every channel. */
    public double totalSold(int week) {
        double total = 0;
        for (double[] sold : soldByChannel.values()) total += sold[week];
        return total;
    }

    public boolean hasForecast() {
        return adjusted.length > 0;
    }
}
