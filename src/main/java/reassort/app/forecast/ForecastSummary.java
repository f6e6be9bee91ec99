package reassort.app.forecast;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a forecast run did.
 *
 * @param runId the stored run
 * @param firstWeek Monday of the first forecast week
 * @param historyFrom Monday of the first history week read
 * @param methods how many series each method or combination of methods (members in alphabetical order, joined by
 *     " + ") forecasts, most used first
 * @param methodUse how many series each method takes part in (alone or in a combination), most used first
 * @param seriesWithPooledProfile series too short for their own seasonality that borrowed their category's profile
 * @param censoredWeeks series-weeks treated as stockouts (on hand ≤ 0 in that week's snapshot, nothing sold)
 * @param channelReturns return rate and delay per channel, fitted on its weekly sold and returned totals
 * @param seriesWithOwnReturns series whose own history held enough returns for an estimate of their own
 * @param uplifts promotion uplift per channel × category pooled over the cleaned histories
 * @param meanMase mean over the series of the rolling-origin MASE (NaN when no series could be scored), and so on
 * @param elapsedMillis wall time of the whole run (reading, forecasting, saving)
 */
public record ForecastSummary(
        long runId,
        long series,
        int horizon,
        LocalDate firstWeek,
        LocalDate historyFrom,
        Map<String, Long> methods,
        Map<String, Long> methodUse,
        long seriesWithPooledProfile,
        long censoredWeeks,
        java.util.List<reassort.store.ReturnsEstimate> channelReturns,
        long seriesWithOwnReturns,
        java.util.List<reassort.store.PromotionUplift> uplifts,
        double meanMase,
        double meanRmsse,
        double meanWmape,
        double meanBias,
        long elapsedMillis) {

    public ForecastSummary {
        methods = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(methods));
        channelReturns = java.util.List.copyOf(channelReturns);
        uplifts = java.util.List.copyOf(uplifts);
        methodUse = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(methodUse));
    }

    public double millisPerSeries() {
        return series == 0 ? 0 : (double) elapsedMillis / series;
    }
}
