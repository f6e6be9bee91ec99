package reassort.engine.forecast;

/** Small numeric helpers over array ranges [from, to). */
final class Series {
    private Series() {}

    static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) sum += y[t];
        return sum / (to - from);
    }

    /** Least-squares slope of y on t over [from, to); 0 for fewer than two points. */
    static double slope(double[] y, int from, int to) {
        int n = to - from;
        if (n < 2) return 0;
        double tMean = (n - 1) / 2.0;
        double yMean = mean(y, from, to);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dt = i - tMean;
            sxy += dt * (y[from + i] - yMean);
            sxx += dt * dt;
        }
        return sxy / sxx;
    }

    static boolean allPositive(double[] y, int from, int to) {
        for (int t = from; t < to; t++) if (!(y[t] > 0)) return false;
        return true;
    }
}
