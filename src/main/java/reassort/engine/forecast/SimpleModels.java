package reassort.engine.forecast;

/** The benchmark methods: naive, seasonal naive, moving average, drift and the overall mean. */
final class SimpleModels {
    private SimpleModels() {}

    /** Last value. */
    static final class Naive implements StateModel {
        private double last = Double.NaN;

        @Override
        public void observe(double y) {
            last = y;
        }

        @Override
        public void forecast(double[] out, int h) {
            for (int k = 0; k < h; k++) out[k] = last;
        }
    }

    /** The value one season earlier; before a full season has been seen, the last value. */
    static final class SeasonalNaive implements StateModel {
        private final double[] ring;
        private long count;
        private double last = Double.NaN;

        SeasonalNaive(int seasonLength) {
            ring = new double[seasonLength];
        }

        @Override
        public void observe(double y) {
            ring[(int) (count % ring.length)] = y;
            count++;
            last = y;
        }

        @Override
        public void forecast(double[] out, int h) {
            int m = ring.length;
            if (count < m) {
                for (int k = 0; k < h; k++) out[k] = last;
                return;
            }
            // y[n + k − m·ceil((k+1)/m)]: the same position in the last full season seen
            int slot = (int) (count % m);
            for (int k = 0; k < h; k++) {
                out[k] = ring[slot];
                if (++slot == m) slot = 0;
            }
        }
    }

    /** Mean of the last {@code window} values (of all values while fewer have been seen). */
    static final class MovingAverage implements StateModel {
        private final double[] ring;
        private long count;
        private double sum;

        MovingAverage(int window) {
            ring = new double[window];
        }

        @Override
        public void observe(double y) {
            int slot = (int) (count % ring.length);
            if (count >= ring.length) sum -= ring[slot];
            ring[slot] = y;
            sum += y;
            count++;
            if (slot == ring.length - 1) sum = exactSum(); // stops rounding drift on long series
        }

        private double exactSum() {
            double s = 0;
            for (double v : ring) s += v;
            return s;
        }

        @Override
        public void forecast(double[] out, int h) {
            double mean = sum / Math.min(count, ring.length);
            for (int k = 0; k < h; k++) out[k] = mean;
        }
    }

    /** Random walk with drift: the last value plus the average change from the first value. */
    static final class Drift implements StateModel {
        private double first = Double.NaN;
        private double last = Double.NaN;
        private long count;

        @Override
        public void observe(double y) {
            if (count == 0) first = y;
            last = y;
            count++;
        }

        @Override
        public void forecast(double[] out, int h) {
            double slope = count > 1 ? (last - first) / (count - 1) : 0;
            for (int k = 0; k < h; k++) out[k] = last + (k + 1) * slope;
        }
    }

    /** Mean of everything seen. */
    static final class Mean implements StateModel {
        private double sum;
        private long count;

        @Override
        public void observe(double y) {
            sum += y;
            count++;
        }

        @Override
        public void forecast(double[] out, int h) {
            double mean = sum / count;
            for (int k = 0; k < h; k++) out[k] = mean;
        }
    }
}
