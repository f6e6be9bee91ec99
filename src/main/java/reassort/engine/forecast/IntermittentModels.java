package reassort.engine.forecast;

/** Croston, its Syntetos–Boylan correction and Teunter–Syntetos–Babai for intermittent demand. */
final class IntermittentModels {
    private IntermittentModels() {}

    /**
     * Croston: smooth the non-zero demand sizes z and the intervals p between them, forecast z/p (times
     * 1 − α/2 for SBA). Before the first demand, the forecast is zero.
     */
    static final class Croston implements StateModel {
        private final double alphaSize;
        private final double alphaInterval;
        private final double correction;
        private double size;
        private double interval;
        private boolean started;
        private long sinceLastDemand;

        /**
         * @param started whether the initial size and interval are given; when false, they are taken from the
         *     first demand and its position (the {@code forecast::croston} convention)
         */
        Croston(double alphaSize, double alphaInterval, boolean bias, double initialSize, double initialInterval,
                boolean started) {
            this.alphaSize = alphaSize;
            this.alphaInterval = alphaInterval;
            this.correction = bias ? 1 - alphaInterval / 2 : 1;
            this.size = initialSize;
            this.interval = initialInterval;
            this.started = started;
        }

        @Override
        public void observe(double y) {
            sinceLastDemand++;
            if (y == 0) return;
            if (started) {
                size += alphaSize * (y - size);
                interval += alphaInterval * (sinceLastDemand - interval);
            } else {
                size = y;
                interval = sinceLastDemand;
                started = true;
            }
            sinceLastDemand = 0;
        }

        @Override
        public void forecast(double[] out, int h) {
            double f = started ? correction * size / interval : 0;
            for (int k = 0; k < h; k++) out[k] = f;
        }
    }

    /**
     * TSB: the demand probability π is updated every period (π += β(1 − π) on a demand, π −= β·π otherwise),
     * the size only on demand; forecast π·z. Unlike Croston, it decays towards zero when demand stops.
     */
    static final class Tsb implements StateModel {
        private final double alphaSize;
        private final double betaProbability;
        private double size;
        private double probability;

        Tsb(double alphaSize, double betaProbability, double initialSize, double initialProbability) {
            this.alphaSize = alphaSize;
            this.betaProbability = betaProbability;
            this.size = initialSize;
            this.probability = initialProbability;
        }

        @Override
        public void observe(double y) {
            if (y != 0) {
                probability += betaProbability * (1 - probability);
                size += alphaSize * (y - size);
            } else {
                probability -= betaProbability * probability;
            }
        }

        @Override
        public void forecast(double[] out, int h) {
            double f = probability * size;
            for (int k = 0; k < h; k++) out[k] = f;
        }
    }
}
