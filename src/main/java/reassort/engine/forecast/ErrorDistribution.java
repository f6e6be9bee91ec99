package reassort.engine.forecast;

import java.util.Arrays;

/**
 * The distribution of forecast errors (actual − forecast, so positive means demand above the forecast) per
 * horizon step, from rolling-origin forecasts made on data the model had not seen. For safety stock: the spread
 * per step, the spread of the cumulative error over the first k steps (what a lead time of k periods needs; it
 * keeps the correlation between steps), and the raw samples for empirical quantiles.
 *
 * @param stdDevByHorizon root mean square error at step k (index k − 1); it includes any bias, which is what
 *     buffers must cover. Steps with fewer than {@link #MIN_SAMPLES} samples are extrapolated from the last
 *     well-sampled step by √(k/j), and the sequence is made non-decreasing
 * @param cumulativeStdDev root mean square of the summed errors over steps 1..k, same rules
 * @param samplesByHorizon the errors observed at each step, sorted ascending
 */
public record ErrorDistribution(double[] stdDevByHorizon, double[] cumulativeStdDev, double[][] samplesByHorizon) {
    public static final int MIN_SAMPLES = 8;

    public ErrorDistribution {
        stdDevByHorizon = stdDevByHorizon.clone();
        cumulativeStdDev = cumulativeStdDev.clone();
        samplesByHorizon = deepCopy(samplesByHorizon);
    }

    /** From the rolling-origin errors: {@code errors[origin][k]}, NaN where the step was not observable. */
    static ErrorDistribution fromOrigins(double[][] errors, int horizon) {
        double[][] samples = new double[horizon][];
        double[] perStep = new double[horizon];
        double[] cumulative = new double[horizon];
        int[] counts = new int[horizon];
        int[] cumulativeCounts = new int[horizon];
        for (double[] origin : errors) { // sizes first, so the samples go straight into arrays of their length
            for (int k = 0; k < horizon; k++) if (!Double.isNaN(origin[k])) counts[k]++;
        }
        for (int k = 0; k < horizon; k++) samples[k] = new double[counts[k]];
        Arrays.fill(counts, 0);
        for (double[] origin : errors) {
            double running = 0;
            boolean complete = true;
            for (int k = 0; k < horizon; k++) {
                double e = origin[k];
                if (Double.isNaN(e)) {
                    complete = false;
                    continue;
                }
                samples[k][counts[k]] = e;
                perStep[k] += e * e;
                counts[k]++;
                running += e;
                if (complete) {
                    cumulative[k] += running * running;
                    cumulativeCounts[k]++;
                }
            }
        }
        for (int k = 0; k < horizon; k++) Arrays.sort(samples[k]);
        return new ErrorDistribution(spread(perStep, counts), spread(cumulative, cumulativeCounts), samples);
    }

    /** No errors could be measured (history too short): spreads unknown (NaN), no samples. */
    static ErrorDistribution unknown(int horizon) {
        double[] nan = new double[horizon];
        Arrays.fill(nan, Double.NaN);
        double[][] samples = new double[horizon][0];
        return new ErrorDistribution(nan, nan, samples);
    }

    private static double[] spread(double[] sumSquares, int[] counts) {
        int horizon = counts.length;
        double[] result = new double[horizon];
        int lastReliable = -1;
        for (int k = 0; k < horizon; k++) {
            if (counts[k] >= MIN_SAMPLES || (counts[k] > 0 && lastReliable < 0)) {
                result[k] = Math.sqrt(sumSquares[k] / counts[k]);
                if (counts[k] >= MIN_SAMPLES) lastReliable = k;
            } else if (lastReliable >= 0) {
                result[k] = result[lastReliable] * Math.sqrt((k + 1.0) / (lastReliable + 1.0));
            } else {
                result[k] = Double.NaN;
            }
            if (k > 0 && result[k] < result[k - 1]) result[k] = result[k - 1];
        }
        return result;
    }

    /** Empirical p-quantile (0..1) of the error at step (1-based), linear between order statistics. */
    public double quantile(int step, double p) {
        if (step < 1 || step > samplesByHorizon.length) {
            throw new IllegalArgumentException("Step (" + step + ") must be from 1 to " + samplesByHorizon.length + ".");
        }
        double[] s = samplesByHorizon[step - 1];
        if (s.length == 0) return Double.NaN;
        double position = p * (s.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(s.length - 1, lower + 1);
        return s[lower] + (position - lower) * (s[upper] - s[lower]);
    }

    public int horizon() {
        return stdDevByHorizon.length;
    }

    @Override
    public double[] stdDevByHorizon() {
        return stdDevByHorizon.clone();
    }

    @Override
    public double[] cumulativeStdDev() {
        return cumulativeStdDev.clone();
    }

    @Override
    public double[][] samplesByHorizon() {
        return deepCopy(samplesByHorizon);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) copy[i] = a[i].clone();
        return copy;
    }
}
