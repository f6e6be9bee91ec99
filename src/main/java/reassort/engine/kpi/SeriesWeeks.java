package reassort.engine.kpi;

import reassort.domain.Require;
import reassort.domain.SeriesKey;

/**
 * What the KPIs and exceptions need of one SKU × location × channel series over the measuring window (week
 * {@code t} starts {@code t} weeks after the window's first Monday) and over the forecast weeks.
 *
 * <p>The arrays belong to the record: they are not copied, so whoever builds one hands them over and nobody writes
 * to them afterwards.
 *
 * @param sold units sold each week of the window
 * @param promoted whether the week was on promotion
 * @param onHand on-hand stock of the series' SKU × location at the week's snapshot, NaN for a week without one
 * @param forecast units a week from the forecast's first week (the planner's overrides applied); empty without one
 * @param mase the stored forecast's rolling-origin MASE, NaN when not measured (likewise wMAPE and bias, in %)
 */
public record SeriesWeeks(
        SeriesKey key,
        String category,
        double unitPrice,
        double[] sold,
        boolean[] promoted,
        double[] onHand,
        double[] forecast,
        double mase,
        double wmape,
        double bias) {
    public SeriesWeeks {
        Require.present(key, "Series key");
        category = category == null || category.isBlank() ? "UNCATEGORISED" : category;
        Require.present(sold, "Weekly sales of " + key);
        Require.present(promoted, "Promotion weeks of " + key);
        Require.present(onHand, "Weekly stock of " + key);
        forecast = forecast == null ? new double[0] : forecast;
        if (promoted.length != sold.length || onHand.length != sold.length) {
            throw new IllegalArgumentException("Weekly arrays of " + key + " differ in length (" + sold.length + ", "
                    + promoted.length + ", " + onHand.length + "). Maybe they come from different windows.");
        }
    }

    public int weeks() {
        return sold.length;
    }

    /** The week has a stock snapshot. */
    public boolean observed(int week) {
        return !Double.isNaN(onHand[week]);
    }

    /** The week's snapshot shows nothing on hand. */
    public boolean stockedOut(int week) {
        return observed(week) && onHand[week] <= 0;
    }

    public double totalSold() {
        double total = 0;
        for (double v : sold) total += Math.max(0, v);
        return total;
    }

    /** Mean units a week over the first {@code weeks} forecast weeks (all when fewer), NaN without a forecast. */
    public double forecastPerWeek(int weeks) {
        return KpiMath.mean(forecast, Math.min(weeks, forecast.length));
    }
}
