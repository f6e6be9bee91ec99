package reassort.engine.allocation;

import java.util.List;
import reassort.domain.Require;

/**
 * One SKU's supply at a source location and the needs competing for it.
 *
 * @param availableNow what the source may give now (its free stock minus its own buffers), whole units
 * @param inbound receipts at the source within the allocation horizon (in transit, confirmed purchase orders)
 * @param needs the locations and channels asking
 * @param decisions the planner's decisions on lines of this SKU × source (on some needs, or on kept lines the run no
 *     longer makes), netted by {@link Allocator}; at most one per location × channel
 */
public record AllocationRequest(String sku, String source, double availableNow, double inbound, List<AllocationNeed> needs,
        List<PlannerDecision> decisions) {
    public AllocationRequest(String sku, String source, double availableNow, double inbound, List<AllocationNeed> needs) {
        this(sku, source, availableNow, inbound, needs, List.of());
    }

    public AllocationRequest {
        sku = Require.code(sku, "SKU");
        source = Require.code(source, "Source location of SKU " + sku);
        Require.nonNegative(availableNow, "Available stock of SKU " + sku + " at " + source);
        Require.nonNegative(inbound, "Inbound receipts of SKU " + sku + " at " + source);
        needs = List.copyOf(needs);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PlannerDecision d : decisions) {
            if (!seen.add(d.location() + '\u0000' + d.channel())) {
                throw new IllegalArgumentException("Two planner's decisions on SKU " + sku + " at " + d.location() + " × "
                        + d.channel() + " from " + source + ". Maybe keep one.");
            }
        }
    }

    /** Units the planner's edited, approved and exported lines hold (taken from the supply before any sharing). */
    public double heldUnits() {
        double total = 0;
        for (PlannerDecision d : decisions) total += d.quantity();
        return total;
    }

    /** Units the planner's decisions hold beyond the supply (0 when they fit). */
    public double overSupply() {
        return Math.max(0, heldUnits() - supply());
    }

    /** Whole units to allocate: available now plus inbound, rounded down. */
    public double supply() {
        return Math.floor(availableNow + inbound + 1e-9);
    }

    public double totalNeed() {
        double total = 0;
        for (AllocationNeed n : needs) total += n.need();
        return total;
    }
}
