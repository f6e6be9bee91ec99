package reassort.engine.forecast;

/** Least-squares fits of the intermittent methods, Holt-Winters and the moving-average window. */
final class OtherFits {
    static final double INTERMITTENT_MIN = 0.01;
    static final double INTERMITTENT_MAX = 0.5;

    private OtherFits() {}

    private static final String[] ALPHA = {"alpha"};
    private static final String[] ALPHA_BETA = {"alpha", "beta"};
    private static final String[] ALPHA_BETA_GAMMA = {"alpha", "beta", "gamma"};

    record CrostonFit(double alpha, boolean sba, double sse) implements Fit {
        @Override
        public StateModel start() {
            return new IntermittentModels.Croston(alpha, alpha, sba, 0, 0, false);
        }

        @Override
        public String parameters() {
            return Fit.describe(ALPHA, alpha);
        }
    }

    record TsbFit(double alpha, double beta, double initialSize, double initialProbability, double sse) implements Fit {
        @Override
        public StateModel start() {
            return new IntermittentModels.Tsb(alpha, beta, initialSize, initialProbability);
        }

        @Override
        public String parameters() {
            return Fit.describe(ALPHA_BETA, alpha, beta);
        }
    }

    /**
     * Holt-Winters fitted from period {@code from + skip}: its filter ignores the first {@code skip} periods it is
     * shown, so that it starts at {@code from} like every other candidate.
     */
    record HoltWintersFit(double alpha, double beta, double gamma, boolean multiplicative, double initialLevel,
            double initialTrend, double[] initialSeasonal, int skip, double sse) implements Fit {
        @Override
        public StateModel start() {
            StateModel model = new SmoothingModels.HoltWinters(alpha, beta, gamma, 1, multiplicative, initialLevel,
                    initialTrend, initialSeasonal);
            return skip == 0 ? model : new Skipping(model, skip);
        }

        @Override
        public String parameters() {
            return Fit.describe(ALPHA_BETA_GAMMA, alpha, beta, gamma);
        }
    }

    /** Lets a model fitted from a later start ignore the periods before it. */
    private static final class Skipping implements StateModel {
        private final StateModel inner;
        private int toSkip;

        Skipping(StateModel inner, int toSkip) {
            this.inner = inner;
            this.toSkip = toSkip;
        }

        @Override
        public void observe(double y) {
            if (toSkip > 0) toSkip--;
            else inner.observe(y);
        }

        @Override
        public void forecast(double[] out, int h) {
            inner.forecast(out, h);
        }
    }

    private record CrostonObjective(double[] y, int from, int to, boolean sba) implements Minimizer.Univariate {
        @Override
        public double value(double alpha) {
            return crostonSse(y, from, to, alpha, sba);
        }
    }

    private record TsbObjective(double[] y, int from, int to, double size, double probability)
            implements Minimizer.Multivariate {
        @Override
        public double value(double[] p) {
            return tsbSse(y, from, to, p[0], p[1], size, probability);
        }
    }

    private record HoltWintersObjective(double[] y, int from, int to, boolean multiplicative, double level,
            double trend, double[] seasonal) implements Minimizer.Multivariate {
        @Override
        public double value(double[] p) {
            return holtWintersSse(y, from, to, p[0], p[0] * p[1], (1 - p[0]) * p[2], multiplicative, level, trend,
                    seasonal);
        }
    }

    /** Croston (or SBA) with one α for sizes and intervals, chosen for the smallest one-step SSE. */
    static CrostonFit croston(double[] y, int from, int to, boolean sba) {
        double alpha = Minimizer.brent(new CrostonObjective(y, from, to, sba), INTERMITTENT_MIN, INTERMITTENT_MAX,
                1e-3, 30);
        return new CrostonFit(alpha, sba, crostonSse(y, from, to, alpha, sba));
    }

    static double crostonSse(double[] y, int from, int to, double alpha, boolean sba) {
        double correction = sba ? 1 - alpha / 2 : 1;
        double size = 0;
        double interval = 0;
        boolean started = false;
        int since = 0;
        double sse = 0;
        for (int t = from; t < to; t++) {
            double forecast = started ? correction * size / interval : 0;
            double e = y[t] - forecast;
            sse += e * e;
            since++;
            if (y[t] != 0) {
                if (started) {
                    size += alpha * (y[t] - size);
                    interval += alpha * (since - interval);
                } else {
                    size = y[t];
                    interval = since;
                    started = true;
                }
                since = 0;
            }
        }
        return sse;
    }

    /** TSB with α (size) and β (probability) chosen for the smallest one-step SSE. */
    static TsbFit tsb(double[] y, int from, int to, double startAlpha, double startBeta, double step) {
        double sum = 0;
        int demands = 0;
        for (int t = from; t < to; t++) {
            if (y[t] != 0) {
                sum += y[t];
                demands++;
            }
        }
        double size = demands == 0 ? 0 : sum / demands;
        double probability = (double) demands / (to - from);
        double[] best = Minimizer.nelderMead(new TsbObjective(y, from, to, size, probability),
                new double[] {startAlpha, startBeta}, new double[] {step, step},
                new double[] {INTERMITTENT_MIN, INTERMITTENT_MIN}, new double[] {INTERMITTENT_MAX, INTERMITTENT_MAX},
                1e-5, 60);
        return new TsbFit(best[0], best[1], size, probability, tsbSse(y, from, to, best[0], best[1], size, probability));
    }

