package reassort.engine.forecast;

/**
 * Every method with its parameters given, under the initialisation conventions of R's {@code forecast} package
 * (see the golden-test README). These are the building blocks the automatic {@link Forecaster} fits; they are
 * public so that a planner-facing "what would method X say" view and the golden tests can call them directly.
 */
public final class FixedForecasts {
    private FixedForecasts() {}

    public static double[] naive(double[] y, int horizon) {
        return run(new SimpleModels.Naive(), y, horizon);
    }

    public static double[] seasonalNaive(double[] y, int seasonLength, int horizon) {
        return run(new SimpleModels.SeasonalNaive(positive(seasonLength, "Season length")), y, horizon);
    }

    public static double[] movingAverage(double[] y, int window, int horizon) {
        return run(new SimpleModels.MovingAverage(positive(window, "Moving-average window")), y, horizon);
    }

    public static double[] drift(double[] y, int horizon) {
        return run(new SimpleModels.Drift(), y, horizon);
    }

    /** SES with l0 = y1. */
    public static double[] ses(double[] y, double alpha, int horizon) {
        checkSmoothing(alpha, "alpha");
        return run(new SmoothingModels.Ses(alpha, y[0]), y, horizon);
    }

    /** Holt's linear trend with l0 = y1, b0 = y2 − y1. */
    public static double[] holt(double[] y, double alpha, double beta, int horizon) {
        return dampedHolt(y, alpha, beta, 1, horizon);
    }

    /** Damped trend (φ in (0, 1]) with l0 = y1, b0 = y2 − y1. */
    public static double[] dampedHolt(double[] y, double alpha, double beta, double phi, int horizon) {
        checkSmoothing(alpha, "alpha");
        checkSmoothing(beta, "beta");
        checkSmoothing(phi, "phi");
        atLeast(y, 2, "Holt's method");
        return run(new SmoothingModels.Holt(alpha, beta, phi, y[0], y[1] - y[0]), y, horizon);
    }

    /** Additive Holt-Winters with the "simple" initial states built from the first two seasons. */
    public static double[] holtWintersAdditive(
            double[] y, int seasonLength, double alpha, double beta, double gamma, int horizon) {
        return holtWinters(y, seasonLength, alpha, beta, gamma, false, horizon);
    }

    /** Multiplicative Holt-Winters with the "simple" initial states built from the first two seasons. */
    public static double[] holtWintersMultiplicative(
            double[] y, int seasonLength, double alpha, double beta, double gamma, int horizon) {
        return holtWinters(y, seasonLength, alpha, beta, gamma, true, horizon);
    }

    private static double[] holtWinters(
            double[] y, int m, double alpha, double beta, double gamma, boolean multiplicative, int horizon) {
        checkSmoothing(alpha, "alpha");
        checkSmoothing(beta, "beta");
        checkSmoothing(gamma, "gamma");
        positive(m, "Season length");
        atLeast(y, 2 * m, "Holt-Winters (two full seasons)");
        SimpleInitialStates init = SimpleInitialStates.of(y, m, multiplicative);
        return run(new SmoothingModels.HoltWinters(alpha, beta, gamma, 1, multiplicative, init.level(), init.trend(),
                init.seasonal()), y, horizon);
    }

    /** Croston with the same α for sizes and intervals, started from the first demand and its position. */
    public static double[] croston(double[] y, double alpha, int horizon) {
        checkSmoothing(alpha, "alpha");
        return run(new IntermittentModels.Croston(alpha, alpha, false, 0, 0, false), y, horizon);
    }

    /** Syntetos–Boylan approximation: Croston times (1 − α/2). */
    public static double[] sba(double[] y, double alpha, int horizon) {
        checkSmoothing(alpha, "alpha");
        return run(new IntermittentModels.Croston(alpha, alpha, true, 0, 0, false), y, horizon);
    }

    /**
     * TSB with the size started at the mean non-zero demand and the probability at the share of periods with
     * demand (zero forecasts for a series without demand).
     */
    public static double[] tsb(double[] y, double alphaSize, double betaProbability, int horizon) {
        checkSmoothing(alphaSize, "alpha");
        checkSmoothing(betaProbability, "beta");
        double sum = 0;
        int demands = 0;
        for (double v : y) {
            if (v != 0) {
                sum += v;
                demands++;
            }
        }
        double size = demands == 0 ? 0 : sum / demands;
        double probability = y.length == 0 ? 0 : (double) demands / y.length;
        return run(new IntermittentModels.Tsb(alphaSize, betaProbability, size, probability), y, horizon);
    }

    /** Theta (SES with l0 = y1, plus half the least-squares slope as drift). */
    public static double[] theta(double[] y, double alpha, int horizon) {
        checkSmoothing(alpha, "alpha");
        return run(new SmoothingModels.Theta(alpha, y[0], Series.slope(y, 0, y.length) / 2), y, horizon);
    }

    static double[] run(StateModel model, double[] y, int horizon) {
        positive(horizon, "Horizon");
        atLeast(y, 1, "A forecast");
        for (double v : y) model.observe(v);
        double[] out = new double[horizon];
        model.forecast(out, horizon);
        return out;
    }

    private static void checkSmoothing(double value, String name) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(
                    "Smoothing parameter " + name + " (" + value + ") must be above 0 and at most 1.");
        }
    }

    private static int positive(int value, String what) {
        if (value < 1) throw new IllegalArgumentException(what + " (" + value + ") must be at least 1.");
        return value;
    }

    private static void atLeast(double[] y, int n, String method) {
        if (y.length < n) {
            throw new IllegalArgumentException(method + " needs at least " + n + " observations; the series has "
                    + y.length + ". Maybe use a simpler method for short histories.");
        }
    }

    /**
     * The "simple" Holt-Winters start: l0 = mean of the first season, b0 = (mean of the second season − l0)/m
     * , s_j = y_j − l0 or y_j / l0.
     */
    record SimpleInitialStates(double level, double trend, double[] seasonal) {
        static SimpleInitialStates of(double[] y, int m, boolean multiplicative) {
            double level = Series.mean(y, 0, m);
            double secondSeason = Series.mean(y, m, 2 * m);
            double trend = (secondSeason - level) / m;
            double[] seasonal = new double[m];
            for (int j = 0; j < m; j++) seasonal[j] = multiplicative ? y[j] / level : y[j] - level;
            return new SimpleInitialStates(level, trend, seasonal);
        }
    }
}
