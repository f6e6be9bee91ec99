package reassort.engine.scenario;

import org.apache.commons.math3.random.RandomGenerator;
import reassort.engine.simulation.DemandSampler;
import reassort.engine.simulation.DemandSource;

/** Normal demand whose mean and deviation change week by week (the forecast's); a draw below zero is no demand. */
final class WeeklyNormalDemand implements DemandSource {
    private final double[] mean;
    private final double[] sd;

    WeeklyNormalDemand(double[] mean, double[] sd) {
        this.mean = mean;
        this.sd = sd;
    }

    @Override
    public DemandSampler sampler(RandomGenerator random) {
        return period -> {
            int t = Math.min(period, mean.length - 1);
            return Math.max(0, mean[t] + sd[t] * random.nextGaussian());
        };
    }

    @Override
    public double mean() {
        double sum = 0;
        for (double m : mean) sum += m;
        return sum / mean.length;
    }

    @Override
    public double variance() {
        double sum = 0;
        for (double s : sd) sum += s * s;
        return sum / sd.length;
    }

    @Override
    public String describe() {
        return "weekly normal over " + mean.length + " weeks";
    }
}
