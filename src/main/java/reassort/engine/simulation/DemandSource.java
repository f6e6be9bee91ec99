package reassort.engine.simulation;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A demand process per period. {@link #mean()}, {@link #variance()} and {@link #averageDemandInterval()} are the
 * process's true values, which a test may hand to the policy as a perfect forecast.
 */
public interface DemandSource {
    /** A sampler drawing from {@code random}; each call makes an independent sampler. */
    DemandSampler sampler(RandomGenerator random);

    double mean();

    double variance();

    /** Average number of periods between non-zero demands (1 when demand occurs every period). */
    default double averageDemandInterval() {
        return 1;
    }

    String describe();

    /** Normal demand; a draw below zero counts as no demand (keep σ/μ under about 0.35 for a negligible bias). */
    static DemandSource normal(double mean, double standardDeviation) {
        return new NormalDemand(mean, standardDeviation);
    }

    static DemandSource poisson(double mean) {
        return new PoissonDemand(mean);
    }

    /** Demand occurs with probability p in a period, with a gamma-distributed (continuous) size. */
    static DemandSource intermittentGamma(double occurrenceProbability, double sizeMean, double sizeStandardDeviation) {
        return new IntermittentDemand(occurrenceProbability, sizeMean, sizeStandardDeviation, false);
    }

    /**
     * Demand occurs with probability p in a period, with a whole-unit size of at least 1: 1 + negative binomial,
     * matched on the size mean and standard deviation.
     */
    static DemandSource intermittentNegativeBinomial(double occurrenceProbability, double sizeMean, double sizeStandardDeviation) {
        return new IntermittentDemand(occurrenceProbability, sizeMean, sizeStandardDeviation, true);
    }
}
