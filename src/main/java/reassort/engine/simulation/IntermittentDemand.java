package reassort.engine.simulation;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Lumpy intermittent demand: a Bernoulli(p) occurrence each period times a size, either gamma (continuous) or
 * 1 + negative binomial (whole units, drawn as a Poisson with gamma-distributed mean).
 */
final class IntermittentDemand implements DemandSource {
    private final double p;
    private final double sizeMean;
    private final double sizeSd;
    private final boolean wholeUnits;

    IntermittentDemand(double p, double sizeMean, double sizeSd, boolean wholeUnits) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("Occurrence probability (" + p + ") must be in (0, 1].");
        }
        if (!(sizeMean > 0) || !(sizeSd > 0)) {
            throw new IllegalArgumentException("Size mean (" + sizeMean + ") and deviation (" + sizeSd + ") must be positive.");
        }
        if (wholeUnits && !(sizeMean > 1 && sizeSd * sizeSd > sizeMean - 1)) {
            throw new IllegalArgumentException("A 1 + negative binomial size needs mean > 1 and variance > mean − 1 (mean "
                    + sizeMean + ", sd " + sizeSd + ").");
        }
        this.p = p;
        this.sizeMean = sizeMean;
        this.sizeSd = sizeSd;
        this.wholeUnits = wholeUnits;
    }

    @Override
    public DemandSampler sampler(RandomGenerator random) {
        if (!wholeUnits) {
            GammaDistribution size = Sampling.gamma(random, sizeMean, sizeSd);
            return period -> random.nextDouble() < p ? size.sample() : 0;
        }
        // 1 + NB(mean m = sizeMean − 1, variance v = sd²) = 1 + Poisson(λ), λ ~ Gamma(mean m, variance v − m)
        double m = sizeMean - 1;
        GammaDistribution rate = Sampling.gamma(random, m, Math.sqrt(sizeSd * sizeSd - m));
        return period -> random.nextDouble() < p ? 1 + Sampling.poisson(random, rate.sample()) : 0;
    }

    @Override
    public double mean() {
        return p * sizeMean;
    }

    @Override
    public double variance() {
        return p * (sizeSd * sizeSd + sizeMean * sizeMean) - mean() * mean();
    }

    @Override
    public double averageDemandInterval() {
        return 1 / p;
    }

    @Override
    public String describe() {
        return "intermittent(p " + p + ", " + (wholeUnits ? "1+NB" : "gamma") + " size " + sizeMean + " ± " + sizeSd + ")";
    }
}
