package reassort.store;

/**
 * A planner's quantity for one allocation proposal.
 *
 * @param quantity the units to allocate instead of the computed ones, zero or more
 * @param reason why: required
 */
public record AllocationEdit(AllocationKey key, double quantity, String reason) {
    public AllocationEdit {
        if (key == null) throw new IllegalArgumentException("An allocation edit needs the SKU, location and channel it changes.");
        reason = QuantityEdits.check(quantity, reason, "the allocation of SKU " + key);
    }

    public static AllocationEdit of(String sku, String location, String channel, double quantity, String reason) {
        return new AllocationEdit(new AllocationKey(sku, location, channel), quantity, reason);
    }
}
