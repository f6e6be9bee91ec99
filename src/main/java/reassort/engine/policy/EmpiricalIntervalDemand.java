package reassort.engine.policy;

import java.util.Arrays;

/** Demand over an interval as an observed sample of totals (each equally likely). */
final class EmpiricalIntervalDemand implements IntervalDemand {
    private final double[] sorted;
    private final double mean;
    private final double variance;

    EmpiricalIntervalDemand(double[] totals) {
        if (totals.length == 0) throw new IllegalArgumentException("No observed totals to build a distribution from.");
        this.sorted = totals.clone();
        Arrays.sort(sorted);
        double m = 0;
        for (double v : sorted) m += v;
        m /= sorted.length;
        double v2 = 0;
        for (double v : sorted) v2 += (v - m) * (v - m);
        this.mean = m;
        this.variance = v2 / sorted.length;
    }

    int size() {
        return sorted.length;
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return variance;
    }

    @Override
    public double cdf(double x) {
        int i = Arrays.binarySearch(sorted, x);
        if (i >= 0) {
            while (i + 1 < sorted.length && sorted[i + 1] == x) i++;
            return (i + 1.0) / sorted.length;
        }
        return (-i - 1.0) / sorted.length;
    }

    /** The inverse of the empirical distribution function: the ⌈p·n⌉-th smallest total. */
    @Override
    public double quantile(double p) {
        int rank = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    @Override
    public double expectedShortage(double x) {
        double sum = 0;
        for (int i = sorted.length - 1; i >= 0 && sorted[i] > x; i--) sum += sorted[i] - x;
        return sum / sorted.length;
    }

    @Override
    public boolean discrete() {
        return false;
    }
}
