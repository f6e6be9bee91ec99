package reassort.engine.kpi;

/** Small sums shared by the KPI calculator and the exception detector. */
final class KpiMath {
    private KpiMath() {}

    /** Mean of the first {@code n} values, NaN when {@code n} is 0. */
    static double mean(double[] values, int n) {
        if (n <= 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += values[i];
        return sum / n;
    }

    /** {@code a / b}, NaN when {@code b} is not positive. */
    static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }
}
