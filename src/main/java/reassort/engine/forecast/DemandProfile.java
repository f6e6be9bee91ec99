package reassort.engine.forecast;

/**
 * The demand pattern of a history: ADI = periods observed per period with demand (censored periods left out),
 * CV² = squared coefficient of variation (population) of the non-zero demand sizes.
 */
public record DemandProfile(double adi, double cv2, int periods, int periodsWithDemand, DemandClass demandClass) {

    public static DemandProfile of(double[] demand) {
        return of(demand, null, 0, demand.length);
    }

    /** Over [from, to), skipping the periods flagged in {@code censored} (may be null). */
    public static DemandProfile of(double[] demand, boolean[] censored, int from, int to) {
        int periods = 0;
        int nonZero = 0;
        double sum = 0;
        double sumSquares = 0;
        for (int t = from; t < to; t++) {
            if (censored != null && censored[t]) continue;
            periods++;
            double y = demand[t];
            if (y != 0) {
                nonZero++;
                sum += y;
                sumSquares += y * y;
            }
        }
        if (nonZero == 0) return new DemandProfile(Double.POSITIVE_INFINITY, 0, periods, 0, DemandClass.NO_DEMAND);
        double adi = (double) periods / nonZero;
        double mean = sum / nonZero;
        double variance = Math.max(0, sumSquares / nonZero - mean * mean);
        double cv2 = mean == 0 ? 0 : variance / (mean * mean);
        return new DemandProfile(adi, cv2, periods, nonZero, DemandClass.of(adi, cv2));
    }
}
