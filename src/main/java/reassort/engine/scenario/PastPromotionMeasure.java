package reassort.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import reassort.engine.forecast.CleanedHistory;
import reassort.engine.forecast.DemandHistory;
import reassort.engine.forecast.HistoryCleaner;

/**
 * Measures past promotions on one series' weekly sales with the forecaster's own cleaning
 * ({@link HistoryCleaner}): the baseline of a promoted week comes from up to 4 clean weeks on each side. The weeks
 * right after a promotion are kept out of the neighbours (their dip would lower the baseline) and get a baseline of
 * their own, which measures the dip.
 */
public final class PastPromotionMeasure {
    private PastPromotionMeasure() {}

    /** The weeks (indices into the history, inclusive) one promotion covered. */
    public record Window(int firstWeek, int lastWeek) {
        public Window {
            if (firstWeek < 0 || lastWeek < firstWeek) {
                throw new IllegalArgumentException("Promotion weeks " + firstWeek + "–" + lastWeek
                        + " must be in order and not before the history.");
            }
        }
    }

    /** Sales and baseline of one promotion's weeks and of the dip weeks after it (zeros when unmeasurable). */
    public record Measured(double promotedSales, double baselineSales, double afterSales, double afterBaseline) {
        public static final Measured NOTHING = new Measured(0, 0, 0, 0);
    }

    /** One result per window, in the windows' order. */
    public static List<Measured> measure(double[] weekly, List<Window> windows, int dipWeeks) {
        int n = weekly.length;
        boolean[] promoted = new boolean[n];
        boolean[] after = new boolean[n];
        for (Window w : windows) {
            for (int t = w.firstWeek(); t <= w.lastWeek() && t < n; t++) promoted[t] = true;
        }
        for (Window w : windows) {
            for (int t = w.lastWeek() + 1; t <= w.lastWeek() + dipWeeks && t < n; t++) after[t] = !promoted[t];
        }
        CleanedHistory cleaned = HistoryCleaner.clean(new DemandHistory(weekly, promoted, after, 1, null));
        double[] baseline = cleaned.baseline();
        List<Measured> results = new ArrayList<>(windows.size());
        for (Window w : windows) {
            double sales = 0;
            double base = 0;
            for (int t = w.firstWeek(); t <= w.lastWeek() && t < n; t++) {
                if (!Double.isFinite(baseline[t])) continue;
                sales += weekly[t];
                base += baseline[t];
            }
            double afterSales = 0;
            double afterBase = 0;
            for (int t = w.lastWeek() + 1; t <= w.lastWeek() + dipWeeks && t < n; t++) {
                if (!after[t] || !Double.isFinite(baseline[t])) continue;
                afterSales += weekly[t];
                afterBase += baseline[t];
            }
            results.add(new Measured(sales, base, afterSales, afterBase));
        }
        return results;
    }
}
