package reassort.engine.simulation;

import org.apache.commons.math3.random.RandomGenerator;

final class NormalDemand implements DemandSource {
    private final double mean;
    private final double sd;

    NormalDemand(double mean, double sd) {
        if (!(mean >= 0) || !(sd >= 0) || Double.isInfinite(mean) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("Normal demand needs a mean (" + mean + ") and a deviation (" + sd
                    + ") of zero or more.");
        }
        this.mean = mean;
        this.sd = sd;
    }

    @Override
    public DemandSampler sampler(RandomGenerator random) {
        return period -> Math.max(0, mean + sd * random.nextGaussian());
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return sd * sd;
    }

    @Override
    public String describe() {
        return "normal(" + mean + ", " + sd + ")";
    }
}
