package reassort.app.export;

import java.time.LocalDate;
import reassort.store.ProposalKey;

/**
 * One purchase-order line as it leaves Reassort: the planner's quantity and date when edited, else the computed
 * ones, with the product's label, supplier reference, pack size and unit cost.
 *
 * @param dueDate when the goods are expected at the destination (the receipt date, moved with an edited order date)
 */
public record OrderLine(
        ProposalKey key,
        String supplier,
        String supplierName,
        String sku,
        String label,
        String supplierReference,
        double quantity,
        int packSize,
        double unitCost,
        String destination,
        LocalDate orderDate,
        LocalDate dueDate) {
    public double packs() {
        return quantity / packSize;
    }

    public double value() {
        return quantity * unitCost;
    }
}
