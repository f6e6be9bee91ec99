package reassort.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as the planner's grid lists it: the stored proposal without its explanation text (loaded on demand,
 * see {@link Store#proposalExplanation}), with the product's label, category and pack size beside it. Light enough
 * to hold 100,000 of them.
 *
 * @param label the product's label, empty when the product is no longer in the product list
 * @param packSize the product's pack size, 1 when unknown
 * @param channels the channels whose forecast the proposal's demand adds up (those its location sells the SKU on),
 *     by code; empty when the plan's forecast run is gone or the plan had none
 * @param editedQuantity the planner's quantity, NaN when not edited
 * @param editedOrderDate the planner's order date, null when not edited
 */
public record ProposalRow(
        String sku,
        String location,
        String label,
        String category,
        int packSize,
        String sourceKind,
        String sourceCode,
        String classification,
        double onHand,
        double inTransit,
        double onOrder,
        double reserved,
        double backorders,
        double forecastOverInterval,
        double safetyStock,
        double reorderPoint,
        double orderUpTo,
        double quantity,
        double unitCost,
        LocalDate orderDate,
        LocalDate receiptDate,
        List<String> flags,
        List<String> channels,
        ProposalStatus status,
        double editedQuantity,
        LocalDate editedOrderDate,
        String editReason,
        Instant editedAt) {
    public ProposalRow {
        label = label == null ? "" : label;
        category = category == null ? "" : category;
        packSize = Math.max(1, packSize);
        flags = flags == null ? List.of() : List.copyOf(flags);
        channels = channels == null ? List.of() : List.copyOf(channels);
        status = status == null ? ProposalStatus.PROPOSED : status;
    }

    public ProposalKey key() {
        return new ProposalKey(sku, location);
    }

    /** inventory position = on hand + in transit + on order − reserved − backorders. */
    public double inventoryPosition() {
        return onHand + inTransit + onOrder - reserved - backorders;
    }

    public boolean isEdited() {
        return !Double.isNaN(editedQuantity) || editedOrderDate != null;
    }

    /** The quantity to order: the planner's when edited, else the computed one. */
    public double effectiveQuantity() {
        return Double.isNaN(editedQuantity) ? quantity : editedQuantity;
    }

    public LocalDate effectiveOrderDate() {
        return editedOrderDate == null ? orderDate : editedOrderDate;
    }

    /** The planner's part, as an undo puts it back. */
    public PlannerState plannerState() {
        return new PlannerState(key(), status, editedQuantity, editedOrderDate, editReason, editedAt);
    }
}
