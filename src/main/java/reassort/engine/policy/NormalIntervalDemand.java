package reassort.engine.policy;

/** Normal demand over an interval (the classic approximation); a zero deviation is a sure demand of the mean. */
final class NormalIntervalDemand implements IntervalDemand {
    private final double mean;
    private final double sd;

    NormalIntervalDemand(double mean, double sd) {
        this.mean = mean;
        this.sd = sd;
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
    public double cdf(double x) {
        if (sd == 0) return x >= mean ? 1 : 0;
        return NormalMath.cdf((x - mean) / sd);
    }

    @Override
    public double quantile(double p) {
        return sd == 0 ? mean : mean + NormalMath.quantile(p) * sd;
    }

    @Override
    public double expectedShortage(double x) {
        if (sd == 0) return Math.max(0, mean - x);
        return sd * NormalMath.loss((x - mean) / sd);
    }

    @Override
    public boolean discrete() {
        return false;
    }
}
