package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AllocationStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-16T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private final Store store = Store.inMemory(Clock.fixed(NOW, ZoneOffset.UTC));
    private final AllocationStore allocations = store.allocations();

    @AfterEach
    void close() {
        store.close();
    }

    private static StoredAllocation line(String location, String channel, double quantity) {
        return new StoredAllocation(0, "A", location, channel, "WH", 1, 10, 2, 0.5, 20, quantity, true,
                "1. Supply at WH: 20", null, Double.NaN, null, null);
    }

    private static StoredTransfer transfer(String from, String to, double quantity) {
        return new StoredTransfer(0, "A", from, to, quantity, 40, 20, "1. Overstock", null, Double.NaN, null, null);
    }

    @Test
    void rulesRoundTripInTheirOrderAndCanBeReplaced() {
        List<AllocationRuleRow> rules = List.of(
                new AllocationRuleRow("BUFFER", "sfs", "", "Cuisine", "", "store", Double.NaN, 20, Double.NaN, ""),
                new AllocationRuleRow("PRIORITY", "MKP", "", "", "", "", Double.NaN, Double.NaN, Double.NaN, "3"));

        allocations.replaceRules(rules);

        assertThat(allocations.rules()).containsExactlyElementsOf(rules);
        assertThat(allocations.rules().get(0).channel()).isEqualTo("SFS");
        allocations.replaceRules(List.of());
        assertThat(allocations.rules()).isEmpty();
    }

    @Test
    void aRunRoundTripsAndARecomputationKeepsThePlannersEditBesideTheNewQuantity() {
        AllocationRun first = allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "STORE", 6), line("MAG-2", "STORE", 4)),
                List.of(transfer("MAG-3", "MAG-1", 5)), 1, 12);

        assertThat(first.allocationLines()).isEqualTo(2);
        assertThat(allocations.latestRun()).contains(first);
        assertThat(allocations.allocations()).extracting(StoredAllocation::quantity).containsExactly(6.0, 4.0);
        StoredAllocation edited = allocations.editAllocation("A", "MAG-1", "STORE", 8, "shop window display");
        assertThat(edited.status()).isEqualTo(ProposalStatus.EDITED);
        allocations.setTransferStatus("A", "MAG-3", "MAG-1", ProposalStatus.APPROVED, null);

        AllocationRun second = allocations.saveRun(TODAY.plusDays(1), 8, List.of(line("MAG-1", "STORE", 3)), List.of(), 1, 9);

        StoredAllocation kept = allocations.allocations("A", "MAG-1").get(0);
        assertThat(kept.runId()).isEqualTo(second.id());
        assertThat(kept.quantity()).isEqualTo(3);
        assertThat(kept.effectiveQuantity()).isEqualTo(8);
        assertThat(kept.editReason()).isEqualTo("shop window display");
        // MAG-2 dropped (unedited, no longer allocated); the approved transfer stays although the run did not make it
        assertThat(allocations.allocations()).extracting(StoredAllocation::location).containsExactly("MAG-1");
        assertThat(allocations.transfers()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(ProposalStatus.APPROVED);
            assertThat(t.runId()).isEqualTo(first.id());
        });
    }

    @Test
    void editsAndStatusesAreAuditedUnderTheirSubject() {
        allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "CC", 6)), List.of(transfer("MAG-3", "MAG-1", 5)), 1, 12);

        allocations.editAllocation("A", "MAG-1", "CC", 2, "store closed for works");
        allocations.setAllocationStatus("A", "MAG-1", "CC", ProposalStatus.PROPOSED, "works postponed");
        allocations.editTransfer("A", "MAG-3", "MAG-1", 3, "truck space");

        assertThat(store.auditTrail("A", "MAG-1")).extracting(AuditEntry::subject, AuditEntry::detail, AuditEntry::action,
                AuditEntry::oldValue, AuditEntry::newValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ALLOCATION", "CC", "EDIT", "6 units, PROPOSED", "2 units, EDITED"),
                org.assertj.core.groups.Tuple.tuple("ALLOCATION", "CC", "RESET", "2 units, EDITED", "6 units, PROPOSED"));
        assertThat(store.auditTrail("A", "MAG-3")).extracting(AuditEntry::subject, AuditEntry::detail, AuditEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TRANSFER", "MAG-1", "truck space"));
        assertThat(allocations.allocations("A", "MAG-1").get(0).isEdited()).isFalse();
    }

    @Test
    void anEditOfAnUnknownAllocationOrWithoutReasonIsRefusedAndChangesNothing() {
        allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "STORE", 6)), List.of(), 1, 12);

        assertThatThrownBy(() -> allocations.editAllocation("A", "MAG-9", "STORE", 2, "x"))
                .hasMessageContaining("no allocation of SKU A to MAG-9").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> allocations.editAllocation("A", "MAG-1", "STORE", 2, " "))
                .hasMessageContaining("needs a reason");
        assertThat(store.auditTrail("A", "MAG-9")).isEmpty();
        assertThat(allocations.allocations("A", "MAG-1").get(0).status()).isEqualTo(ProposalStatus.PROPOSED);
    }

    @Test
    void aBatchStatusChangeWithAnUnknownKeyChangesNothingAndSaysWhichKey() {
        allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "STORE", 6), line("MAG-2", "STORE", 4)), List.of(), 1, 12);

        assertThatThrownBy(() -> allocations.setAllocationStatuses(List.of(new AllocationKey("A", "MAG-1", "STORE"),
                new AllocationKey("A", "MAG-9", "web")), ProposalStatus.APPROVED, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no allocation of SKU A to MAG-9 × WEB").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> allocations.editTransfers(List.of(TransferEdit.of("A", "MAG-3", "MAG-1", 2, "x"))))
                .hasMessageContaining("no transfer of SKU A from MAG-3 to MAG-1");

        assertThat(allocations.allocations()).extracting(StoredAllocation::status)
                .containsOnly(ProposalStatus.PROPOSED);
        assertThat(store.recentAudit(10)).isEmpty();
    }

    @Test
    void aBatchEditWithAnUnknownKeyOrTheSameKeyTwiceChangesNothing() {
        allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "STORE", 6)), List.of(transfer("MAG-3", "MAG-1", 5)), 1, 12);

        assertThatThrownBy(() -> allocations.editAllocations(List.of(AllocationEdit.of("A", "MAG-1", "STORE", 1, "a"),
                AllocationEdit.of("A", "MAG-1", "STORE", 2, "b")))).hasMessageContaining("edited twice");
        assertThatThrownBy(() -> allocations.editAllocations(List.of(AllocationEdit.of("A", "MAG-1", "STORE", 1, "a"),
                AllocationEdit.of("B", "MAG-1", "STORE", 2, "b")))).hasMessageContaining("no allocation of SKU B");
        assertThatThrownBy(() -> AllocationEdit.of("A", "MAG-1", "STORE", -1, "a")).hasMessageContaining("(-1.0)")
                .hasMessageContaining("Maybe");

        assertThat(allocations.allocations()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ProposalStatus.PROPOSED);
            assertThat(a.isEdited()).isFalse();
        });
        assertThat(store.recentAudit(10)).isEmpty();
    }

    @Test
    void batchChangesWriteOneAuditRowPerChangedRowInOneGo() {
        allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "STORE", 6), line("MAG-1", "WEB", 3), line("MAG-2", "STORE", 4)),
                List.of(transfer("MAG-3", "MAG-1", 5), transfer("MAG-3", "MAG-2", 2)), 1, 12);

        int edited = allocations.editAllocations(List.of(AllocationEdit.of("A", "MAG-1", "STORE", 9, " fair "),
                AllocationEdit.of("A", "MAG-2", "STORE", 0, "closed")));
        int approved = allocations.setAllocationStatuses(List.of(new AllocationKey("A", "MAG-1", "STORE"),
                new AllocationKey("A", "MAG-1", "WEB"), new AllocationKey("A", "MAG-1", "WEB")), ProposalStatus.APPROVED,
                "checked");
        int rejected = allocations.setTransferStatuses(List.of(new TransferKey("A", "MAG-3", "MAG-1"),
                new TransferKey("A", "MAG-3", "MAG-2")), ProposalStatus.REJECTED, "no truck");

        assertThat(edited).isEqualTo(2);
        assertThat(approved).isEqualTo(2);
        assertThat(rejected).isEqualTo(2);
        assertThat(allocations.allocations()).extracting(StoredAllocation::location, StoredAllocation::channel,
                StoredAllocation::status, StoredAllocation::effectiveQuantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MAG-1", "STORE", ProposalStatus.APPROVED, 9.0),
                org.assertj.core.groups.Tuple.tuple("MAG-1", "WEB", ProposalStatus.APPROVED, 3.0),
                org.assertj.core.groups.Tuple.tuple("MAG-2", "STORE", ProposalStatus.EDITED, 0.0));
        assertThat(allocations.transfers()).extracting(StoredTransfer::status).containsOnly(ProposalStatus.REJECTED);
        assertThat(allocations.allocationTrail("A", "MAG-1", "STORE")).extracting(AuditEntry::action,
                AuditEntry::oldValue, AuditEntry::newValue, AuditEntry::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EDIT", "6 units, PROPOSED", "9 units, EDITED", "fair"),
                org.assertj.core.groups.Tuple.tuple("APPROVE", "9 units, EDITED", "9 units, APPROVED", "checked"));
        assertThat(allocations.allocationTrail("A", "MAG-1", null)).hasSize(3);
        assertThat(allocations.transferTrail("A", "MAG-1", null)).singleElement()
                .satisfies(e -> assertThat(e.location()).isEqualTo("MAG-3"));
        assertThat(allocations.transferTrail("A", "MAG-2", "MAG-3")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("2 units, REJECTED"));
        assertThat(allocations.transferTrail("A", "MAG-3", null)).hasSize(2);
        assertThat(store.recentAudit(100)).hasSize(6);
    }

    @Test
    void editedApprovedAndRejectedProposalsSurviveARecomputationWhileUntouchedOnesFollowIt() {
        allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "STORE", 6), line("MAG-2", "STORE", 4), line("MAG-3", "STORE", 5),
                line("MAG-4", "STORE", 2)), List.of(transfer("MAG-5", "MAG-1", 5), transfer("MAG-5", "MAG-2", 3),
                transfer("MAG-5", "MAG-3", 1)), 1, 12);
        allocations.editAllocations(List.of(AllocationEdit.of("A", "MAG-1", "STORE", 8, "window")));
        allocations.setAllocationStatuses(List.of(new AllocationKey("A", "MAG-2", "STORE")), ProposalStatus.APPROVED, null);
        allocations.setAllocationStatuses(List.of(new AllocationKey("A", "MAG-3", "STORE")), ProposalStatus.REJECTED, "no");
        allocations.editTransfers(List.of(TransferEdit.of("A", "MAG-5", "MAG-1", 1, "small van")));
        allocations.setTransferStatuses(List.of(new TransferKey("A", "MAG-5", "MAG-2")), ProposalStatus.REJECTED, "no");

        // the new run recomputes MAG-1..3 and MAG-4, and makes none of the transfers again
        allocations.saveRun(TODAY.plusDays(1), 8, List.of(line("MAG-1", "STORE", 1), line("MAG-2", "STORE", 1),
                line("MAG-3", "STORE", 1), line("MAG-4", "STORE", 1)), List.of(), 1, 9);

        assertThat(allocations.allocations()).extracting(StoredAllocation::location, StoredAllocation::status,
                StoredAllocation::quantity, StoredAllocation::effectiveQuantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MAG-1", ProposalStatus.EDITED, 1.0, 8.0),
                org.assertj.core.groups.Tuple.tuple("MAG-2", ProposalStatus.APPROVED, 1.0, 1.0),
                org.assertj.core.groups.Tuple.tuple("MAG-3", ProposalStatus.REJECTED, 1.0, 1.0),
                org.assertj.core.groups.Tuple.tuple("MAG-4", ProposalStatus.PROPOSED, 1.0, 1.0));
        assertThat(allocations.transfers()).extracting(StoredTransfer::to, StoredTransfer::status,
                StoredTransfer::effectiveQuantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MAG-1", ProposalStatus.EDITED, 1.0),
                org.assertj.core.groups.Tuple.tuple("MAG-2", ProposalStatus.REJECTED, 3.0));
        assertThat(allocations.allocations("A", "MAG-1").get(0).editReason()).isEqualTo("window");
    }
}
