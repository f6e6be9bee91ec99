package reassort.app.workbench;

import reassort.store.StoredAllocation;

/**
 * One allocation as the planner's grid shows it: the share of a source's supply given to a location × channel, what
 * the run computed and the planner's edit apart.
 *
 * @param label the product's label, empty when unknown
 * @param editedQuantity the planner's quantity, NaN when not edited
 * @param reason the planner's reason for the edit, empty when none
 */
public record AllocationRow(
        String sku,
        String label,
        String location,
        String channel,
        String source,
        int priority,
        double need,
        double position,
        double dailyDemand,
        double supply,
        double quantity,
        double editedQuantity,
        boolean scarce,
        PlanStatus status,
        String reason,
        String explanation) {

    /** Which allocation: one SKU to one location and channel. */
    public record Key(String sku, String location, String channel) {
        @Override
        public String toString() {
            return sku + " to " + location + " × " + channel;
        }
    }

    public AllocationRow {
        label = label == null ? "" : label;
        reason = reason == null ? "" : reason;
        explanation = explanation == null ? "" : explanation;
    }

    static AllocationRow of(StoredAllocation a, String label) {
        return new AllocationRow(a.sku(), label, a.location(), a.channel(), a.source(), a.priority(), a.need(),
                a.position(), a.dailyDemand(), a.supply(), a.quantity(), a.editedQuantity(), a.scarce(),
                PlanStatus.of(a.status()), a.editReason(), a.explanation());
    }

    public Key key() {
        return new Key(sku, location, channel);
    }

    public double effectiveQuantity() {
        return Double.isNaN(editedQuantity) ? quantity : editedQuantity;
    }

    public boolean isEdited() {
        return !Double.isNaN(editedQuantity);
    }
}