    static double tsbSse(double[] y, int from, int to, double alpha, double beta, double size, double probability) {
        double sse = 0;
        for (int t = from; t < to; t++) {
            double e = y[t] - probability * size;
            sse += e * e;
            if (y[t] != 0) {
                probability += beta * (1 - probability);
                size += alpha * (y[t] - size);
            } else {
                probability -= beta * probability;
            }
        }
        return sse;
    }

    /**
     * Holt-Winters (additive, or multiplicative for positive data) fitted on [from, to) with initial states from
     * a classical decomposition of its first two seasons, α, β ≤ α and γ ≤ 1 − α chosen for the smallest one-step
     * SSE; its filter is meant to be shown the series from {@code first} ≤ {@code from} on.
     */
    static HoltWintersFit holtWinters(double[] y, int first, int from, int to, int m, boolean multiplicative) {
        double[] indices = Seasonality.classicalIndices(y, from, from + 2 * m, m, multiplicative);
        double[] seasonal = new double[m]; // ring in time order from period `from`
        for (int j = 0; j < m; j++) seasonal[j] = indices[(from + j) % m];
        double firstSeason = 0;
        double secondSeason = 0;
        for (int j = 0; j < m; j++) {
            double s = seasonal[j];
            firstSeason += multiplicative ? y[from + j] / s : y[from + j] - s;
            secondSeason += multiplicative ? y[from + m + j] / s : y[from + m + j] - s;
        }
        firstSeason /= m;
        secondSeason /= m;
        double trend = (secondSeason - firstSeason) / m;
        double level = firstSeason - trend * (m + 1) / 2.0; // just before period `from`, on the line through both
        double[] best = Minimizer.nelderMead(
                new HoltWintersObjective(y, from, to, multiplicative, level, trend, seasonal),
                new double[] {0.2, 0.1, 0.1}, new double[] {0.15, 0.2, 0.2},
                new double[] {SmoothingFits.ALPHA_MIN, 1e-4, 1e-4},
                new double[] {SmoothingFits.ALPHA_MAX, 0.9999, 0.9999}, 1e-4, 120);
        double alpha = best[0];
        double beta = alpha * best[1];
        double gamma = (1 - alpha) * best[2];
        double sse = holtWintersSse(y, from, to, alpha, beta, gamma, multiplicative, level, trend, seasonal);
        return new HoltWintersFit(alpha, beta, gamma, multiplicative, level, trend, seasonal, from - first, sse);
    }

    static double holtWintersSse(double[] y, int from, int to, double alpha, double beta, double gamma,
            boolean multiplicative, double level0, double trend0, double[] seasonal0) {
        int m = seasonal0.length;
        double[] s = seasonal0.clone();
        double level = level0;
        double trend = trend0;
        double sse = 0;
        int oldest = 0;
        for (int t = from; t < to; t++) {
            double season = s[oldest];
            double base = level + trend;
            double forecast = multiplicative ? base * season : base + season;
            double e = y[t] - forecast;
            sse += e * e;
            double newLevel = multiplicative ? alpha * (y[t] / season) + (1 - alpha) * base
                    : alpha * (y[t] - season) + (1 - alpha) * base;
            s[oldest] = multiplicative ? gamma * (y[t] / base) + (1 - gamma) * season
                    : gamma * (y[t] - base) + (1 - gamma) * season;
            trend = beta * (newLevel - level) + (1 - beta) * trend;
            level = newLevel;
            oldest = oldest + 1 == m ? 0 : oldest + 1;
        }
        return Double.isFinite(sse) ? sse : Double.POSITIVE_INFINITY;
    }

    private static final int[] WINDOWS = {2, 3, 4, 6, 8, 12, 13, 26, 52};

    /** The moving-average window (from 2 to half the history) with the smallest one-step SSE. */
    static int movingAverageWindow(double[] y, int from, int to) {
        int bestWindow = Math.max(1, Math.min(4, to - from));
        double bestSse = Double.POSITIVE_INFINITY;
        for (int k : WINDOWS) {
            if (k > (to - from) / 2) break;
            double sum = 0;
            double sse = 0;
            for (int t = from; t < to; t++) {
                if (t - from >= k) {
                    double e = y[t] - sum / k;
                    sse += e * e;
                    sum -= y[t - k];
                }
                sum += y[t];
            }
            // the first k periods have no full window: compare per scored period
            double mse = sse / (to - from - k);
            if (mse < bestSse) {
                bestSse = mse;
                bestWindow = k;
            }
        }
        return bestWindow;
    }
}
