package reassort.store;

import reassort.domain.Require;

/** Which transfer proposal: one SKU from one location to another. */
public record TransferKey(String sku, String from, String to) {
    public TransferKey {
        sku = Require.code(sku, "SKU");
        from = Require.code(from, "Location a transfer of " + sku + " leaves");
        to = Require.code(to, "Location a transfer of " + sku + " goes to");
    }

    public static TransferKey of(StoredTransfer t) {
        return new TransferKey(t.sku(), t.from(), t.to());
    }

    @Override
    public String toString() {
        return sku + " from " + from + " to " + to;
    }
}
