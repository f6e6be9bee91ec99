package reassort.app.export;

import java.time.LocalDate;
import reassort.store.ProposalKey;

/**
 * One proposal the planner changed in a review file: what the file was written with, what it holds now, and what
 * the store holds now. A conflict means the proposal changed in the store since the file was written (a new plan
 * run, or another edit): applying the change overwrites that, so it is only applied when accepted explicitly.
 *
 * @param row the row in the file as Excel numbers it
 */
public record ReviewChange(
        ProposalKey key,
        long row,
        double exportedQuantity,
        double newQuantity,
        LocalDate exportedDate,
        LocalDate newDate,
        String newReason,
        boolean reasonChanged,
        double currentQuantity,
        LocalDate currentDate,
        boolean conflict,
        String currentStamp) {
    public String sku() {
        return key.sku();
    }

    public String location() {
        return key.location();
    }

    public boolean quantityChanged() {
        return Math.abs(newQuantity - exportedQuantity) > 1e-9;
    }

    public boolean dateChanged() {
        return !newDate.equals(exportedDate);
    }
}
