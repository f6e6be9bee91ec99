package reassort.engine.scenario;

import reassort.engine.policy.OrderConstraints;
import reassort.engine.policy.OrderSizing;
import reassort.engine.policy.PolicyLevels;
import reassort.engine.simulation.InventoryState;
import reassort.engine.simulation.ReplenishmentRule;

/**
 * A proposal's levels replanned at each weekly review on a forecast that moves: the safety stock stays, the
 * expected demand over the protection interval follows the forecast from the review's week. This is what the
 * weekly planning run does, so a promotion's high levels end with the promotion instead of lingering.
 */
final class RollingLevelsRule implements ReplenishmentRule {
    private final PolicyLevels levels;
    private final OrderConstraints constraints;
    private final int reviewPeriods;
    private final double[] cumulative;
    private final double interval;
    private final PolicyLevels[] byPeriod;

    /**
     * @param weeklyMean forecast per period from period 0, long enough for the projection plus the interval
     * @param intervalPeriods the protection interval the levels cover
     */
    RollingLevelsRule(PolicyLevels levels, OrderConstraints constraints, int reviewPeriods, double[] weeklyMean,
            double intervalPeriods) {
        this.levels = levels;
        this.constraints = constraints;
        this.reviewPeriods = reviewPeriods;
        this.cumulative = new double[weeklyMean.length + 1];
        for (int t = 0; t < weeklyMean.length; t++) cumulative[t + 1] = cumulative[t] + weeklyMean[t];
        this.interval = intervalPeriods;
        this.byPeriod = new PolicyLevels[weeklyMean.length];
    }

    @Override
    public double order(InventoryState state) {
        int t = state.period();
        if (t % reviewPeriods != 0) return 0;
        return OrderSizing.quantity(levelsAt(t), state.inventoryPosition(), constraints);
    }

    /** The levels of period t's review, made once per period (every replication of an item reviews the same weeks). */
    private PolicyLevels levelsAt(int t) {
        if (t == 0) return levels;
        if (t >= byPeriod.length) return shifted(t);
        PolicyLevels now = byPeriod[t];
        if (now == null) {
            now = shifted(t);
            byPeriod[t] = now;
        }
        return now;
    }

    private PolicyLevels shifted(int t) {
        double shift = demandOver(t, interval) - demandOver(0, interval);
        return new PolicyLevels(levels.kind(), levels.reorderPoint() + shift, levels.orderUpTo() + shift,
                levels.fixedQuantity());
    }

    /** Forecast demand from period {@code from} over {@code periods} periods (fractional last period pro rata). */
    private double demandOver(int from, double periods) {
        double end = from + periods;
        int whole = (int) Math.floor(end);
        double total = at(whole) - at(from);
        double fraction = end - whole;
        if (fraction > 0) total += fraction * (at(whole + 1) - at(whole));
        return total;
    }

    private double at(int index) {
        int last = cumulative.length - 1;
        if (index <= last) return cumulative[index];
        double lastWeek = last == 0 ? 0 : cumulative[last] - cumulative[last - 1];
        return cumulative[last] + (index - last) * lastWeek;
    }

    @Override
    public double initialStock() {
        return levels.orderUpTo();
    }
}
