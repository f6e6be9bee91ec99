package reassort.engine.forecast;

/**
 * Accuracy of a forecast f of actuals y (the held-out part) given the training part x, defined as the project's
 * benchmark README defines them so that figures compare with R's. Undefined values (zero scale, zero actuals)
 * are NaN; summaries leave them out and count them.
 */
public final class ForecastAccuracy {
    private ForecastAccuracy() {}

    /** All five measures of one series. */
    public record Scores(double mase, double smape, double rmsse, double wmape, double bias) {}

    public static Scores score(double[] train, double[] actual, double[] forecast, int maseLag) {
        return new Scores(mase(train, actual, forecast, maseLag), smape(actual, forecast),
                rmsse(train, actual, forecast), wmape(actual, forecast), bias(actual, forecast));
    }

    /**
     * MASE = mean|y − f| / mean|x_t − x_{t−s}| over the training part; s = 1 when the training part is shorter
     * than s + 1. NaN when that scale is zero.
     */
    public static double mase(double[] train, double[] actual, double[] forecast, int lag) {
        check(actual, forecast);
        int s = train.length < lag + 1 ? 1 : lag;
        if (train.length < s + 1) return Double.NaN;
        double scale = 0;
        for (int t = s; t < train.length; t++) scale += Math.abs(train[t] - train[t - s]);
        scale /= train.length - s;
        if (!(scale > 0)) return Double.NaN;
        return meanAbsoluteError(actual, forecast) / scale;
    }

    /** sMAPE = (200 / h)·Σ |y − f| / (|y| + |f|), a term with y = f = 0 counting 0. */
    public static double smape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            if (denominator > 0) sum += Math.abs(actual[i] - forecast[i]) / denominator;
        }
        return 200 * sum / actual.length;
    }

    /**
     * RMSSE = √(mean((y − f)²) / mean((x_t − x_{t−1})²)), the denominator over the training part from its first
     * non-zero observation on (the M5 rule). NaN when that denominator is zero or undefined.
     */
    public static double rmsse(double[] train, double[] actual, double[] forecast) {
        check(actual, forecast);
        int first = 0;
        while (first < train.length && train[first] == 0) first++;
        if (train.length - first < 2) return Double.NaN;
        double scale = 0;
        for (int t = first + 1; t < train.length; t++) {
            double d = train[t] - train[t - 1];
            scale += d * d;
        }
        scale /= train.length - first - 1;
        if (!(scale > 0)) return Double.NaN;
        double mse = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - forecast[i];
            mse += e * e;
        }
        mse /= actual.length;
        return Math.sqrt(mse / scale);
    }

    /** wMAPE = 100·Σ|y − f| / Σ|y| (percent); NaN when the actuals are all zero. */
    public static double wmape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double errors = 0;
        double volume = 0;
        for (int i = 0; i < actual.length; i++) {
            errors += Math.abs(actual[i] - forecast[i]);
            volume += Math.abs(actual[i]);
        }
        return volume > 0 ? 100 * errors / volume : Double.NaN;
    }

    /** Bias = 100·Σ(f − y) / Σ|y| (percent, positive when over-forecasting); NaN when the actuals are all zero. */
    public static double bias(double[] actual, double[] forecast) {
        check(actual, forecast);
        double sum = 0;
        double volume = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += forecast[i] - actual[i];
            volume += Math.abs(actual[i]);
        }
        return volume > 0 ? 100 * sum / volume : Double.NaN;
    }

    static double meanAbsoluteError(double[] actual, double[] forecast) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) sum += Math.abs(actual[i] - forecast[i]);
        return sum / actual.length;
    }

    private static void check(double[] actual, double[] forecast) {
        if (actual.length == 0 || actual.length != forecast.length) {
            throw new IllegalArgumentException("Accuracy needs as many forecasts as actuals (at least one); got "
                    + forecast.length + " forecasts for " + actual.length + " actuals.");
        }
    }

    /**
     * Plain means over series (the benchmark convention), each measure over the series where it is defined; the
     * number of series left out of each is kept. Not thread-safe: one summary per thread or add under a lock.
     */
    public static final class Summary {
        private final double[] sums = new double[5];
        private final int[] defined = new int[5];
        private int series;

        public void add(Scores scores) {
            series++;
            double[] values = {scores.mase(), scores.smape(), scores.rmsse(), scores.wmape(), scores.bias()};
            for (int i = 0; i < values.length; i++) {
                if (Double.isFinite(values[i])) {
                    sums[i] += values[i];
                    defined[i]++;
                }
            }
        }

        public int series() {
            return series;
        }

        public Scores means() {
            double[] m = new double[5];
            for (int i = 0; i < m.length; i++) m[i] = defined[i] == 0 ? Double.NaN : sums[i] / defined[i];
            return new Scores(m[0], m[1], m[2], m[3], m[4]);
        }

        /** Series left out of the MASE mean (zero in-sample scale). */
        public int maseLeftOut() {
            return series - defined[0];
        }

        public int rmsseLeftOut() {
            return series - defined[2];
        }

        /** Series left out of wMAPE and bias (held-out actuals all zero). */
        public int wmapeLeftOut() {
            return series - defined[3];
        }
    }
}
