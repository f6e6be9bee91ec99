package reassort.engine.scenario;

import java.util.Arrays;

/** A projected figure with its interval (5th to 95th percentile over the Monte Carlo replications). */
public record Estimate(double mean, double low, double high) {
    public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN);

    public static Estimate exactly(double value) {
        return new Estimate(value, value, value);
    }

    /** Mean and 5 %–95 % percentiles of {@code values} (NaN values left out); NONE when none is left. */
    public static Estimate of(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) return NONE;
        double sum = 0;
        for (double v : finite) sum += v;
        return new Estimate(sum / finite.length, percentile(finite, 0.05), percentile(finite, 0.95));
    }

    private static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public boolean known() {
        return Double.isFinite(mean);
    }
}
