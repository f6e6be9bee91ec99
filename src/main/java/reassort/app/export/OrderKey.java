package reassort.app.export;

import reassort.store.ProposalKey;

/** Which proposal a planner selected for export: one SKU at one location (the UI's view of a store key). */
public record OrderKey(String sku, String location) {
    ProposalKey toStore() {
        return new ProposalKey(sku, location);
    }
}
