package reassort.engine.forecast;

/** The exponential-smoothing filters with fixed parameters and initial states (notation of Hyndman et al.). */
final class SmoothingModels {
    private SmoothingModels() {}

    /** Simple exponential smoothing: l = α·y + (1−α)·l; forecast l. */
    static final class Ses implements StateModel {
        private final double alpha;
        private double level;

        Ses(double alpha, double initialLevel) {
            this.alpha = alpha;
            this.level = initialLevel;
        }

        @Override
        public void observe(double y) {
            level += alpha * (y - level);
        }

        @Override
        public void forecast(double[] out, int h) {
            for (int k = 0; k < h; k++) out[k] = level;
        }

        double level() {
            return level;
        }
    }

    /**
     * Holt's linear trend, damped when φ &lt; 1: l' = α·y + (1−α)(l + φb); b = β(l' − l) + (1−β)·φb;
     * forecast l + (φ + … + φ^k)·b.
     */
    static final class Holt implements StateModel {
        private final double alpha;
        private final double beta;
        private final double phi;
        private double level;
        private double trend;

        Holt(double alpha, double beta, double phi, double initialLevel, double initialTrend) {
            this.alpha = alpha;
            this.beta = beta;
            this.phi = phi;
            this.level = initialLevel;
            this.trend = initialTrend;
        }

        @Override
        public void observe(double y) {
            double damped = phi * trend;
            double newLevel = alpha * y + (1 - alpha) * (level + damped);
            trend = beta * (newLevel - level) + (1 - beta) * damped;
            level = newLevel;
        }

        @Override
        public void forecast(double[] out, int h) {
            double cumulative = 0;
            double power = 1;
            for (int k = 0; k < h; k++) {
                power *= phi;
                cumulative += power;
                out[k] = level + cumulative * trend;
            }
        }
    }

    /**
     * Holt-Winters, additive or multiplicative seasonality, optionally damped. The seasonal states sit in a ring
     * in time order; the oldest one belongs to the next observation.
     */
    static final class HoltWinters implements StateModel {
        private final double alpha;
        private final double beta;
        private final double gamma;
        private final double phi;
        private final boolean multiplicative;
        private final double[] seasonal;
        private int oldest;
        private double level;
        private double trend;

        HoltWinters(double alpha, double beta, double gamma, double phi, boolean multiplicative,
                double initialLevel, double initialTrend, double[] initialSeasonal) {
            this.alpha = alpha;
            this.beta = beta;
            this.gamma = gamma;
            this.phi = phi;
            this.multiplicative = multiplicative;
            this.level = initialLevel;
            this.trend = initialTrend;
            this.seasonal = initialSeasonal.clone();
        }

        @Override
        public void observe(double y) {
            double s = seasonal[oldest];
            double damped = phi * trend;
            double base = level + damped;
            double newLevel;
            double newSeasonal;
            if (multiplicative) {
                newLevel = alpha * (y / s) + (1 - alpha) * base;
                newSeasonal = gamma * (y / base) + (1 - gamma) * s;
            } else {
                newLevel = alpha * (y - s) + (1 - alpha) * base;
                newSeasonal = gamma * (y - base) + (1 - gamma) * s;
            }
            trend = beta * (newLevel - level) + (1 - beta) * damped;
            level = newLevel;
            seasonal[oldest] = newSeasonal;
            oldest = oldest + 1 == seasonal.length ? 0 : oldest + 1;
        }

        @Override
        public void forecast(double[] out, int h) {
            int m = seasonal.length;
            double cumulative = 0;
            double power = 1;
            for (int k = 0; k < h; k++) {
                power *= phi;
                cumulative += power;
                double s = seasonal[(oldest + k) % m];
                double trended = level + cumulative * trend;
                out[k] = multiplicative ? trended * s : trended + s;
            }
        }
    }

    /**
     * Theta method (Hyndman and Billah's form): SES plus half the slope of the linear trend of the fitting
     * sample, with the drift term (k − 1 + (1 − (1−α)^n)/α)·b.
     */
    static final class Theta implements StateModel {
        private final double alpha;
        private final double drift;
        private double level;
        private long count;

        Theta(double alpha, double initialLevel, double drift) {
            this.alpha = alpha;
            this.level = initialLevel;
            this.drift = drift;
        }

        @Override
        public void observe(double y) {
            level += alpha * (y - level);
            count++;
        }

        @Override
        public void forecast(double[] out, int h) {
            double memory = (1 - Math.pow(1 - alpha, count)) / alpha;
            for (int k = 0; k < h; k++) out[k] = level + drift * (k + memory);
        }
    }
}
