package reassort.engine.policy;

/**
 * The distribution of total demand over an interval (the protection interval R + L, or the lead time alone),
 * as the safety-stock methods see it.
 */
public interface IntervalDemand {
    double mean();

    double variance();

    default double standardDeviation() {
        return Math.sqrt(Math.max(0, variance()));
    }

    /** P(D ≤ x). */
    double cdf(double x);

    /** The smallest level x with P(D ≤ x) ≥ p (a whole number for discrete distributions). */
    double quantile(double p);

    /** E[(D − x)⁺]: the expected demand above the level x. */
    double expectedShortage(double x);

    /** Whether demand comes in whole units (levels are then whole numbers). */
    boolean discrete();

    static IntervalDemand normal(double mean, double standardDeviation) {
        return new NormalIntervalDemand(mean, standardDeviation);
    }

    static IntervalDemand poisson(double mean) {
        return new CountIntervalDemand(mean, mean);
    }

    /** Negative binomial with mean and variance matched (variance must exceed the mean). */
    static IntervalDemand negativeBinomial(double mean, double variance) {
        return new CountIntervalDemand(mean, variance);
    }
}
