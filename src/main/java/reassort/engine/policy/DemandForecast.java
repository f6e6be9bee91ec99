package reassort.engine.policy;

import java.util.Arrays;

/**
 * What the policy needs from the forecasting engine for one SKU × location, in planning periods (weeks unless the
 * settings say otherwise). Period 0 is the period that starts today.
 *
 * @param meanPerPeriod forecast mean demand of each future period (at least one; the last value is repeated when
 *     the protection interval is longer than the horizon)
 * @param errorStdDevByHorizon standard deviation of the error of a one-period forecast made h periods ahead, index
 *     h − 1 (horizon 1 first). Over an interval of P periods the error variance is Σ σ_h² for h = 1..P (errors
 *     of different periods taken as independent). Empty when unknown: the variance per period is then taken equal to
 *     the mean (Poisson), and the proposal says so
 * @param errorSamples observed one-period forecast errors (actual − forecast), oldest first, e.g. from a backtest;
 *     may be empty. Used by the empirical method for slow and intermittent movers
 * @param averageDemandInterval average number of periods between non-zero demands (ADI, 1 for demand every
 *     period); {@code Double.NaN} when unknown. Above 1.32 the demand is intermittent
 */
public record DemandForecast(
        double[] meanPerPeriod, double[] errorStdDevByHorizon, double[] errorSamples, double averageDemandInterval) {
    public DemandForecast {
        if (meanPerPeriod == null || meanPerPeriod.length == 0) {
            throw new IllegalArgumentException("The forecast has no period. Maybe the forecast horizon is 0; use at least 1.");
        }
        meanPerPeriod = meanPerPeriod.clone();
        for (int i = 0; i < meanPerPeriod.length; i++) {
            if (!(meanPerPeriod[i] >= 0) || Double.isInfinite(meanPerPeriod[i])) {
                throw new IllegalArgumentException("Forecast of period " + i + " (" + Numbers.fmt(meanPerPeriod[i])
                        + ") must be zero or more. Maybe clip negative forecasts at 0.");
            }
        }
        errorStdDevByHorizon = errorStdDevByHorizon == null ? new double[0] : errorStdDevByHorizon.clone();
        for (int i = 0; i < errorStdDevByHorizon.length; i++) {
            if (!(errorStdDevByHorizon[i] >= 0) || Double.isInfinite(errorStdDevByHorizon[i])) {
                throw new IllegalArgumentException("Forecast-error standard deviation at horizon " + (i + 1) + " ("
                        + Numbers.fmt(errorStdDevByHorizon[i]) + ") must be zero or more.");
            }
        }
        errorSamples = errorSamples == null ? new double[0] : errorSamples.clone();
        for (double e : errorSamples) {
            if (!Double.isFinite(e)) {
                throw new IllegalArgumentException("Forecast error sample (" + e + ") must be a number.");
            }
        }
        if (!Double.isNaN(averageDemandInterval) && !(averageDemandInterval >= 1 && averageDemandInterval < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Average demand interval (" + Numbers.fmt(averageDemandInterval)
                    + " periods) must be at least 1. Maybe leave it empty when unknown.");
        }
    }

    /** A flat forecast: the same mean and error deviation for every period. */
    public static DemandForecast flat(double meanPerPeriod, double errorStdDev) {
        return new DemandForecast(new double[] {meanPerPeriod}, new double[] {errorStdDev}, null, Double.NaN);
    }

    public DemandForecast withAverageDemandInterval(double adi) {
        return new DemandForecast(meanPerPeriod, errorStdDevByHorizon, errorSamples, adi);
    }

    public DemandForecast withErrorSamples(double[] samples) {
        return new DemandForecast(meanPerPeriod, errorStdDevByHorizon, samples, averageDemandInterval);
    }

    @Override
    public double[] meanPerPeriod() {
        return meanPerPeriod.clone();
    }

    @Override
    public double[] errorStdDevByHorizon() {
        return errorStdDevByHorizon.clone();
    }

    @Override
    public double[] errorSamples() {
        return errorSamples.clone();
    }

    public int horizon() {
        return meanPerPeriod.length;
    }

    public boolean hasErrorStdDev() {
        return errorStdDevByHorizon.length > 0;
    }

    public int errorSampleCount() {
        return errorSamples.length;
    }

    /** Mean of period i; beyond the horizon, the last period's mean. */
    public double meanAt(int period) {
        return meanPerPeriod[Math.min(period, meanPerPeriod.length - 1)];
    }

    /** Error deviation at horizon h (1-based); beyond the given horizons, the last one. NaN when none is given. */
    public double errorStdDevAt(int horizon) {
        if (errorStdDevByHorizon.length == 0) return Double.NaN;
        return errorStdDevByHorizon[Math.min(horizon, errorStdDevByHorizon.length) - 1];
    }

    double errorSample(int i) {
        return errorSamples[i];
    }

    /** Forecast demand over the first {@code periods} periods (a part period counts pro rata). */
    public double totalOver(double periods) {
        int whole = (int) Math.floor(periods + 1e-12);
        double sum = 0;
        for (int i = 0; i < whole; i++) sum += meanAt(i);
        double part = periods - whole;
        if (part > 1e-12) sum += part * meanAt(whole);
        return sum;
    }

    /** Σ σ_h² over the first {@code periods} periods (a part period pro rata); NaN when no deviation is given. */
    public double errorVarianceOver(double periods) {
        if (!hasErrorStdDev()) return Double.NaN;
        int whole = (int) Math.floor(periods + 1e-12);
        double sum = 0;
        for (int h = 1; h <= whole; h++) {
            double s = errorStdDevAt(h);
            sum += s * s;
        }
        double part = periods - whole;
        if (part > 1e-12) {
            double s = errorStdDevAt(whole + 1);
            sum += part * s * s;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemandForecast f && Arrays.equals(meanPerPeriod, f.meanPerPeriod)
                && Arrays.equals(errorStdDevByHorizon, f.errorStdDevByHorizon)
                && Arrays.equals(errorSamples, f.errorSamples)
                && Double.compare(averageDemandInterval, f.averageDemandInterval) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(meanPerPeriod) * 31 + Arrays.hashCode(errorStdDevByHorizon);
    }

    @Override
    public String toString() {
        return "DemandForecast[horizon=" + meanPerPeriod.length + ", first mean=" + Numbers.fmt(meanPerPeriod[0])
                + ", σ₁=" + Numbers.fmt(errorStdDevAt(1)) + ", samples=" + errorSamples.length + ", ADI="
                + Numbers.fmt(averageDemandInterval) + "]";
    }
}
