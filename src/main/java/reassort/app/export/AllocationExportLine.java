package reassort.app.export;

import java.time.LocalDate;
import reassort.store.AllocationKey;

/**
 * One allocation of a source warehouse's (or hub's) stock to a destination location and channel as it leaves
 * Reassort: the planner's quantity when edited, else the computed one.
 *
 * @param packSize the product's pack size, 0 when the product is not known (no packs then)
 * @param scarce whether the source's supply did not cover every need of the SKU
 * @param reason the planner's edit reason, empty when not edited
 * @param allocationDay the day of the allocation run that made it (null when not known)
 */
public record AllocationExportLine(
        AllocationKey key,
        String source,
        String sourceName,
        String label,
        int priority,
        double need,
        double quantity,
        int packSize,
        double unitCost,
        boolean scarce,
        String status,
        String reason,
        LocalDate allocationDay) {
    public String sku() {
        return key.sku();
    }

    public String destination() {
        return key.location();
    }

    public String channel() {
        return key.channel();
    }

    /** Packs, or NaN when the pack size is not known. */
    public double packs() {
        return packSize > 0 ? quantity / packSize : Double.NaN;
    }

    public double value() {
        return quantity * unitCost;
    }
}
