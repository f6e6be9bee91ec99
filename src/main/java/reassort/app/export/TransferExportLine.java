package reassort.app.export;

import java.time.LocalDate;
import reassort.store.TransferKey;

/**
 * One transfer as it leaves Reassort: the planner's quantity when edited, else the computed one, with the product's
 * label, pack size and unit cost.
 *
 * @param packSize the product's pack size, 0 when the product is not known (no packs then)
 * @param shipDate the day of the allocation run that proposed it
 * @param dueDate when the goods are expected at the receiving location (ship date plus the transfer lane)
 * @param reason the planner's edit reason, else why the run proposed it
 */
public record TransferExportLine(
        TransferKey key,
        String fromName,
        String toName,
        String label,
        double quantity,
        int packSize,
        double unitCost,
        LocalDate shipDate,
        LocalDate dueDate,
        String status,
        String reason) {
    public String sku() {
        return key.sku();
    }

    public String from() {
        return key.from();
    }

    public String to() {
        return key.to();
    }

    /** Packs, or NaN when the pack size is not known. */
    public double packs() {
        return packSize > 0 ? quantity / packSize : Double.NaN;
    }

    public double value() {
        return quantity * unitCost;
    }
}
