package reassort.engine.allocation;

import reassort.domain.Require;

/**
 * A planner's decision on a transfer of a SKU that a rerun nets: an edited, approved or exported transfer moves its
 * quantity (counted in both sites' availability), a rejected one is not proposed again.
 *
 * @param quantity units the transfer moves; 0 when rejected
 */
public record TransferDecision(String from, String to, boolean rejected, double quantity) {
    public TransferDecision {
        from = Require.code(from, "Location a decided transfer leaves");
        to = Require.code(to, "Location a decided transfer from " + from + " goes to");
        Require.nonNegative(quantity, "Quantity of the decided transfer from " + from + " to " + to);
        if (rejected) quantity = 0;
    }

    boolean pair(String fromLocation, String toLocation) {
        return from.equals(fromLocation) && to.equals(toLocation);
    }
}
