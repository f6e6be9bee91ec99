package reassort.engine.forecast;

import java.util.Random;

/** Deterministic demand series for the engine tests (seeded noise, so every run sees the same numbers). */
final class SeriesFixtures {
    private SeriesFixtures() {}

    /** level + slope·t + noise. */
    static double[] trend(int n, double level, double slope, double noise, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) y[t] = level + slope * t + noise * random.nextGaussian();
        return y;
    }

    /** A level times a yearly pattern (a peak around period 47 of every 52, a trough in summer), with noise. */
    static double[] weeklySeasonal(int n, double level, double noise, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = level * seasonalIndex(t % 52) * (1 + noise * random.nextGaussian());
        }
        return y;
    }

    static double seasonalIndex(int week) {
        return 1 + 0.5 * Math.sin(2 * Math.PI * (week - 34) / 52.0) + (week >= 46 && week <= 50 ? 0.8 : 0);
    }

    /** Demand in about one period of {@code every}, of a size around {@code size}; zero otherwise. */
    static double[] intermittent(int n, int every, double size, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            if (random.nextInt(every) == 0) y[t] = Math.max(1, Math.round(size * (0.7 + 0.6 * random.nextDouble())));
        }
        return y;
    }

    static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) sum += y[t];
        return sum / (to - from);
    }
}
