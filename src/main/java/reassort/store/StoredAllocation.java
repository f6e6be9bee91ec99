package reassort.store;

import java.time.Instant;
import reassort.domain.Require;

/**
 * The current allocation of one SKU to one location and channel from a source location: what the latest run computed
 * and, in its own fields, the planner's edit (a recomputation replaces the computed fields only).
 *
 * @param editedQuantity the planner's quantity, NaN when not edited
 */
public record StoredAllocation(
        long runId,
        String sku,
        String location,
        String channel,
        String source,
        int priority,
        double need,
        double position,
        double dailyDemand,
        double supply,
        double quantity,
        boolean scarce,
        String explanation,
        ProposalStatus status,
        double editedQuantity,
        String editReason,
        Instant editedAt) {
    public StoredAllocation {
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location of SKU " + sku);
        channel = Require.code(channel, "Channel of SKU " + sku + " at " + location);
        source = Require.code(source, "Source of SKU " + sku + " at " + location);
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
