package reassort.engine.forecast;

import java.util.List;

/**
 * The statistical forecast of one series and why it is what it is.
 *
 * @param method what produced the forecast, in the planner's words ("Mean of Theta, Damped Holt and SES on
 *     seasonally adjusted demand")
 * @param reason why this method was chosen, with the figures that decided it
 * @param demandProfile ADI, CV² and demand class of the cleaned history
 * @param point the forecast for steps 1..horizon
 * @param errors forecast-error distribution per step, from rolling-origin forecasts
 * @param components the methods averaged into the forecast (one when a single method was chosen)
 * @param validation accuracy of the chosen forecast over the rolling origins (scaled like the benchmarks)
 * @param seasonality how the seasonality was handled
 * @param cleaning the cleaned history and the promotion uplifts measured on it
 */
public record ForecastResult(
        String method,
        String reason,
        DemandProfile demandProfile,
        double[] point,
        ErrorDistribution errors,
        List<Component> components,
        Validation validation,
        SeasonalAdjustment seasonality,
        CleanedHistory cleaning) {

    public ForecastResult {
        point = point.clone();
        components = List.copyOf(components);
    }

    /** One averaged method, with its weight, fitted parameters and root mean squared error over the origins. */
    public record Component(
            Method method, boolean seasonallyAdjusted, double weight, String parameters, double validationRmse) {
        public String label() {
            return seasonallyAdjusted
                    ? new StringBuilder(method.label()).append(" (seasonally adjusted)").toString()
                    : method.label();
        }
    }

    /**
     * Rolling-origin accuracy: mean absolute and root mean square error in units, the same scaled by the
     * in-sample one-step naive error (MASE-like and RMSSE-like), and the bias in percent of actual volume.
     * NaN where undefined (no origin, zero scale).
     */
    public record Validation(int origins, double mae, double rmse, double scaledMae, double scaledRmse, double bias) {}

    public DemandClass demandClass() {
        return demandProfile.demandClass();
    }

    /** Standard deviation (root mean square) of the forecast error at each step. */
    public double[] errorStdDevByHorizon() {
        return errors.stdDevByHorizon();
    }

    public int horizon() {
        return point.length;
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
