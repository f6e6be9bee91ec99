package reassort.store;

import reassort.domain.Require;

/** Which order proposal: one SKU at one location. */
public record ProposalKey(String sku, String location) {
    public ProposalKey {
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location of SKU " + sku);
    }

    @Override
    public String toString() {
        return sku + " at " + location;
    }
}
