package reassort.engine.simulation;

import reassort.domain.Require;
import reassort.engine.policy.OrderConstraints;
import reassort.engine.policy.OrderSizing;
import reassort.engine.policy.PolicyLevels;
import reassort.engine.policy.Proposal;

/**
 * Replays policy levels with the engine's own order sizing (pack rounding, MOQ, maximum stock), reviewing every
 * {@code reviewPeriods} periods — so what is simulated is what the engine proposes.
 */
public record LevelsRule(PolicyLevels levels, OrderConstraints constraints, int reviewPeriods) implements ReplenishmentRule {
    public LevelsRule {
        Require.present(levels, "Policy levels");
        Require.present(constraints, "Order constraints");
        Require.positive(reviewPeriods, "Review period in periods");
    }

    /** The rule of a proposal, reviewed every review period of its protection interval (rounded to whole periods). */
    public static LevelsRule of(Proposal proposal) {
        int review = (int) Math.max(1, Math.round(proposal.interval().reviewPeriods()));
        return new LevelsRule(proposal.levels(), proposal.constraints(), review);
    }

    /** A plain min/max in units, reviewed every {@code reviewPeriods}, without pack constraints. */
    public static LevelsRule minMax(double min, double max, int reviewPeriods) {
        return new LevelsRule(PolicyLevels.minMax(min, max), OrderConstraints.none(), reviewPeriods);
    }

    @Override
    public double order(InventoryState state) {
        if (state.period() % reviewPeriods != 0) return 0;
        return OrderSizing.quantity(levels, state.inventoryPosition(), constraints);
    }

    @Override
    public double initialStock() {
        return levels.orderUpTo();
    }
}
