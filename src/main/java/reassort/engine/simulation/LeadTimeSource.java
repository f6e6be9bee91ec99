package reassort.engine.simulation;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import reassort.engine.policy.NormalMath;

/** Lead times in whole periods, drawn from a discrete distribution whose exact mean and deviation are known. */
public final class LeadTimeSource {
    private final int[] values;
    private final double[] cumulative;
    private final double mean;
    private final double sd;

    private LeadTimeSource(int[] values, double[] probabilities) {
        if (values.length == 0 || values.length != probabilities.length) {
            throw new IllegalArgumentException("Lead times (" + values.length + ") and probabilities ("
                    + probabilities.length + ") must come in non-empty pairs.");
        }
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException("Lead time (" + values[i] + " periods) must be zero or more.");
            }
            if (!(probabilities[i] >= 0)) {
                throw new IllegalArgumentException("Probability (" + probabilities[i] + ") must be zero or more.");
            }
            total += probabilities[i];
        }
        this.values = values.clone();
        this.cumulative = new double[values.length];
        double c = 0;
        double m = 0;
        for (int i = 0; i < values.length; i++) {
            double pi = probabilities[i] / total;
            c += pi;
            cumulative[i] = c;
            m += pi * values[i];
        }
        cumulative[values.length - 1] = 1;
        double v = 0;
        for (int i = 0; i < values.length; i++) v += probabilities[i] / total * (values[i] - m) * (values[i] - m);
        this.mean = m;
        this.sd = Math.sqrt(v);
    }

    public static LeadTimeSource fixed(int periods) {
        return new LeadTimeSource(new int[] {periods}, new double[] {1});
    }

    public static LeadTimeSource discrete(int[] values, double[] probabilities) {
        return new LeadTimeSource(values, probabilities);
    }

    /**
     * A normal lead time rounded to whole periods (mass below 0 at 0). Its {@link #mean()} and
     * {@link #standardDeviation()} are those of the rounded distribution, not the parameters.
     */
    public static LeadTimeSource discretisedNormal(double mean, double sd) {
        if (sd <= 0) return fixed((int) Math.round(mean));
        int hi = (int) Math.ceil(mean + 6 * sd);
        int[] values = new int[hi + 1];
        double[] p = new double[hi + 1];
        for (int k = 0; k <= hi; k++) {
            values[k] = k;
            double upper = NormalMath.cdf((k + 0.5 - mean) / sd);
            double lower = k == 0 ? 0 : NormalMath.cdf((k - 0.5 - mean) / sd);
            p[k] = Math.max(0, upper - lower);
        }
        return new LeadTimeSource(values, p);
    }

    /**
     * The lead time a planner observes (order to receipt) when an order is placed every {@code orderInterval} periods
     * and orders cannot cross: E_t = max(L_t, E_{t−1} − interval), whose stationary distribution function is
     * F_E(x) = Π_{j ≥ 0} F_L(x + j·interval).
     */
    public LeadTimeSource effectiveInSequence(int orderInterval) {
        if (orderInterval < 1) {
            throw new IllegalArgumentException("Order interval (" + orderInterval + " periods) must be at least 1.");
        }
        int max = maximum();
        int[] support = new int[max + 1];
        double[] p = new double[max + 1];
        double previous = 0;
        for (int x = 0; x <= max; x++) {
            double f = 1;
            for (int y = x; y < max; y += orderInterval) f *= cdf(y);
            support[x] = x;
            p[x] = Math.max(0, f - previous);
            previous = f;
        }
        return new LeadTimeSource(support, p);
    }

    private double cdf(int x) {
        double c = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= x) c += (i == 0 ? cumulative[0] : cumulative[i] - cumulative[i - 1]);
        }
        return c;
    }

    public int sample(RandomGenerator random) {
        if (values.length == 1) return values[0];
        double u = random.nextDouble();
        int i = Arrays.binarySearch(cumulative, u);
        if (i < 0) i = -i - 1;
        return values[Math.min(i, values.length - 1)];
    }

    public double mean() {
        return mean;
    }

    public double standardDeviation() {
        return sd;
    }

    public int maximum() {
        int max = 0;
        for (int v : values) max = Math.max(max, v);
        return max;
    }

    @Override
    public String toString() {
        return sd == 0 ? mean + " periods" : String.format(java.util.Locale.ROOT, "%.2f ± %.2f periods", mean, sd);
    }
}
