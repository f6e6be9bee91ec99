package reassort.engine.forecast;

import java.util.Arrays;

/**
 * Cleans a history before fitting. A promoted or stockout period is re-estimated from up to {@link #NEIGHBOURS}
 * clean periods on each side (neither promoted nor censored): their mean, seasonally adjusted when the history
 * carries a seasonal profile. Promoted periods take that baseline (their uplift, actual / baseline, is kept);
 * stockout periods take the larger of their sales and the baseline, since sales during a stockout understate
 * demand but are still demand.
 */
public final class HistoryCleaner {
    static final int NEIGHBOURS = 4;

    private HistoryCleaner() {}

    public static CleanedHistory clean(DemandHistory history) {
        double[] y = history.demand();
        boolean[] promoted = history.promoted();
        boolean[] censored = history.censored();
        double[] profile = history.seasonalProfile();
        int m = history.seasonLength();
        int n = y.length;
        double[] cleaned = y.clone();
        double[] baseline = new double[n];
        double[] uplift = new double[n];
        Arrays.fill(baseline, Double.NaN);
        Arrays.fill(uplift, Double.NaN);
        int promotedPeriods = 0;
        int censoredPeriods = 0;
        double promotedSales = 0;
        double promotedBaseline = 0;
        for (int t = 0; t < n; t++) {
            if (!promoted[t] && !censored[t]) continue;
            if (promoted[t]) promotedPeriods++;
            if (censored[t]) censoredPeriods++;
            double estimate = neighbourBaseline(y, promoted, censored, profile, m, t);
            baseline[t] = estimate;
            if (Double.isNaN(estimate)) continue; // nothing clean around: the sales are all we know
            if (promoted[t]) {
                cleaned[t] = estimate;
                if (!censored[t] && estimate > 0) {
                    uplift[t] = y[t] / estimate;
                    promotedSales += y[t];
                    promotedBaseline += estimate;
                }
            } else {
                cleaned[t] = Math.max(y[t], estimate);
            }
        }
        return new CleanedHistory(cleaned, baseline, uplift, promotedPeriods, censoredPeriods, promotedSales,
                promotedBaseline);
    }

    private static double neighbourBaseline(
            double[] y, boolean[] promoted, boolean[] censored, double[] profile, int m, int t) {
        double sum = 0;
        int count = 0;
        int found = 0;
        for (int i = t - 1; i >= 0 && found < NEIGHBOURS; i--) {
            if (promoted[i] || censored[i]) continue;
            sum += profile == null ? y[i] : y[i] / profile[i % m];
            count++;
            found++;
        }
        found = 0;
        for (int i = t + 1; i < y.length && found < NEIGHBOURS; i++) {
            if (promoted[i] || censored[i]) continue;
            sum += profile == null ? y[i] : y[i] / profile[i % m];
            count++;
            found++;
        }
        if (count == 0) return Double.NaN;
        double level = sum / count;
        return profile == null ? level : level * profile[t % m];
    }
}
