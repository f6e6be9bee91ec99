package reassort.app.workbench;

import reassort.store.StoredTransfer;

/**
 * One transfer proposal as the planner's grid shows it: units moved between two locations, with the projected benefit
 * and the transfer's cost, what the run computed and the planner's edit apart.
 *
 * @param editedQuantity the planner's quantity, NaN when not edited
 * @param reason the planner's reason for the edit, empty when none
 */
public record TransferRow(
        String sku,
        String label,
        String from,
        String to,
        double quantity,
        double editedQuantity,
        double benefit,
        double cost,
        PlanStatus status,
        String reason,
        String explanation) {

    /** Which transfer: one SKU from one location to another. */
    public record Key(String sku, String from, String to) {
        @Override
        public String toString() {
            return sku + " from " + from + " to " + to;
        }
    }

    public TransferRow {
        label = label == null ? "" : label;
        reason = reason == null ? "" : reason;
        explanation = explanation == null ? "" : explanation;
    }

    static TransferRow of(StoredTransfer t, String label) {
        return new TransferRow(t.sku(), label, t.from(), t.to(), t.quantity(), t.editedQuantity(), t.benefit(), t.cost(),
                PlanStatus.of(t.status()), t.editReason(), t.explanation());
    }

    public Key key() {
        return new Key(sku, from, to);
    }

    public double effectiveQuantity() {
        return Double.isNaN(editedQuantity) ? quantity : editedQuantity;
    }

    public boolean isEdited() {
        return !Double.isNaN(editedQuantity);
    }
}
