package reassort.store;

import java.util.Arrays;
import reassort.domain.Require;
import reassort.domain.SeriesKey;

/**
 * The statistical forecast of one series as one forecast run stored it. Figures that could not be measured
 * (no rolling origin, zero scale, infinite ADI of a series without demand) are NaN.
 *
 * @param demandClass the demand class's name (SMOOTH, ERRATIC, INTERMITTENT, LUMPY, NO_DEMAND)
 * @param historyWeeks weeks of history the forecast was made from (after trimming the weeks before the first sale)
 * @param point units per week, for the run's weeks 1..horizon
 * @param errorStdDev standard deviation of the forecast error at each step 1..horizon
 * @param mase rolling-origin mean absolute error scaled by the in-sample one-step naive error
 * @param rmsse the same with squared errors
 * @param wmape 100 · Σ|error| / Σ|actual| over the rolling origins
 * @param bias 100 · Σ(forecast − actual) / Σ|actual| over the rolling origins
 */
public record SeriesForecast(
        SeriesKey key,
        String method,
        String reason,
        String demandClass,
        double adi,
        double cv2,
        int historyWeeks,
        double[] point,
        double[] errorStdDev,
        double mase,
        double rmsse,
        double wmape,
        double bias) {

    public SeriesForecast {
        Require.present(key, "Series key");
        // the messages name the key: built only when one is missing (runs read tens of thousands of series)
        if (method == null) Require.present(method, "Forecast method of " + key);
        if (reason == null) Require.present(reason, "Forecast reason of " + key);
        if (demandClass == null) Require.present(demandClass, "Demand class of " + key);
        if (point == null) Require.present(point, "Point forecast of " + key);
        if (errorStdDev == null) Require.present(errorStdDev, "Error standard deviations of " + key);
        if (point.length != errorStdDev.length) {
            throw new IllegalArgumentException("Forecast of " + key + " has " + point.length + " weeks but "
                    + errorStdDev.length + " error standard deviations. Maybe both come from different runs.");
        }
        point = point.clone();
        errorStdDev = errorStdDev.clone();
    }

    public int horizon() {
        return point.length;
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] errorStdDev() {
        return errorStdDev.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeriesForecast that
                && key.equals(that.key) && method.equals(that.method) && reason.equals(that.reason)
                && demandClass.equals(that.demandClass) && Double.compare(adi, that.adi) == 0
                && Double.compare(cv2, that.cv2) == 0 && historyWeeks == that.historyWeeks
                && Arrays.equals(point, that.point) && Arrays.equals(errorStdDev, that.errorStdDev)
                && Double.compare(mase, that.mase) == 0 && Double.compare(rmsse, that.rmsse) == 0
                && Double.compare(wmape, that.wmape) == 0 && Double.compare(bias, that.bias) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(point);
    }

    @Override
    public String toString() {
        return "SeriesForecast[" + key + ", " + method + ", point=" + Arrays.toString(point) + "]";
    }
}
