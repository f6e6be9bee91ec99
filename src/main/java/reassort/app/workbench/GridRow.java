package reassort.app.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as the planner's grid shows it: the store's light row (no explanation text) in the screens' own types.
 *
 * @param label the product's label, empty when the product is no longer in the product list
 * @param packSize the product's pack size, 1 when unknown
 * @param channels the channels whose forecast the proposal's demand adds up (those its location sells the SKU on),
 *     by code; empty when the plan's forecast run is gone or the plan had none
 * @param editedQuantity the planner's quantity, NaN when not edited
 * @param editedOrderDate the planner's order date, null when not edited
 */
public record GridRow(
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
        PlanStatus status,
        double editedQuantity,
        LocalDate editedOrderDate,
        String editReason,
        Instant editedAt) {
    public GridRow {
        label = label == null ? "" : label;
        category = category == null ? "" : category;
        packSize = Math.max(1, packSize);
        flags = flags == null ? List.of() : List.copyOf(flags);
        channels = channels == null ? List.of() : List.copyOf(channels);
        status = status == null ? PlanStatus.PROPOSED : status;
    }

    public ItemKey key() {
        return new ItemKey(sku, location);
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

    static GridRow of(reassort.store.ProposalRow r) {
        return new GridRow(r.sku(), r.location(), r.label(), r.category(), r.packSize(), r.sourceKind(),
                r.sourceCode(), r.classification(), r.onHand(), r.inTransit(), r.onOrder(), r.reserved(),
                r.backorders(), r.forecastOverInterval(), r.safetyStock(), r.reorderPoint(), r.orderUpTo(),
                r.quantity(), r.unitCost(), r.orderDate(), r.receiptDate(), r.flags(), r.channels(), PlanStatus.of(r.status()),
                r.editedQuantity(), r.editedOrderDate(), r.editReason(), r.editedAt());
    }
}
