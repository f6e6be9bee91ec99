package reassort.app.export;

import java.util.ArrayList;
import java.util.List;
import reassort.store.AllocationStore;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoredAllocation;
import reassort.store.StoredTransfer;

/**
 * Test fixture: the {@link OrderBook} store plus an allocation run on {@link OrderBook#DAY}. Transfers: MAG-PARIS
 * sends P1 (12 units, packs of 6) and Q1 (edited to 5) to MAG-LYON, MAG-LYON sends the hostile-labelled P2…P7 to
 * MAG-PARIS (1…6 units), all approved; MAG-PARIS → ENTREPOT (Q1, 3 units) stays PROPOSED. Allocations from ENTREPOT:
 * P1 to MAG-PARIS STORE (10 of a need of 12, scarce, priority 1) and WEB at ENTREPOT (2, priority 2, scarce), Q1 to
 * MAG-LYON STORE (4, edited to 6), all approved; Q1 to MAG-PARIS CC (2) stays PROPOSED.
 */
public final class TransferBook {
    private TransferBook() {}

    static Store store() {
        return fill(OrderBook.store());
    }

    public static Store fill(Store store) {
        List<StoredTransfer> transfers = new ArrayList<>();
        transfers.add(transfer("P1", "MAG-PARIS", "MAG-LYON", 12));
        transfers.add(transfer("Q1", "MAG-PARIS", "MAG-LYON", 2));
        for (int i = 0; i < OrderBook.HOSTILE_LABELS.size(); i++) {
            transfers.add(transfer("P" + (i + 2), "MAG-LYON", "MAG-PARIS", 1 + i));
        }
        transfers.add(transfer("Q1", "MAG-PARIS", "ENTREPOT", 3));
        List<StoredAllocation> allocations = List.of(
                allocation("P1", "MAG-PARIS", "STORE", 1, 12, 10, true),
                allocation("P1", "ENTREPOT", "WEB", 2, 5, 2, true),
                allocation("Q1", "MAG-LYON", "STORE", 1, 4, 4, false),
                allocation("Q1", "MAG-PARIS", "CC", 1, 2, 2, false));
        AllocationStore store1 = store.allocations();
        store1.saveRun(OrderBook.DAY, 1, allocations, transfers, 1, 5);
        store1.editTransfer("Q1", "MAG-PARIS", "MAG-LYON", 5, "=cmd|' /C calc'!A0");
        store1.editAllocation("Q1", "MAG-LYON", "STORE", 6, "Opening weekend");
        for (StoredTransfer t : transfers) {
            if (!t.to().equals("ENTREPOT")) store1.setTransferStatus(t.sku(), t.from(), t.to(), ProposalStatus.APPROVED, null);
        }
        for (StoredAllocation a : allocations) {
            if (!a.channel().equals("CC")) {
                store1.setAllocationStatus(a.sku(), a.location(), a.channel(), ProposalStatus.APPROVED, null);
            }
        }
        return store;
    }

    static StoredTransfer transfer(String sku, String from, String to, double quantity) {
        return new StoredTransfer(0, sku, from, to, quantity, 40, 18.5, "1. Overstock", null, Double.NaN, null, null);
    }

    static StoredAllocation allocation(String sku, String location, String channel, int priority, double need,
            double quantity, boolean scarce) {
        return new StoredAllocation(0, sku, location, channel, "ENTREPOT", priority, need, 2, 0.5, 20, quantity, scarce,
                "1. Supply at ENTREPOT: 20", null, Double.NaN, null, null);
    }
}
