package reassort.engine.policy;

import org.apache.commons.math3.special.Erf;

/** The standard normal quantile z(p), Φ, φ and the loss function G(k) = φ(k) − k·(1 − Φ(k)), with its inverse. */
public final class NormalMath {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private NormalMath() {}

    public static double density(double k) {
        return INV_SQRT_2PI * Math.exp(-0.5 * k * k);
    }

    public static double cdf(double k) {
        return 0.5 * Erf.erfc(-k / SQRT2);
    }

    /** 1 − Φ(k), accurate far in the upper tail. */
    public static double upperTail(double k) {
        return 0.5 * Erf.erfc(k / SQRT2);
    }

    /** z such that Φ(z) = p, refined by Newton steps on the accurate Φ so that it holds to about 1e-15. */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("Probability (" + p + ") must be strictly between 0 and 1.");
        }
        double z = SQRT2 * Erf.erfInv(2 * p - 1);
        for (int i = 0; i < 3; i++) {
            double f = density(z);
            if (f < 1e-300) break;
            double err = p <= 0.5 ? cdf(z) - p : (1 - p) - upperTail(z);
            z -= err / f;
        }
        return z;
    }

    /** G(k) = E[(Z − k)⁺] for a standard normal Z. */
    public static double loss(double k) {
        return density(k) - k * upperTail(k);
    }

    /** k such that G(k) = g (g > 0). G falls from +∞ to 0, so the solution is unique. */
    public static double inverseLoss(double g) {
        if (!(g > 0) || Double.isInfinite(g)) {
            throw new IllegalArgumentException("Loss value (" + g + ") must be positive.");
        }
        // bracket: G(k) ≥ −k and G(k) ≤ φ(k)/k·… ; a wide bracket and safeguarded Newton are enough
        double lo = -g - 1;
        double hi = 40;
        double k = g > 0.3989 ? -g : Math.sqrt(Math.max(0, -2 * Math.log(g * 2.5066)));
        for (int i = 0; i < 100; i++) {
            double value = loss(k) - g;
            if (Math.abs(value) <= 1e-15 * Math.max(1, g)) return k;
            if (value > 0) lo = k; else hi = k;
            double slope = -upperTail(k);
            double next = slope < 0 ? k - value / slope : Double.NaN;
            if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
            if (Math.abs(next - k) < 1e-14 * Math.max(1, Math.abs(k))) return next;
            k = next;
        }
        return k;
    }
}
