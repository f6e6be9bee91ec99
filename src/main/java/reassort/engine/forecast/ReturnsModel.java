package reassort.engine.forecast;

import java.util.Arrays;

/**
 * How sold units come back: returns in period t are modelled as Σ_d w_d · sold_{t−d}, a share w_d of each
 * period's sales returning d periods later. The weights are fitted by non-negative least squares on the sold and
 * returned histories of a channel; their sum is the return rate and their weighted mean lag the mean delay.
 *
 * @param returnRate share of sold units that come back (Σ w_d)
 * @param meanDelay mean periods between sale and return (NaN when nothing comes back)
 * @param delayWeights w_d for d = 0..maxDelay
 */
public record ReturnsModel(double returnRate, double meanDelay, double[] delayWeights) {

    public ReturnsModel {
        delayWeights = delayWeights.clone();
    }

    /**
     * Fits the model. Periods before {@code maxDelay} are used only as lagged sales (their returns may come from
     * sales before the history).
     *
     * @param sold units sold per period, oldest first
     * @param returned units returned per period, same periods
     * @param maxDelay the longest delay considered, in periods (e.g. 8 weeks for a 30-day return policy)
     */
    public static ReturnsModel estimate(double[] sold, double[] returned, int maxDelay) {
        if (sold.length != returned.length) {
            throw new IllegalArgumentException("Sold (" + sold.length + " periods) and returned (" + returned.length
                    + " periods) histories must cover the same periods.");
        }
        if (maxDelay < 0) throw new IllegalArgumentException("Longest return delay (" + maxDelay + ") must be 0 or more.");
        for (int t = 0; t < sold.length; t++) {
            if (!(sold[t] >= 0) || !(returned[t] >= 0) || Double.isInfinite(sold[t]) || Double.isInfinite(returned[t])) {
                throw new IllegalArgumentException("Sold (" + sold[t] + ") and returned (" + returned[t]
                        + ") units of period " + (t + 1) + " must be zero or more.");
            }
        }
        int lags = maxDelay + 1;
        int first = maxDelay;
        if (sold.length <= first) {
            throw new IllegalArgumentException("Estimating returns with delays up to " + maxDelay + " periods needs more than "
                    + maxDelay + " periods of history; there are " + sold.length + ".");
        }
        // normal equations G·w = c of returned_t ≈ Σ_d w_d·sold_{t−d}, t = first..n−1
        double[][] gram = new double[lags][lags];
        double[] c = new double[lags];
        for (int t = first; t < sold.length; t++) {
            for (int i = 0; i < lags; i++) {
                double si = sold[t - i];
                c[i] += si * returned[t];
                for (int j = i; j < lags; j++) gram[i][j] += si * sold[t - j];
            }
        }
        for (int i = 0; i < lags; i++) for (int j = 0; j < i; j++) gram[i][j] = gram[j][i];
        double[] w = nonNegativeLeastSquares(gram, c);
        double rate = 0;
        double lagSum = 0;
        for (int d = 0; d < lags; d++) {
            rate += w[d];
            lagSum += d * w[d];
        }
        return new ReturnsModel(rate, rate > 0 ? lagSum / rate : Double.NaN, w);
    }

    /**
     * Lawson–Hanson active-set solution of min ‖Sw − r‖², w ≥ 0, from the normal equations G = SᵀS, c = Sᵀr
     * (exact in at most a few iterations per lag).
     */
    static double[] nonNegativeLeastSquares(double[][] gram, double[] c) {
        int k = c.length;
        double[] w = new double[k];
        boolean[] passive = new boolean[k];
        for (int outer = 0; outer < 3 * k + 3; outer++) {
            int entering = -1;
            double steepest = 1e-12 * (1 + maxAbs(c));
            for (int i = 0; i < k; i++) {
                if (passive[i]) continue;
                double gradient = c[i];
                for (int j = 0; j < k; j++) gradient -= gram[i][j] * w[j];
                if (gradient > steepest) {
                    steepest = gradient;
                    entering = i;
                }
            }
            if (entering < 0) break;
            passive[entering] = true;
            while (true) {
                double[] z = solvePassive(gram, c, passive);
                double step = 1;
                int leaving = -1;
                for (int i = 0; i < k; i++) {
                    if (passive[i] && z[i] <= 0) {
                        double s = w[i] / (w[i] - z[i]);
                        if (s < step) {
                            step = s;
                            leaving = i;
                        }
                    }
                }
                if (leaving < 0) {
                    w = z;
                    break;
                }
                for (int i = 0; i < k; i++) w[i] += step * (z[i] - w[i]);
                for (int i = 0; i < k; i++) {
                    if (passive[i] && w[i] <= 1e-15) {
                        passive[i] = false;
                        w[i] = 0;
                    }
                }
            }
        }
        return w;
    }

    /** Least squares restricted to the passive variables (the others held at zero), by Gaussian elimination. */
    private static double[] solvePassive(double[][] gram, double[] c, boolean[] passive) {
        int k = c.length;
        int[] index = new int[k];
        int size = 0;
        for (int i = 0; i < k; i++) if (passive[i]) index[size++] = i;
        double[][] a = new double[size][size + 1];
        for (int r = 0; r < size; r++) {
            for (int q = 0; q < size; q++) a[r][q] = gram[index[r]][index[q]];
            a[r][size] = c[index[r]];
            a[r][r] += 1e-12 * (gram[index[r]][index[r]] + 1e-300); // keeps collinear lags solvable
        }
        for (int p = 0; p < size; p++) {
            int pivot = p;
            for (int r = p + 1; r < size; r++) if (Math.abs(a[r][p]) > Math.abs(a[pivot][p])) pivot = r;
            double[] swap = a[p];
            a[p] = a[pivot];
            a[pivot] = swap;
            for (int r = p + 1; r < size; r++) {
                double factor = a[r][p] / a[p][p];
                for (int q = p; q <= size; q++) a[r][q] -= factor * a[p][q];
            }
        }
        double[] solution = new double[size];
        for (int r = size - 1; r >= 0; r--) {
            double sum = a[r][size];
            for (int q = r + 1; q < size; q++) sum -= a[r][q] * solution[q];
            solution[r] = sum / a[r][r];
        }
        double[] z = new double[k];
        for (int r = 0; r < size; r++) z[index[r]] = solution[r];
        return z;
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double x : v) max = Math.max(max, Math.abs(x));
        return max;
    }

    /**
     * Expected returns in each forecast period, from the sold history and the sales forecast that follows it.
     */
    public double[] forecastReturns(double[] soldHistory, double[] soldForecast) {
        int n = soldHistory.length;
        double[] returns = new double[soldForecast.length];
        for (int k = 0; k < soldForecast.length; k++) {
            int period = n + k;
            double sum = 0;
            for (int d = 0; d < delayWeights.length; d++) {
                int source = period - d;
                if (source < 0) break;
                sum += delayWeights[d] * (source < n ? soldHistory[source] : soldForecast[source - n]);
            }
            returns[k] = sum;
        }
        return returns;
    }

    @Override
    public double[] delayWeights() {
        return delayWeights.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReturnsModel r && Double.compare(returnRate, r.returnRate) == 0
                && Double.compare(meanDelay, r.meanDelay) == 0 && Arrays.equals(delayWeights, r.delayWeights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(delayWeights);
    }

    @Override
    public String toString() {
        return "ReturnsModel[rate " + Texts.number(returnRate) + ", mean delay " + Texts.number(meanDelay)
                + " periods]";
    }
}
