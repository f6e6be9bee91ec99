package reassort.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reassort.store.AllocationEdit;
import reassort.store.AuditEntry;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoredAllocation;
import reassort.store.StoredTransfer;
import reassort.store.TransferEdit;

class AllocationReviewTest {
    private static final Instant NOW = Instant.parse("2026-11-16T08:00:00Z");
    private final Store store = Store.inMemory(Clock.fixed(NOW, ZoneOffset.UTC));
    private final AllocationReview review = new AllocationReview(store);

    private static StoredAllocation line(String sku, String location, String channel, String source, double need,
            double quantity, boolean scarce) {
        return new StoredAllocation(0, sku, location, channel, source, 1, need, 0, 1, 10, quantity, scarce, "", null,
                Double.NaN, null, null);
    }

    private static StoredTransfer transfer(String sku, String from, String to, double quantity, double benefit, double cost) {
        return new StoredTransfer(0, sku, from, to, quantity, benefit, cost, "", null, Double.NaN, null, null);
    }

    @BeforeEach
    void allocated() {
        store.allocations().saveRun(LocalDate.of(2026, 11, 16), 1, List.of(
                line("A", "MAG-1", "STORE", "WH", 6, 4, true),
                line("A", "MAG-2", "STORE", "WH", 3, 3, true),
                line("A", "WH", "WEB", "WH", 2, 1, true),
                line("B", "MAG-1", "STORE", "HUB", 5, 5, false),
                line("B", "MAG-1", "CC", "HUB", 1, 1, false)), List.of(
                transfer("A", "MAG-3", "MAG-1", 2, 30, 10),
                transfer("B", "MAG-1", "MAG-2", 3, 20, 12),
                transfer("B", "MAG-3", "MAG-2", 1, 8, 9)), 1, 5);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRerunReadsOnlyThePlannersDecisionsWithoutTheirText() {
        store.allocations().setAllocationStatus("A", "MAG-1", "STORE", ProposalStatus.REJECTED, "closed");
        store.allocations().editAllocation("B", "MAG-1", "CC", 4, "event");
        store.allocations().setTransferStatus("B", "MAG-1", "MAG-2", ProposalStatus.APPROVED, null);
        store.allocations().setTransferStatus("A", "MAG-3", "MAG-1", ProposalStatus.REJECTED, "no truck");

        assertThat(store.allocations().decidedAllocations(null))
                .extracting(StoredAllocation::sku, StoredAllocation::location, StoredAllocation::channel, StoredAllocation::status,
                        StoredAllocation::effectiveQuantity, StoredAllocation::explanation)
                .containsExactlyInAnyOrder(tuple("A", "MAG-1", "STORE", ProposalStatus.REJECTED, 4.0, ""),
                        tuple("B", "MAG-1", "CC", ProposalStatus.EDITED, 4.0, ""));
        assertThat(store.allocations().decidedAllocations(List.of("B"))).extracting(StoredAllocation::channel)
                .containsExactly("CC");
        assertThat(store.allocations().decidedTransfers(null)).extracting(StoredTransfer::sku, StoredTransfer::status)
                .containsExactlyInAnyOrder(tuple("B", ProposalStatus.APPROVED), tuple("A", ProposalStatus.REJECTED));
        assertThat(store.allocations().decidedTransfers(List.of("A", "C"))).extracting(StoredTransfer::from)
                .containsExactly("MAG-3");
    }

    @Test
    void filtersMatchCodesWithoutRegardToCaseAndCombine() {
        assertThat(review.hasRun()).isTrue();
        assertThat(review.allocations(AllocationFilter.all())).hasSize(5);
        assertThat(review.allocations(new AllocationFilter(null, null, "mag-1", null, null, false, false)))
                .extracting(StoredAllocation::sku, StoredAllocation::channel)
                .containsExactly(tuple("A", "STORE"), tuple("B", "CC"), tuple("B", "STORE"));
        assertThat(review.allocations(new AllocationFilter(null, "a", null, "web", "wh", false, false))).hasSize(1);
        assertThat(review.allocations(new AllocationFilter(null, null, null, null, null, true, false))).hasSize(3);
        assertThat(review.allocations(new AllocationFilter(null, null, null, null, null, false, true)))
                .extracting(StoredAllocation::location).containsExactly("MAG-1", "WH");
        assertThat(review.transfers(new TransferFilter(null, null, "mag-2", null, null))).hasSize(2);
        assertThat(review.transfers(new TransferFilter(null, "B", null, "MAG-1", null)))
                .extracting(StoredTransfer::to).containsExactly("MAG-2");
    }

    @Test
    void aPlannersEditThatCoversTheNeedTakesTheLineOutOfTheShortOnesAndARejectionPutsItBack() {
        AllocationFilter shortOnes = new AllocationFilter(null, null, null, null, null, false, true);
        review.edit(List.of(AllocationEdit.of("A", "MAG-1", "STORE", 6, "promised to the store manager")));
        assertThat(review.allocations(shortOnes)).extracting(StoredAllocation::location).containsExactly("WH");

        review.setStatus(new AllocationFilter(Set.of(ProposalStatus.PROPOSED), "B", null, null, null, false, false),
                ProposalStatus.REJECTED, "discontinued");

        assertThat(review.allocations(shortOnes)).extracting(StoredAllocation::sku, StoredAllocation::channel)
                .containsExactly(tuple("A", "WEB"), tuple("B", "CC"), tuple("B", "STORE"));
        AllocationReview.AllocationTotals totals = AllocationReview.AllocationTotals.of(review.allocations(AllocationFilter.all()));
        assertThat(totals).isEqualTo(new AllocationReview.AllocationTotals(5, 17, 14, 10, 2, 3, 3));
    }

    @Test
    void aBulkChangeWithoutStatusesLeavesExportedAndAlreadyChangedLinesAloneButNamedStatusesAreTaken() {
        store.allocations().setAllocationStatus("A", "MAG-2", "STORE", ProposalStatus.EXPORTED, null);
        store.allocations().setAllocationStatus("A", "WH", "WEB", ProposalStatus.APPROVED, null);

        int approved = review.setStatus(new AllocationFilter(null, "A", null, null, null, false, false),
                ProposalStatus.APPROVED, "ok");

        assertThat(approved).isEqualTo(1);
        assertThat(review.allocationTrail("A", "MAG-1", null)).extracting(AuditEntry::action, AuditEntry::reason)
                .containsExactly(tuple("APPROVE", "ok"));
        assertThat(review.allocationTrail("A", "WH", "web")).extracting(AuditEntry::reason).containsExactly((String) null);

        int reset = review.setStatus(new AllocationFilter(Set.of(ProposalStatus.EXPORTED, ProposalStatus.APPROVED), "A",
                null, null, null, false, false), ProposalStatus.PROPOSED, null);

        assertThat(reset).isEqualTo(3);
        assertThat(review.allocations(AllocationFilter.all())).extracting(StoredAllocation::status)
                .containsOnly(ProposalStatus.PROPOSED);
    }

    @Test
    void transfersAreEditedAndRejectedInBulkAndTheirTotalsLeaveRejectedOnesOut() {
        review.editTransfers(List.of(TransferEdit.of("A", "MAG-3", "MAG-1", 1, "half a box")));
        int rejected = review.setTransferStatus(new TransferFilter(null, "B", "MAG-2", null, null), ProposalStatus.REJECTED,
                "no truck this week");

        assertThat(rejected).isEqualTo(2);
        assertThat(AllocationReview.TransferTotals.of(review.transfers(TransferFilter.all())))
                .isEqualTo(new AllocationReview.TransferTotals(3, 6, 1, 2, 30, 10));
        assertThat(review.transferTrail("B", "MAG-2", null)).extracting(AuditEntry::location, AuditEntry::detail,
                AuditEntry::newValue).containsExactly(tuple("MAG-1", "MAG-2", "3 units, REJECTED"),
                tuple("MAG-3", "MAG-2", "1 units, REJECTED"));
        assertThat(review.transferTrail("A", "MAG-1", "MAG-3")).extracting(AuditEntry::action).containsExactly("EDIT");
    }
}
