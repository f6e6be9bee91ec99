package reassort.engine.forecast;

/**
 * Seasonal profiles to lend to series too short to show their own seasonality: estimated from a longer series
 * (typically the category's total, which adds many short series on the same calendar) and aligned to the series
 * that borrows them. A profile is multiplicative (indices with mean 1); {@code profile[t % m]} applies to period t
 * of the series it was estimated on.
 */
public final class SeasonalProfiles {
    /** Lowest index kept: a zero index would make a season unforecastable and adjusted demand infinite. */
    static final double MIN_INDEX = 0.01;

    private SeasonalProfiles() {}

    /** Classical-decomposition indices of {@code series} (two full seasons at least, non-negative values). */
    public static double[] estimate(double[] series, int seasonLength) {
        if (seasonLength < 2) {
            throw new IllegalArgumentException("A seasonal profile needs a season of 2 periods or more, not "
                    + seasonLength + ".");
        }
        for (double v : series) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("A seasonal profile needs demand of zero or more, not " + v + ".");
            }
        }
        int from = Math.max(0, series.length - Forecaster.MAX_SEASONS_FOR_INDICES * seasonLength);
        double[] indices = Seasonality.classicalIndices(series, from, series.length, seasonLength, true);
        double sum = 0;
        for (int j = 0; j < indices.length; j++) {
            indices[j] = Math.max(MIN_INDEX, Double.isFinite(indices[j]) ? indices[j] : 1);
            sum += indices[j];
        }
        for (int j = 0; j < indices.length; j++) indices[j] *= indices.length / sum;
        return indices;
    }

    /**
     * The profile for a series whose first period is {@code offset} periods after the first period of the series
     * the profile was estimated on (negative when it starts earlier).
     */
    public static double[] align(double[] profile, int offset) {
        int m = profile.length;
        double[] aligned = new double[m];
        for (int j = 0; j < m; j++) aligned[j] = profile[Math.floorMod(j + offset, m)];
        return aligned;
    }
}
