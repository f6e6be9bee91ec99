package reassort.app.allocation;

import java.util.List;
import reassort.store.AllocationEdit;
import reassort.store.AllocationKey;
import reassort.store.AuditEntry;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoredAllocation;
import reassort.store.StoredTransfer;
import reassort.store.TransferEdit;
import reassort.store.TransferKey;

/**
 * The use case "review allocations and transfers": the planner filters the stored allocation and transfer proposals,
 * edits their quantities, approves, rejects or resets them one by one or in bulk, and reads who changed what. Every
 * change is all or nothing, audited, and kept across a new allocation run like an order proposal's.
 */
public final class AllocationReview {
    private final Store store;

    public AllocationReview(Store store) {
        if (store == null) throw new IllegalArgumentException("Store is missing.");
        this.store = store;
    }

    /** Whether an allocation run has stored proposals to review. */
    public boolean hasRun() {
        return store.allocations().latestRun().isPresent();
    }

    // ---- allocations ---------------------------------------------------------------------------------------------

    /** The allocations the filter matches, by SKU, location and channel. */
    public List<StoredAllocation> allocations(AllocationFilter filter) {
        return store.allocations().allocations().stream().filter(filter).toList();
    }

    /** Planners' quantities for allocations (status EDITED), all or nothing, audited. */
    public int edit(List<AllocationEdit> edits) {
        return store.allocations().editAllocations(edits);
    }

    /** Approves, rejects or resets these allocations, all or nothing, audited; {@code reason} may be null. */
    public int setStatus(List<AllocationKey> keys, ProposalStatus status, String reason) {
        return store.allocations().setAllocationStatuses(keys, status, reason);
    }

    /**
     * Approves, rejects or resets every allocation the filter matches. Unless the filter names statuses, exported
     * allocations and those already in {@code status} are left alone.
     *
     * @return how many allocations changed
     */
    public int setStatus(AllocationFilter filter, ProposalStatus status, String reason) {
        List<AllocationKey> keys = allocations(filter).stream()
                .filter(a -> !filter.anyStatus() || eligible(a.status(), status))
                .map(AllocationKey::of).toList();
        return setStatus(keys, status, reason);
    }

    /** Who changed the allocations of SKU at a location (one channel, or all when null), oldest first. */
    public List<AuditEntry> allocationTrail(String sku, String location, String channel) {
        return store.allocations().allocationTrail(sku, location, channel);
    }

    // ---- transfers -----------------------------------------------------------------------------------------------

    /** The transfers the filter matches, by SKU, then from and to. */
    public List<StoredTransfer> transfers(TransferFilter filter) {
        return store.allocations().transfers().stream().filter(filter).toList();
    }

    /** Planners' quantities for transfers (status EDITED), all or nothing, audited. */
    public int editTransfers(List<TransferEdit> edits) {
        return store.allocations().editTransfers(edits);
    }

    /** Approves, rejects or resets these transfers, all or nothing, audited; {@code reason} may be null. */
    public int setTransferStatus(List<TransferKey> keys, ProposalStatus status, String reason) {
        return store.allocations().setTransferStatuses(keys, status, reason);
    }

    /** As {@link #setStatus(AllocationFilter, ProposalStatus, String)}, for transfers. */
    public int setTransferStatus(TransferFilter filter, ProposalStatus status, String reason) {
        List<TransferKey> keys = transfers(filter).stream()
                .filter(t -> !filter.anyStatus() || eligible(t.status(), status))
                .map(TransferKey::of).toList();
        return setTransferStatus(keys, status, reason);
    }

    /** Who changed the transfers of SKU leaving or reaching a location (only those with {@code other} when given). */
    public List<AuditEntry> transferTrail(String sku, String location, String other) {
        return store.allocations().transferTrail(sku, location, other);
    }

    // ---- totals --------------------------------------------------------------------------------------------------

    /**
     * What a list of allocations adds up to.
     *
     * @param computed the units the latest run computed
     * @param allocated the units that will ship: the planner's quantity where edited, nothing for a rejected line
     * @param shortLines lines allocated less than they need
     */
    public record AllocationTotals(int lines, double need, double computed, double allocated, int rejected, int scarce,
            int shortLines) {
        public static AllocationTotals of(List<StoredAllocation> allocations) {
            double need = 0;
            double computed = 0;
            double allocated = 0;
            int rejected = 0;
            int scarce = 0;
            int shortLines = 0;
            for (StoredAllocation a : allocations) {
                need += a.need();
                computed += a.quantity();
                if (a.status() == ProposalStatus.REJECTED) rejected++;
                else allocated += a.effectiveQuantity();
                if (a.scarce()) scarce++;
                if (AllocationFilter.isShort(a)) shortLines++;
            }
            return new AllocationTotals(allocations.size(), need, computed, allocated, rejected, scarce, shortLines);
        }
    }

    /**
     * What a list of transfers adds up to.
     *
     * @param moved the units that will move: the planner's quantity where edited, nothing for a rejected transfer
     * @param benefit the computed benefit of the transfers not rejected
     * @param cost the computed cost of the transfers not rejected
     */
    public record TransferTotals(int transfers, double computed, double moved, int rejected, double benefit, double cost) {
        public static TransferTotals of(List<StoredTransfer> transfers) {
            double computed = 0;
            double moved = 0;
            int rejected = 0;
            double benefit = 0;
            double cost = 0;
            for (StoredTransfer t : transfers) {
                computed += t.quantity();
                if (t.status() == ProposalStatus.REJECTED) {
                    rejected++;
                    continue;
                }
                moved += t.effectiveQuantity();
                benefit += t.benefit();
                cost += t.cost();
            }
            return new TransferTotals(transfers.size(), computed, moved, rejected, benefit, cost);
        }

        public double netBenefit() {
            return benefit - cost;
        }
    }

    private static boolean eligible(ProposalStatus current, ProposalStatus target) {
        return current != ProposalStatus.EXPORTED && current != target;
    }
}
