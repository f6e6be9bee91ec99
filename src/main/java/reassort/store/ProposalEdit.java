package reassort.store;

import java.time.LocalDate;

/**
 * A planner's change to one order proposal.
 *
 * @param quantity the new quantity, NaN to keep the current one
 * @param orderDate the new order date, null to keep the current one
 * @param reason why: required
 */
public record ProposalEdit(ProposalKey key, double quantity, LocalDate orderDate, String reason) {
    public ProposalEdit {
        if (key == null) throw new IllegalArgumentException("A proposal edit needs the SKU and location it changes.");
        if (!Double.isNaN(quantity) && !(quantity >= 0 && quantity < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Edited quantity (" + quantity + ") of SKU " + key.sku() + " at "
                    + key.location() + " must be zero or more. Maybe use 0 to cancel the order.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An edit of SKU " + key.sku() + " at " + key.location()
                    + " needs a reason. Maybe say what the planner knows that the forecast does not.");
        }
        reason = reason.strip();
    }

    public static ProposalEdit of(String sku, String location, double quantity, LocalDate orderDate, String reason) {
        return new ProposalEdit(new ProposalKey(sku, location), quantity, orderDate, reason);
    }
}
