package reassort.store;

import java.time.Instant;
import reassort.domain.Require;

/** The current transfer proposal of one SKU between two locations, computed part and planner's edit apart. */
public record StoredTransfer(
        long runId,
        String sku,
        String from,
        String to,
        double quantity,
        double benefit,
        double cost,
        String explanation,
        ProposalStatus status,
        double editedQuantity,
        String editReason,
        Instant editedAt) {
    public StoredTransfer {
        sku = Require.code(sku, "SKU");
        from = Require.code(from, "Location a transfer of " + sku + " leaves");
        to = Require.code(to, "Location a transfer of " + sku + " goes to");
        explanation = explanation == null ? "" : explanation;
        status = status == null ? ProposalStatus.PROPOSED : status;
    }

    public double effectiveQuantity() {
        return Double.isNaN(editedQuantity) ? quantity : editedQuantity;
    }

    public boolean isEdited() {
        return !Double.isNaN(editedQuantity);
    }
}
