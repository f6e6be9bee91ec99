package reassort.engine.policy;

import java.util.Arrays;

/**
 * Poisson (variance = mean) or negative binomial (variance &gt; mean, matched on mean and variance) demand in whole
 * units. The probabilities are built once by recursion in log space (no underflow for large means), with running
 * sums of probability and of first moment, so that the distribution function and the expected shortage cost O(1).
 */
final class CountIntervalDemand implements IntervalDemand {
    private static final int MAX_UNITS = 5_000_000;
    private final double mean;
    private final double variance;
    private final boolean poisson;
    private final double r;
    private final double q;
    private double[] cumulative; // P(D ≤ k)
    private double[] firstMoment; // Σ_{j ≤ k} j·P(D = j)

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

    private void build() {
        if (cumulative != null) return;
        int top = (int) Math.min(MAX_UNITS, Math.ceil(mean + 40 * Math.sqrt(variance) + 40));
        double[] c = new double[Math.min(top + 1, 64)];
        double[] m = new double[c.length];
        double logp = poisson ? -mean : r * Math.log(q);
        double logRate = poisson ? Math.log(mean) : Math.log1p(-q);
        double sum = 0;
        double moment = 0;
        int k = 0;
        for (; k <= top; k++) {
            if (k == c.length) {
                c = Arrays.copyOf(c, Math.min(top + 1, c.length * 2));
                m = Arrays.copyOf(m, c.length);
            }
            double p = Math.exp(logp);
            sum += p;
            moment += k * p;
            c[k] = sum;
            m[k] = moment;
            if (sum >= 1 - 1e-15 && k >= mean) {
                k++;
                break;
            }
            logp += poisson ? logRate - Math.log(k + 1.0) : Math.log((k + r) / (k + 1.0)) + logRate;
        }
        cumulative = Arrays.copyOf(c, k);
        firstMoment = Arrays.copyOf(m, k);
    }

    @Override
    public double cdf(double x) {
        if (x < 0) return 0;
        if (mean == 0) return 1;
        build();
        long k = (long) Math.floor(x + 1e-9);
        return k >= cumulative.length ? 1 : Math.min(1, cumulative[(int) k]);
    }

    @Override
    public double quantile(double p) {
        if (mean == 0) return 0;
        build();
        int i = Arrays.binarySearch(cumulative, p - 1e-12);
        if (i < 0) i = -i - 1;
        return Math.min(i, cumulative.length - 1);
    }

    /** E[(D − x)⁺] = mean − x + Σ_{k ≤ x} (x − k)·P(D = k). */
    @Override
    public double expectedShortage(double x) {
        if (x <= 0) return mean - x;
        if (mean == 0) return 0;
        build();
        long k = (long) Math.floor(x + 1e-9);
        if (k >= cumulative.length) return 0;
        double below = x * cumulative[(int) k] - firstMoment[(int) k];
        return Math.max(0, mean - x + below);
    }

    @Override
    public boolean discrete() {
        return true;
    }
}
