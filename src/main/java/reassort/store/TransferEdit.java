package reassort.store;

/**
 * A planner's quantity for one transfer proposal.
 *
 * @param quantity the units to move instead of the computed ones, zero or more
 * @param reason why: required
 */
public record TransferEdit(TransferKey key, double quantity, String reason) {
    public TransferEdit {
        if (key == null) throw new IllegalArgumentException("A transfer edit needs the SKU and the two locations it changes.");
        reason = QuantityEdits.check(quantity, reason, "the transfer of SKU " + key);
    }

    public static TransferEdit of(String sku, String from, String to, double quantity, String reason) {
        return new TransferEdit(new TransferKey(sku, from, to), quantity, reason);
    }
}
