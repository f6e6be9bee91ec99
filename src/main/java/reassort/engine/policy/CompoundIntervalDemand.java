package reassort.engine.policy;

import java.util.Arrays;
import org.apache.commons.math3.special.Gamma;

/**
 * Intermittent demand as a compound: in each period a demand occurs with probability p, and its size is gamma
 * distributed (shape a, scale θ). Over t periods the number of occurrences N is Binomial(⌊t⌋, p), plus one more
 * with probability (t − ⌊t⌋)·p for a part period; the total given N = k is Gamma(k·a, θ), so the distribution is
 * exact — no normal approximation of a demand that is mostly zero. Lead-time variability enters as a mixture of
 * three interval lengths (mean, mean ± √3·σ_L, weights 2/3, 1/6, 1/6: they match the mean and the variance).
 */
final class CompoundIntervalDemand implements IntervalDemand {
    private static final double TINY = 1e-13;
    private final double shape;
    private final double scale;
    private final double[] weights;
    private final double[][] occurrences; // per mixture component: P(N = k)
    private final double[] logGammaOfShape; // ln Γ(k·a), by k
    private final double mean;
    private final double variance;

    /**
     * @param periods interval lengths of the mixture components, in periods
     * @param weights their weights (summing to 1)
     */
    CompoundIntervalDemand(double occurrenceProbability, double sizeMean, double sizeVariance, double[] periods, double[] weights) {
        this.shape = sizeMean * sizeMean / sizeVariance;
        this.scale = sizeVariance / sizeMean;
        this.weights = weights.clone();
        this.occurrences = new double[periods.length][];
        int maxK = 0;
        double m = 0;
        double second = 0;
        for (int i = 0; i < periods.length; i++) {
            occurrences[i] = occurrencePmf(occurrenceProbability, periods[i]);
            maxK = Math.max(maxK, occurrences[i].length - 1);
            for (int k = 1; k < occurrences[i].length; k++) {
                double mk = k * shape * scale;
                double pk = weights[i] * occurrences[i][k];
                m += pk * mk;
                second += pk * (k * shape * scale * scale + mk * mk);
            }
        }
        this.logGammaOfShape = new double[maxK + 1];
        for (int k = 1; k <= maxK; k++) logGammaOfShape[k] = Gamma.logGamma(k * shape);
        this.mean = m;
        this.variance = second - m * m;
    }

    static double[] occurrencePmf(double p, double periods) {
        int whole = (int) Math.floor(periods + 1e-9);
        double part = Math.max(0, periods - whole);
        double[] pmf = new double[whole + 2];
        pmf[0] = 1;
        for (int t = 0; t < whole; t++) convolveBernoulli(pmf, t + 1, p);
        if (part > 1e-9) convolveBernoulli(pmf, whole + 1, part * p);
        int last = pmf.length - 1;
        while (last > 0 && pmf[last] < TINY) last--;
        return Arrays.copyOf(pmf, last + 1);
    }

    private static void convolveBernoulli(double[] pmf, int size, double p) {
        for (int k = size; k >= 1; k--) pmf[k] = pmf[k] * (1 - p) + pmf[k - 1] * p;
        pmf[0] *= 1 - p;
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
        if (x < 0) return 0;
        double y = x / scale;
        double logY = y > 0 ? Math.log(y) : Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double[] pmf = occurrences[i];
            double c = pmf[0];
            if (y > 0) {
                for (int k = 1; k < pmf.length; k++) {
                    if (pmf[k] < TINY) continue;
                    c += pmf[k] * lowerRegularized(k * shape, logGammaOfShape[k], y, logY);
                }
            }
            sum += weights[i] * c;
        }
        return Math.min(1, sum);
    }

    private double density(double x) {
        if (x <= 0) return 0;
        double y = x / scale;
        double logY = Math.log(y);
        double logScale = Math.log(scale);
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double[] pmf = occurrences[i];
            for (int k = 1; k < pmf.length; k++) {
                if (pmf[k] < TINY) continue;
                double a = k * shape;
                sum += weights[i] * pmf[k] * Math.exp((a - 1) * logY - y - logGammaOfShape[k] - logScale);
            }
        }
        return sum;
    }

    @Override
    public double quantile(double p) {
        if (cdf(0) >= p) return 0;
        double sd = Math.sqrt(Math.max(variance, 1e-12));
        double lo = 0;
        double hi = mean + 4 * sd + 1;
        while (cdf(hi) < p) {
            lo = hi;
            hi = hi * 2 + sd;
        }
        double x = Math.max(lo, Math.min(hi, mean + NormalMath.quantile(p) * sd));
        for (int i = 0; i < 200; i++) {
            double value = cdf(x) - p;
            if (Math.abs(value) < 1e-10) return x;
            if (value < 0) lo = x; else hi = x;
            double f = density(x);
            double next = f > 0 ? x - value / f : Double.NaN;
            if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
            if (hi - lo < 1e-9 * Math.max(1, hi)) return next;
            x = next;
        }
        return x;
    }

    /** E[(D − x)⁺] = Σ P(N = k)·(k·a·θ·Q(k·a + 1, x/θ) − x·Q(k·a, x/θ)), Q the upper regularized gamma. */
    @Override
    public double expectedShortage(double x) {
        if (x <= 0) return mean - x;
        double y = x / scale;
        double logY = Math.log(y);
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double[] pmf = occurrences[i];
            for (int k = 1; k < pmf.length; k++) {
                if (pmf[k] < TINY) continue;
                double a = k * shape;
                double upperA = 1 - lowerRegularized(a, logGammaOfShape[k], y, logY);
                double upperA1 = 1 - lowerRegularized(a + 1, logGammaOfShape[k] + Math.log(a), y, logY);
                sum += weights[i] * pmf[k] * Math.max(0, a * scale * upperA1 - x * upperA);
            }
        }
        return sum;
    }

    @Override
    public boolean discrete() {
        return false;
    }

    /**
     * P(a, y), the regularized lower incomplete gamma, with ln Γ(a) and ln y given (they are shared across calls):
     * its series below y = a + 1, the continued fraction of Q above (modified Lentz), both to about 1e-14.
     */
    static double lowerRegularized(double a, double logGammaA, double y, double logY) {
        if (y <= 0) return 0;
        double prefix = Math.exp(-y + a * logY - logGammaA);
        if (y < a + 1) {
            double term = 1 / a;
            double sum = term;
            double ap = a;
            for (int n = 0; n < 10_000; n++) {
                ap += 1;
                term *= y / ap;
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
            }
            return Math.min(1, sum * prefix);
        }
        final double tiny = 1e-300;
        double b = y + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) break;
        }
        return Math.max(0, 1 - prefix * h);
    }
}
