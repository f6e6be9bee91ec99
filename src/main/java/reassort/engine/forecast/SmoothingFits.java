package reassort.engine.forecast;

/**
 * Least-squares fits of the exponential-smoothing family on a range [from, to) of a series. The smoothing
 * parameters are searched numerically; for each trial the initial states are not searched but solved exactly:
 * one-step errors of a linear smoother are linear in its initial states, so their least-squares values come from
 * one pass that carries the states' sensitivities (a "profiled" sum of squares, as cheap as one filter pass).
 */
final class SmoothingFits {
    static final double ALPHA_MIN = 1e-4;
    static final double ALPHA_MAX = 0.9999;
    static final double PHI_MIN = 0.8;
    static final double PHI_MAX = 0.98;
    private static final double TINY = 1e-200;

    private SmoothingFits() {}

    record SesFit(double alpha, double initialLevel, double sse) {
        StateModel start() {
            return new SmoothingModels.Ses(alpha, initialLevel);
        }
    }

    record HoltFit(double alpha, double beta, double phi, double initialLevel, double initialTrend, double sse) {
        StateModel start() {
            return new SmoothingModels.Holt(alpha, beta, phi, initialLevel, initialTrend);
        }
    }

    static SesFit ses(double[] y, int from, int to) {
        double alpha = Minimizer.brent(a -> sesSse(y, from, to, a, null), ALPHA_MIN, ALPHA_MAX, 1e-4, 40);
        double[] level = new double[1];
        double sse = sesSse(y, from, to, alpha, level);
        return new SesFit(alpha, level[0], sse);
    }

    /** SSE of SES at α with the best initial level (written to {@code initialLevel[0]} when given). */
    static double sesSse(double[] y, int from, int to, double alpha, double[] initialLevel) {
        double origin = y[from]; // forecasts are carried relative to l0 = y[from] for precision
        double forecast = origin;
        double sensitivity = 1;
        double keep = 1 - alpha;
        double syy = 0;
        double syd = 0;
        double sdd = 0;
        for (int t = from; t < to; t++) {
            double e = y[t] - forecast;
            syy += e * e;
            if (sensitivity > TINY) {
                syd += e * sensitivity;
                sdd += sensitivity * sensitivity;
                sensitivity *= keep;
            }
            forecast += alpha * e;
        }
        double shift = syd / sdd;
        if (initialLevel != null) initialLevel[0] = origin + shift;
        return Math.max(0, syy - syd * shift);
    }

    /**
     * Holt's linear trend (φ = 1) or damped trend (φ searched in [0.8, 0.98]), β ≤ α, started from α of the
     * SES fit.
     */
    static HoltFit holt(double[] y, int from, int to, boolean damped, double startAlpha) {
        double[] lo = damped ? new double[] {ALPHA_MIN, 1e-4, PHI_MIN} : new double[] {ALPHA_MIN, 1e-4};
        double[] hi = damped ? new double[] {ALPHA_MAX, 0.9999, PHI_MAX} : new double[] {ALPHA_MAX, 0.9999};
        double a0 = Math.max(0.05, Math.min(0.9, startAlpha));
        double[] start = damped ? new double[] {a0, 0.1, 0.95} : new double[] {a0, 0.1};
        double[] step = damped ? new double[] {0.1, 0.2, 0.04} : new double[] {0.1, 0.2};
        double[] best = Minimizer.nelderMead(
                p -> holtSse(y, from, to, p[0], p[0] * p[1], damped ? p[2] : 1, null),
                start, step, lo, hi, 1e-6, damped ? 120 : 80);
        double alpha = best[0];
        double beta = alpha * best[1];
        double phi = damped ? best[2] : 1;
        double[] states = new double[2];
        double sse = holtSse(y, from, to, alpha, beta, phi, states);
        return new HoltFit(alpha, beta, phi, states[0], states[1], sse);
    }

    /**
     * SSE of (damped) Holt with the best initial level and trend, in error-correction form:
     * l' = ŷ + α·e, b' = φb + αβ·e with ŷ = l + φb.
     */
    static double holtSse(double[] y, int from, int to, double alpha, double beta, double phi, double[] states) {
        if (to - from < 3) return Double.POSITIVE_INFINITY;
        double originLevel = y[from];
        double originTrend = y[from + 1] - y[from];
        double level = originLevel;
        double trend = originTrend;
        // sensitivities of (level, trend) to (l0, b0)
        double dl0 = 1;
        double dl1 = 0;
        double db0 = 0;
        double db1 = 1;
        double syy = 0;
        double sy0 = 0;
        double sy1 = 0;
        double s00 = 0;
        double s01 = 0;
        double s11 = 0;
        double ab = alpha * beta;
        double keep = 1 - alpha;
        boolean sensitive = true;
        for (int t = from; t < to; t++) {
            double forecast = level + phi * trend;
            double e = y[t] - forecast;
            syy += e * e;
            level = forecast + alpha * e;
            trend = phi * trend + ab * e;
            if (sensitive) {
                double g0 = dl0 + phi * db0;
                double g1 = dl1 + phi * db1;
                sy0 += e * g0;
                sy1 += e * g1;
                s00 += g0 * g0;
                s01 += g0 * g1;
                s11 += g1 * g1;
                dl0 = keep * g0;
                dl1 = keep * g1;
                db0 = phi * db0 - ab * g0;
                db1 = phi * db1 - ab * g1;
                sensitive = Math.abs(g0) + Math.abs(g1) > TINY;
            }
        }
        double ridge = 1e-12 * (s00 + s11) + 1e-300;
        double a = s00 + ridge;
        double c = s11 + ridge;
        double det = a * c - s01 * s01;
        double x0 = (c * sy0 - s01 * sy1) / det;
        double x1 = (a * sy1 - s01 * sy0) / det;
        if (!Double.isFinite(x0) || !Double.isFinite(x1)) {
            x0 = 0;
            x1 = 0;
        }
        if (states != null) {
            states[0] = originLevel + x0;
            states[1] = originTrend + x1;
        }
        double sse = syy - x0 * sy0 - x1 * sy1;
        return Double.isFinite(sse) ? Math.max(0, sse) : Double.POSITIVE_INFINITY;
    }
}
