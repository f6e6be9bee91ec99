package reassort.engine.simulation;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Draws from one random stream where Commons Math would need a new distribution object per parameter. */
final class Sampling {
    private Sampling() {}

    /** Poisson(λ): multiplication of uniforms for small λ, Commons Math beyond. */
    static int poisson(RandomGenerator random, double lambda) {
        if (lambda <= 0) return 0;
        if (lambda < 30) {
            double limit = Math.exp(-lambda);
            double product = random.nextDouble();
            int k = 0;
            while (product > limit) {
                k++;
                product *= random.nextDouble();
            }
            return k;
        }
        return new PoissonDistribution(random, lambda, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }

    static GammaDistribution gamma(RandomGenerator random, double mean, double sd) {
        double shape = mean * mean / (sd * sd);
        double scale = sd * sd / mean;
        return new GammaDistribution(random, shape, scale);
    }
}
