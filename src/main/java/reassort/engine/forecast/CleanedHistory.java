package reassort.engine.forecast;

import java.util.Arrays;

/**
 * A history made fit for estimating the baseline: promoted periods replaced by the baseline estimated from their
 * clean neighbours, stockout periods by at least that baseline (their sales are only a lower bound of demand).
 * Immutable; the accessors return copies. A class rather than a record so that a batch does not copy every
 * history several times (the cleaner hands over arrays it no longer touches).
 */
public final class CleanedHistory {
    private final double[] demand;
    private final double[] baseline;
    private final double[] uplift;
    private final int promotedPeriods;
    private final int censoredPeriods;
    private final double promotedSales;
    private final double promotedBaseline;

    private CleanedHistory(double[] demand, double[] baseline, double[] uplift, int promotedPeriods,
            int censoredPeriods, double promotedSales, double promotedBaseline) {
        this.demand = demand;
        this.baseline = baseline;
        this.uplift = uplift;
        this.promotedPeriods = promotedPeriods;
        this.censoredPeriods = censoredPeriods;
        this.promotedSales = promotedSales;
        this.promotedBaseline = promotedBaseline;
    }

    /** A history with nothing to clean: its demand as is (the history's own immutable array), no uplift. */
    static CleanedHistory unchanged(double[] demand) {
        // No baseline or uplift arrays until asked for: most histories have no flags, and a batch would fill two
        // NaN arrays as long as the whole history per series only to drop them.
        return new CleanedHistory(demand, null, null, 0, 0, 0, 0);
    }

    /** Takes ownership of the arrays: the caller must not change them afterwards. */
    static CleanedHistory owning(double[] demand, double[] baseline, double[] uplift, int promotedPeriods,
            int censoredPeriods, double promotedSales, double promotedBaseline) {
        return new CleanedHistory(demand, baseline, uplift, promotedPeriods, censoredPeriods, promotedSales,
                promotedBaseline);
    }

    /** The cleaned demand the methods are fitted on. */
    public double[] demand() {
        return demand.clone();
    }

    /** The baseline estimate of each promoted or censored period (NaN elsewhere or without a clean neighbour). */
    public double[] baseline() {
        return baseline == null ? nothing() : baseline.clone();
    }

    /** Actual / baseline of each promoted period with stock (NaN elsewhere): the promotion's lift. */
    public double[] uplift() {
        return uplift == null ? nothing() : uplift.clone();
    }

    private double[] nothing() {
        double[] none = new double[demand.length];
        Arrays.fill(none, Double.NaN);
        return none;
    }

    public int promotedPeriods() {
        return promotedPeriods;
    }

    public int censoredPeriods() {
        return censoredPeriods;
    }

    /** Total actual sales of the promoted periods that have an uplift. */
    public double promotedSales() {
        return promotedSales;
    }

    /**
     * Total baseline of those same periods; {@code promotedSales / promotedBaseline} is this series' pooled
     * uplift, and sums of both over a channel × category give that group's uplift.
     */
    public double promotedBaseline() {
        return promotedBaseline;
    }

    /** Ratio of promoted sales to their baseline over this series; NaN without a measurable promotion. */
    public double pooledUplift() {
        return promotedBaseline > 0 ? promotedSales / promotedBaseline : Double.NaN;
    }

    double[] demandView() {
        return demand;
    }

    @Override
    public String toString() {
        return "CleanedHistory[" + demand.length + " periods, " + promotedPeriods + " promoted, " + censoredPeriods
                + " censored]";
    }
}
