package reassort.app.workbench;

import reassort.store.ProposalKey;

/** Which proposal: one SKU at one location. */
public record ItemKey(String sku, String location) {
    static ItemKey of(ProposalKey key) {
        return new ItemKey(key.sku(), key.location());
    }

    ProposalKey stored() {
        return new ProposalKey(sku, location);
    }

    @Override
    public String toString() {
        return sku + " at " + location;
    }
}
