package reassort.engine.forecast;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the automatic forecaster works.
 *
 * @param horizon periods to forecast
 * @param candidates the methods selection may choose from (each is still used only where it applies: Croston,
 *     SBA and TSB on intermittent demand, Holt-Winters on two seasons or more, and so on)
 * @param combinationSize how many of the best candidates are averaged; 1 picks the single best
 * @param validationWindow periods at the end of the history used as rolling forecast origins to compare the
 *     candidates; 0 takes the last quarter of the fitted history
 * @param maxHistory most recent periods the models are fitted on; 0 chooses the last four seasons (at least 100
 *     periods). Old history mostly describes a past that no longer holds, and costs time
 */
public record ForecastOptions(
        int horizon, Set<Method> candidates, int combinationSize, int validationWindow, int maxHistory) {

    /**
     * The automatic candidates. Holt-Winters and drift are left out: on seasonal series the smoothing methods
     * run on seasonally adjusted demand, which measured as accurate as Holt-Winters among them, for less time.
     */
    public static final Set<Method> DEFAULT_CANDIDATES = EnumSet.of(Method.NAIVE, Method.SEASONAL_NAIVE,
            Method.MOVING_AVERAGE, Method.SES, Method.HOLT, Method.DAMPED_HOLT, Method.THETA, Method.CROSTON,
            Method.SBA, Method.TSB);

    public ForecastOptions {
        if (horizon < 1) {
            throw new IllegalArgumentException("Forecast horizon (" + horizon + ") must be at least 1 period.");
        }
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("No forecasting method to choose from. Maybe list at least one.");
        }
        candidates = Set.copyOf(candidates);
        if (combinationSize < 1) {
            throw new IllegalArgumentException("Combination size (" + combinationSize + ") must be at least 1.");
        }
        if (validationWindow < 0 || maxHistory < 0) {
            throw new IllegalArgumentException("Validation window (" + validationWindow + ") and history limit ("
                    + maxHistory + ") must be zero (automatic) or more.");
        }
    }

    public static ForecastOptions defaults(int horizon) {
        return new ForecastOptions(horizon, DEFAULT_CANDIDATES, 2, 0, 0);
    }

    public ForecastOptions withCandidates(Set<Method> methods) {
        return new ForecastOptions(horizon, methods, combinationSize, validationWindow, maxHistory);
    }

    public ForecastOptions withCombinationSize(int size) {
        return new ForecastOptions(horizon, candidates, size, validationWindow, maxHistory);
    }

    public ForecastOptions withValidationWindow(int periods) {
        return new ForecastOptions(horizon, candidates, combinationSize, periods, maxHistory);
    }

    public ForecastOptions withMaxHistory(int periods) {
        return new ForecastOptions(horizon, candidates, combinationSize, validationWindow, periods);
    }
}
