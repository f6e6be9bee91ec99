package reassort.engine.simulation;

import org.apache.commons.math3.random.RandomGenerator;

final class PoissonDemand implements DemandSource {
    private final double mean;

    PoissonDemand(double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson demand needs a mean (" + mean + ") of zero or more.");
        }
        this.mean = mean;
    }

    @Override
    public DemandSampler sampler(RandomGenerator random) {
        return period -> Sampling.poisson(random, mean);
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return mean;
    }

    @Override
    public double averageDemandInterval() {
        return 1 / (1 - Math.exp(-mean));
    }

    @Override
    public String describe() {
        return "Poisson(" + mean + ")";
    }
}
