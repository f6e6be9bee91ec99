package reassort.engine.forecast;

/**
 * A history made fit for estimating the baseline: promoted periods replaced by the baseline estimated from their
 * clean neighbours, stockout periods by at least that baseline (their sales are only a lower bound of demand).
 *
 * @param demand the cleaned demand the methods are fitted on
 * @param baseline the baseline estimate of each promoted or censored period (NaN elsewhere or when no clean
 *     neighbour exists)
 * @param uplift actual / baseline of each promoted period with stock (NaN elsewhere): the promotion's lift
 * @param promotedSales total actual sales of the promoted periods that have an uplift
 * @param promotedBaseline total baseline of those same periods; {@code promotedSales / promotedBaseline} is this
 *     series' pooled uplift, and sums of both over a channel × category give that group's uplift
 */
public record CleanedHistory(
        double[] demand,
        double[] baseline,
        double[] uplift,
        int promotedPeriods,
        int censoredPeriods,
        double promotedSales,
        double promotedBaseline) {

    public CleanedHistory {
        demand = demand.clone();
        baseline = baseline.clone();
        uplift = uplift.clone();
    }

    /** Ratio of promoted sales to their baseline over this series; NaN without a measurable promotion. */
    public double pooledUplift() {
        return promotedBaseline > 0 ? promotedSales / promotedBaseline : Double.NaN;
    }

    @Override
    public double[] demand() {
        return demand.clone();
    }

    @Override
    public double[] baseline() {
        return baseline.clone();
    }

    @Override
    public double[] uplift() {
        return uplift.clone();
    }

    double[] demandView() {
        return demand;
    }
}
