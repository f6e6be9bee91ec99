package reassort.engine.policy;

/**
 * Poisson (variance = mean) or negative binomial (variance &gt; mean, matched on mean and variance) demand in whole
 * units. The probabilities are built by recursion in log space, so large means do not underflow.
 */
final class CountIntervalDemand implements IntervalDemand {
    private static final int MAX_UNITS = 5_000_000;
    private final double mean;
    private final double variance;
    private final boolean poisson;
    private final double r;
    private final double q;

    CountIntervalDemand(double mean, double variance) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Mean demand (" + mean + ") must be zero or more.");
        }
        this.mean = mean;
        this.poisson = variance <= mean * (1 + 1e-9);
        this.variance = poisson ? mean : variance;
        this.q = poisson ? 1 : mean / variance; // success probability of the negative binomial
        this.r = poisson ? Double.POSITIVE_INFINITY : mean * mean / (variance - mean);
    }

    boolean isPoisson() {
        return poisson;
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return variance;
    }

    private double logP0() {
        return poisson ? -mean : r * Math.log(q);
    }

    private double logStep(int k) { // log p(k+1) − log p(k)
        return poisson ? Math.log(mean) - Math.log(k + 1.0) : Math.log((k + r) / (k + 1.0)) + Math.log1p(-q);
    }

    @Override
    public double cdf(double x) {
        if (x < 0) return 0;
        if (mean == 0) return 1;
        int top = (int) Math.min(Math.floor(x + 1e-9), MAX_UNITS);
        double logp = logP0();
        double sum = 0;
        for (int k = 0; k <= top; k++) {
            sum += Math.exp(logp);
            logp += logStep(k);
        }
        return Math.min(1, sum);
    }

    @Override
    public double quantile(double p) {
        if (mean == 0) return 0;
        double logp = logP0();
        double sum = 0;
        for (int k = 0; k < MAX_UNITS; k++) {
            sum += Math.exp(logp);
            if (sum >= p - 1e-12) return k;
            logp += logStep(k);
        }
        return MAX_UNITS;
    }

    /** E[(D − x)⁺] = mean − x + E[(x − D)⁺]. */
    @Override
    public double expectedShortage(double x) {
        if (x <= 0) return mean - x;
        if (mean == 0) return 0;
        int top = (int) Math.min(Math.floor(x + 1e-9), MAX_UNITS);
        double logp = logP0();
        double below = 0;
        for (int k = 0; k <= top; k++) {
            below += (x - k) * Math.exp(logp);
            logp += logStep(k);
        }
        return Math.max(0, mean - x + below);
    }

    @Override
    public boolean discrete() {
        return true;
    }
}
