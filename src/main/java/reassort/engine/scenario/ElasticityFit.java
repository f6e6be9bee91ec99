package reassort.engine.scenario;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A fitted promotion response ln(uplift) = a + ε·(−ln(1 − discount)): ε is the price elasticity of the promoted
 * demand (uplift = e^a·(1 − discount)^−ε) and e^a the uplift of the promotion itself at no discount (display,
 * feature). Without spread in the discounts (fewer than 3 observations, or all at one discount) ε is NaN and the
 * fit is the mean log uplift.
 *
 * @param interceptStdError standard error of a
 * @param elasticityStdError standard error of ε
 * @param residualVariance mean squared residual of ln(uplift)
 */
public record ElasticityFit(int observations, double intercept, double interceptStdError, double elasticity,
        double elasticityStdError, double residualVariance, double meanX, double sumSquaresX) {
    /** Two-sided 90 % interval. */
    static final double CONFIDENCE = 0.90;

    public boolean hasElasticity() {
        return Double.isFinite(elasticity);
    }

    /** The expected uplift at {@code discountPercent}, with the 90 % confidence interval of that expectation. */
    public Estimate upliftAt(double discountPercent) {
        double x = -Math.log(1 - discountPercent / 100);
        double log = intercept + (hasElasticity() ? elasticity * x : 0);
        double se;
        if (hasElasticity()) {
            se = Math.sqrt(residualVariance * (1.0 / observations + (x - meanX) * (x - meanX) / sumSquaresX));
        } else {
            se = interceptStdError;
        }
        int freedom = observations - (hasElasticity() ? 2 : 1);
        if (!(se >= 0) || !Double.isFinite(se) || freedom < 1) return Estimate.exactly(Math.exp(log));
        double t = new TDistribution(freedom).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
        return new Estimate(Math.exp(log), Math.exp(log - t * se), Math.exp(log + t * se));
    }

    @Override
    public String toString() {
        return hasElasticity()
                ? String.format(java.util.Locale.ROOT, "elasticity %.2f ± %.2f, base uplift ×%.2f, %d promotions",
                        elasticity, elasticityStdError, Math.exp(intercept), observations)
                : String.format(java.util.Locale.ROOT, "uplift ×%.2f, %d promotions (no spread of discounts)",
                        Math.exp(intercept), observations);
    }
}
