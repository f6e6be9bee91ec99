package reassort.engine.policy;

import java.util.ArrayList;
import java.util.List;

/** A proposal being built within one run: the quantity may still move with the minimum-order-value rule. */
final class LineDraft {
    final Proposal proposal;
    final OrderConstraints constraints;
    final double meanPerPeriod;
    final double minimumOrderValue;
    final Explanation.Builder steps;
    final List<Flag> flags;
    double quantity;

    LineDraft(Proposal proposal, Explanation.Builder steps, OrderConstraints constraints, double meanPerPeriod,
            double minimumOrderValue) {
        this.proposal = proposal;
        this.constraints = constraints;
        this.meanPerPeriod = meanPerPeriod;
        this.minimumOrderValue = minimumOrderValue;
        this.steps = steps;
        this.flags = new ArrayList<>(proposal.flags());
        this.quantity = proposal.orderQuantity();
    }

    double position() {
        return proposal.position().value();
    }

    double cover() {
        return (position() + quantity) / meanPerPeriod;
    }

    double unitCost() {
        return proposal.unitCost();
    }

    /** The next addition in units: one pack, or the MOQ in whole packs for a line that orders nothing yet. */
    double nextAddition() {
        int pack = constraints.pack().units();
        if (quantity > 0) return pack;
        double moq = constraints.minimumOrderQuantity();
        return Math.max(pack, moq <= 0 ? 0 : PackRounding.up().round(moq, pack));
    }

    boolean canTake(double addition, double coverCap) {
        if ((position() + quantity + addition) / meanPerPeriod > coverCap + 1e-9) return false;
        if (constraints.hasMaximumStock() && position() + quantity + addition > constraints.maximumStock() + 1e-9) {
            return false;
        }
        return !(constraints.rounding() instanceof PackRounding.NeverExceed n) || quantity + addition <= n.maximumUnits() + 1e-9;
    }
}
