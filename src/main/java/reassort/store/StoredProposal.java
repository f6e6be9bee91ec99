package reassort.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import reassort.domain.Require;

/**
 * The current proposal of one SKU × location as the store keeps it: what the latest plan run computed (with the
 * inventory position's parts and the explanation text) and, in their own fields, the planner's edit. A
 * recomputation replaces the computed fields only.
 *
 * @param sourceKind SUPPLIER or TRANSFER
 * @param quantity the quantity the latest run computed (shown beside an edit)
 * @param flags warnings of the engine, one text each
 * @param explanation the explanation steps as printable text; empty when the plan run stored them as steps (since
 *     schema 14; the app renders those: {@code RunPlan.explanation}, {@code RunPlan.proposal})
 * @param editedQuantity the planner's quantity, NaN when not edited
 * @param editedOrderDate the planner's order date, null when not edited
 * @param editReason why the planner changed it, null when not edited
 * @param editedAt when the planner changed it, null when not edited
 */
public record StoredProposal(
        long planRunId,
        String sku,
        String location,
        String sourceKind,
        String sourceCode,
        String classification,
        String serviceTarget,
        String policy,
        String method,
        double forecastOverInterval,
        double safetyStock,
        double reorderPoint,
        double orderUpTo,
        double onHand,
        double inTransit,
        double onOrder,
        double reserved,
        double backorders,
        double rawNeed,
        double quantity,
        double unitCost,
        LocalDate orderDate,
        LocalDate receiptDate,
        List<String> flags,
        String explanation,
        ProposalStatus status,
        double editedQuantity,
        LocalDate editedOrderDate,
        String editReason,
        Instant editedAt) {
    public StoredProposal {
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location of SKU " + sku);
        Require.present(sourceKind, "Source kind of SKU " + sku + " at " + location);
        Require.present(sourceCode, "Source of SKU " + sku + " at " + location);
        Require.present(orderDate, "Order date of SKU " + sku + " at " + location);
        Require.present(receiptDate, "Receipt date of SKU " + sku + " at " + location);
        flags = flags == null ? List.of() : List.copyOf(flags);
        explanation = explanation == null ? "" : explanation;
        status = status == null ? ProposalStatus.PROPOSED : status;
    }

    /** The same proposal with this explanation text. */
    public StoredProposal withExplanation(String text) {
        return new StoredProposal(planRunId, sku, location, sourceKind, sourceCode, classification, serviceTarget, policy,
                method, forecastOverInterval, safetyStock, reorderPoint, orderUpTo, onHand, inTransit, onOrder, reserved,
                backorders, rawNeed, quantity, unitCost, orderDate, receiptDate, flags, text, status, editedQuantity,
                editedOrderDate, editReason, editedAt);
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

    public double effectiveValue() {
        return effectiveQuantity() * unitCost;
    }
}
