package reassort.engine.simulation;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A Commons Math {@link RandomGenerator} over the JDK's {@link SplittableRandom} (SplitMix64): seeding costs one
 * long where a {@code Well19937c} fills 624 ints, and normal draws use the JDK's ziggurat instead of Box–Muller's
 * log, sin and cos. For Monte Carlo that seeds a pair of streams per item and draws millions of normals.
 */
public final class SplitMixRandom implements RandomGenerator {
    private SplittableRandom random;

    public SplitMixRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * A stream for {@code seed} and a salt naming its use (demand, lead times), so streams of one seed differ. The
     * seed and salt are hashed into the start: SplitMix64 walks its state by a fixed step, so raw neighbouring seeds
     * (items seeded by their key) would give the same stream shifted by a few draws, correlating the items.
     */
    public static SplitMixRandom of(long seed, int salt) {
        return new SplitMixRandom(mix(mix(seed) + salt));
    }

    /** SplitMix64's finaliser (Stafford's variant 13). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public void setSeed(int seed) {
        random = new SplittableRandom(seed);
    }

    @Override
    public void setSeed(int[] seed) {
        long s = 0;
        for (int v : seed) s = s * 0x9E3779B97F4A7C15L + v;
        random = new SplittableRandom(s);
    }

    @Override
    public void setSeed(long seed) {
        random = new SplittableRandom(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public int nextInt(int n) {
        if (n <= 0) throw new IllegalArgumentException("Bound (" + n + ") must be positive.");
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return random.nextFloat();
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return random.nextGaussian();
    }
}
