package reassort.engine.scenario;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Fits the promotion response of one channel × category on its past promotions by least squares on
 * ln(uplift) against −ln(1 − discount) (Commons Math {@link SimpleRegression}), so the slope is the price
 * elasticity and its standard error says how far to trust it.
 */
public final class UpliftEstimator {
    /** Observations resting on fewer baseline units than this are too noisy to count. */
    private final double minimumWeight;

    public UpliftEstimator(double minimumWeight) {
        this.minimumWeight = minimumWeight;
    }

    public UpliftEstimator() {
        this(1);
    }

    /** The fit, or empty when no observation is usable. */
    public Optional<ElasticityFit> fit(List<UpliftObservation> observations) {
        SimpleRegression regression = new SimpleRegression(true);
        double sumX = 0;
        double sumY = 0;
        double sumYY = 0;
        int n = 0;
        for (UpliftObservation o : observations) {
            if (o.weight() < minimumWeight) continue;
            double x = -Math.log(1 - o.discountPercent() / 100);
            double y = Math.log(o.uplift());
            regression.addData(x, y);
            sumX += x;
            sumY += y;
            sumYY += y * y;
            n++;
        }
        if (n == 0) return Optional.empty();
        double meanX = sumX / n;
        double sxx = regression.getXSumSquares();
        boolean slopeFits = n >= 3 && sxx > 1e-6;
        if (slopeFits) {
            return Optional.of(new ElasticityFit(n, regression.getIntercept(), regression.getInterceptStdErr(),
                    regression.getSlope(), regression.getSlopeStdErr(), regression.getMeanSquareError(), meanX, sxx));
        }
        double meanY = sumY / n;
        double variance = n > 1 ? Math.max(0, (sumYY - n * meanY * meanY) / (n - 1)) : Double.NaN;
        return Optional.of(new ElasticityFit(n, meanY, Math.sqrt(variance / n), Double.NaN, Double.NaN, variance,
                meanX, sxx));
    }
}
