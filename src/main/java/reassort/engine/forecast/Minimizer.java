package reassort.engine.forecast;

/**
 * Small derivative-free minimisers for smoothing parameters. Hand-written rather than Commons Math's because a
 * series is fitted in well under a millisecond: these allocate nothing per evaluation and stop as soon as the
 * objective stops moving at the precision a forecast needs.
 */
final class Minimizer {
    private static final double GOLDEN = 0.3819660112501051;

    private Minimizer() {}

    /** f(x) to minimise. */
    interface Univariate {
        double value(double x);
    }

    /** f(p) to minimise; must not keep the array it is given. */
    interface Multivariate {
        double value(double[] p);
    }

    /** Brent's method (golden section with parabolic steps) on [lo, hi]; returns the argmin. */
    static double brent(Univariate f, double lo, double hi, double tolerance, int maxEvaluations) {
        double a = lo;
        double b = hi;
        double x = a + GOLDEN * (b - a);
        double w = x;
        double v = x;
        double fx = f.value(x);
        double fw = fx;
        double fv = fx;
        double d = 0;
        double e = 0;
        for (int evaluation = 1; evaluation < maxEvaluations; evaluation++) {
            double mid = 0.5 * (a + b);
            double tol1 = tolerance * Math.abs(x) + 1e-10;
            double tol2 = 2 * tol1;
            if (Math.abs(x - mid) <= tol2 - 0.5 * (b - a)) break;
            boolean golden = true;
            if (Math.abs(e) > tol1) {
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) p = -p;
                q = Math.abs(q);
                if (Math.abs(p) < Math.abs(0.5 * q * e) && p > q * (a - x) && p < q * (b - x)) {
                    e = d;
                    d = p / q;
                    double u = x + d;
                    if (u - a < tol2 || b - u < tol2) d = x < mid ? tol1 : -tol1;
                    golden = false;
                }
            }
            if (golden) {
                e = (x < mid ? b : a) - x;
                d = GOLDEN * e;
            }
            double u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
            double fu = f.value(u);
            if (fu <= fx) {
                if (u < x) b = x;
                else a = x;
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            } else {
                if (u < x) a = u;
                else b = u;
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            }
        }
        return x;
    }

    /**
     * Nelder–Mead in the box [lo, hi] (points are clamped into it), started from {@code start} with initial
     * steps {@code step}. Stops when the simplex's objective values agree to {@code relativeTolerance} or after
     * {@code maxEvaluations}. Returns the best point; {@code f} must not keep the array it is given.
     */
    static double[] nelderMead(Multivariate f, double[] start, double[] step, double[] lo,
            double[] hi, double relativeTolerance, int maxEvaluations) {
        double[] value = new double[1];
        double[] best = nelderMeadOnce(f, start, step, lo, hi, relativeTolerance, maxEvaluations, value);
        if (!onBound(best, lo, hi)) return best;
        // Clamping at the box can flatten the simplex onto a face: restart once from the best point.
        double first = value[0];
        double[] again = nelderMeadOnce(f, best, step, lo, hi, relativeTolerance, maxEvaluations / 2, value);
        return value[0] < first ? again : best;
    }

    private static boolean onBound(double[] p, double[] lo, double[] hi) {
        for (int j = 0; j < p.length; j++) if (p[j] <= lo[j] || p[j] >= hi[j]) return true;
        return false;
    }

    /** One run; the best point's value is left in {@code bestValue[0]}. */
    private static double[] nelderMeadOnce(Multivariate f, double[] start, double[] step, double[] lo,
            double[] hi, double relativeTolerance, int maxEvaluations, double[] bestValue) {
        int dim = start.length;
        double[][] simplex = new double[dim + 1][];
        double[] values = new double[dim + 1];
        simplex[0] = clamp(start.clone(), lo, hi);
        values[0] = f.value(simplex[0]);
        for (int i = 0; i < dim; i++) {
            double[] p = start.clone();
            p[i] += step[i];
            if (p[i] > hi[i]) p[i] = start[i] - step[i];
            simplex[i + 1] = clamp(p, lo, hi);
            values[i + 1] = f.value(simplex[i + 1]);
        }
        int evaluations = dim + 1;
        double[] centroid = new double[dim];
        double[] trial = new double[dim];
        double[] trial2 = new double[dim];
        while (evaluations < maxEvaluations) {
            sort(simplex, values);
            double best = values[0];
            double worst = values[dim];
            if (Math.abs(worst - best) <= relativeTolerance * (Math.abs(best) + 1e-300)) break;
            java.util.Arrays.fill(centroid, 0);
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < dim; j++) centroid[j] += simplex[i][j] / dim;
            }
            move(centroid, simplex[dim], 1, trial, lo, hi); // reflection
            double fr = f.value(trial);
            evaluations++;
            if (fr < values[0]) {
                move(centroid, simplex[dim], 2, trial2, lo, hi); // expansion
                double fe = f.value(trial2);
                evaluations++;
                if (fe < fr) replaceWorst(simplex, values, trial2, fe);
                else replaceWorst(simplex, values, trial, fr);
            } else if (fr < values[dim - 1]) {
                replaceWorst(simplex, values, trial, fr);
            } else {
                boolean outside = fr < values[dim];
                move(centroid, simplex[dim], outside ? 0.5 : -0.5, trial2, lo, hi); // contraction
                double fc = f.value(trial2);
                evaluations++;
                if (fc < Math.min(fr, values[dim])) {
                    replaceWorst(simplex, values, trial2, fc);
                } else {
                    for (int i = 1; i <= dim; i++) { // shrink towards the best
                        for (int j = 0; j < dim; j++) simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]);
                        values[i] = f.value(simplex[i]);
                    }
                    evaluations += dim;
                }
            }
        }
        sort(simplex, values);
        bestValue[0] = values[0];
        return simplex[0];
    }

    /** target = centroid + factor·(centroid − worst), clamped into the box. */
    private static void move(double[] centroid, double[] worst, double factor, double[] target, double[] lo,
            double[] hi) {
        for (int j = 0; j < centroid.length; j++) {
            double v = centroid[j] - factor * (worst[j] - centroid[j]);
            target[j] = Math.max(lo[j], Math.min(hi[j], v));
        }
    }

    private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
        int worst = values.length - 1;
        System.arraycopy(point, 0, simplex[worst], 0, point.length);
        values[worst] = value;
    }

    private static void sort(double[][] simplex, double[] values) {
        for (int i = 1; i < values.length; i++) { // insertion sort: the simplex has at most 4 points
            double v = values[i];
            double[] p = simplex[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v) {
                values[j + 1] = values[j];
                simplex[j + 1] = simplex[j];
                j--;
            }
            values[j + 1] = v;
            simplex[j + 1] = p;
        }
    }

    private static double[] clamp(double[] p, double[] lo, double[] hi) {
        for (int j = 0; j < p.length; j++) p[j] = Math.max(lo[j], Math.min(hi[j], p[j]));
        return p;
    }
}
