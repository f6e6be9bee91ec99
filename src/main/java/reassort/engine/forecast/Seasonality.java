package reassort.engine.forecast;

/**
 * Seasonal indices by classical decomposition and the test that decides whether a series is seasonal. Indices
 * are aligned on the absolute period number: {@code indices[t % m]} belongs to period t of the series.
 */
final class Seasonality {
    /** One-sided 90 % normal quantile: the M4 benchmarks' seasonality test level. */
    private static final double Z_90 = 1.645;

    private Seasonality() {}

    /**
     * Whether the autocorrelation at lag m stands out of the noise (|r_m| above 1.645 standard errors under
     * Bartlett's formula, the test of the M4 benchmarks). Needs three full seasons.
     */
    static boolean isSeasonal(double[] y, int from, int to, int m) {
        int n = to - from;
        if (m < 2 || n < 3 * m) return false;
        double mean = Series.mean(y, from, to);
        double[] centred = new double[n];
        double denominator = 0;
        for (int i = 0; i < n; i++) {
            double d = y[from + i] - mean;
            centred[i] = d;
            denominator += d * d;
        }
        if (denominator == 0) return false;
        // r_m first: the limit only grows with each lag's r², so most series are decided before summing all m − 1
        // of them (the same decision as the full sum: adding non-negative terms never lowers a float sum).
        double rm = Math.abs(autocorrelation(centred, n, m) / denominator);
        if (!(rm > Z_90 * Math.sqrt(1.0 / n))) return false;
        double sumSquares = 0;
        for (int lag = 1; lag < m; lag++) {
            double r = autocorrelation(centred, n, lag) / denominator;
            sumSquares += r * r;
            if (!(rm > Z_90 * Math.sqrt((1 + 2 * sumSquares) / n))) return false;
        }
        return true;
    }

    private static double autocorrelation(double[] centred, int n, int lag) {
        double s = 0;
        for (int i = lag; i < n; i++) s += centred[i] * centred[i - lag];
        return s;
    }

    /**
     * Classical decomposition indices over [from, to): centred moving average of order m as the trend, the
     * ratios (or differences) to it averaged per position in the season, normalised to mean 1 (or 0). Needs two
     * full seasons.
     */
    static double[] classicalIndices(double[] y, int from, int to, int m, boolean multiplicative) {
        if (to - from < 2 * m) {
            throw new IllegalArgumentException("Seasonal indices need two full seasons (" + 2 * m
                    + " periods); the series has " + (to - from) + ".");
        }
        double[] sums = new double[m];
        int[] counts = new int[m];
        int half = m / 2;
        boolean even = m % 2 == 0;
        // running window sum for the centred moving average
        double window = 0;
        for (int t = from; t < from + m; t++) window += y[t];
        for (int centre = from + half; centre + half < to; centre++) {
            // window holds y[centre-half .. centre-half+m); for even m the 2×m average is
            // (0.5·y[c-h] + y[c-h+1 .. c+h-1] + 0.5·y[c+h]) / m
            double trend = even ? (window + 0.5 * (y[centre + half] - y[centre - half])) / m : window / m;
            double ratio = multiplicative ? y[centre] / trend : y[centre] - trend;
            if (Double.isFinite(ratio)) {
                int position = centre % m;
                sums[position] += ratio;
                counts[position]++;
            }
            int leaving = centre - half;
            int entering = leaving + m;
            if (entering >= to) break;
            window += y[entering] - y[leaving];
        }
        double[] indices = new double[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            indices[j] = counts[j] == 0 ? (multiplicative ? 1 : 0) : sums[j] / counts[j];
            total += indices[j];
        }
        double mean = total / m;
        for (int j = 0; j < m; j++) {
            if (multiplicative) indices[j] = mean > 0 ? indices[j] / mean : 1;
            else indices[j] -= mean;
        }
        return indices;
    }
}
