package reassort.store;

import reassort.domain.Require;

/**
 * The promotion uplift of one channel × category pooled over a forecast run's cleaned histories: units sold in
 * promoted weeks over the baseline those weeks would have sold (estimated from their clean neighbours).
 *
 * @param series series with at least one measurable promoted week
 */
public record PromotionUplift(String channel, String category, long series, long promotedWeeks,
        double promotedSales, double baselineSales) {
    public PromotionUplift {
        Require.present(channel, "Channel of a promotion uplift");
        Require.present(category, "Category of a promotion uplift");
    }

    /** Promoted sales / baseline (1.5 = half as much again); NaN without a baseline. */
    public double uplift() {
        return baselineSales > 0 ? promotedSales / baselineSales : Double.NaN;
    }
}
