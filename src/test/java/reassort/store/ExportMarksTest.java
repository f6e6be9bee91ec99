package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The marking of exported proposals: status, file, time and one audit entry each, all or nothing, in any key order. */
class ExportMarksTest {
    private static final Instant NOW = Instant.parse("2026-11-16T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private final Store store = Store.inMemory(Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void close() {
        store.close();
    }

    private void plan(int skus) {
        try (PlanRunWriter plan = store.beginPlanRun(1, TODAY)) {
            for (int k = 0; k < skus; k++) {
                for (String location : List.of("MAG-1", "MAG-2")) {
                    plan.add(new StoredProposal(0, "S" + k, location, "SUPPLIER", "SUP", "AX", "95 %", "PERIODIC_REVIEW",
                            "NORMAL", 40, 12, Double.NaN, 60, 10, 0, 0, 0, 0, 5 + k, 5 + k, 2, TODAY, TODAY.plusDays(7),
                            List.of(), "", null, Double.NaN, null, null, null));
                }
            }
            plan.commit(0);
        }
    }

    @Test
    void manyOrderProposalsOfSeveralFilesAreMarkedWithTheirOwnFileAndOneAuditEntryEach() {
        plan(300); // above ExportMarks.MANY_KEYS: the planned values come from one scan
        store.editProposals(List.of(new ProposalEdit(new ProposalKey("S7", "MAG-2"), 99, null, "promo")), "EDIT");
        Map<String, List<ProposalKey>> byFile = new LinkedHashMap<>();
        for (String location : List.of("MAG-2", "MAG-1")) { // not in key order
            List<ProposalKey> keys = new ArrayList<>();
            for (int k = 299; k >= 0; k--) keys.add(new ProposalKey("S" + k, location));
            byFile.put("orders-" + location + ".csv", keys);
        }

        assertThat(store.markExported(byFile)).isEqualTo(600);

        assertThat(store.proposals()).allMatch(p -> p.status() == ProposalStatus.EXPORTED);
        assertThat(store.exportMark("S7", "MAG-2")).contains(new ExportMark("orders-MAG-2.csv", NOW));
        assertThat(store.exportMark("S7", "MAG-1")).contains(new ExportMark("orders-MAG-1.csv", NOW));
        List<AuditEntry> trail = store.auditTrail("S7", "MAG-2");
        assertThat(trail).extracting(AuditEntry::action).containsExactly("EDIT", "EXPORT");
        assertThat(trail.get(1).oldValue()).isEqualTo("99 units, order 2026-11-16, EDITED");
        assertThat(trail.get(1).newValue()).isEqualTo("99 units, order 2026-11-16, EXPORTED, file orders-MAG-2.csv");
        assertThat(trail.get(1).subject()).isEqualTo(AuditEntry.ORDER);
        assertThat(store.auditTrail("S250", "MAG-1")).extracting(AuditEntry::action).containsExactly("EXPORT");
    }

    @Test
    void anUnknownProposalAmongManyMarksNothingAndAuditsNothing() {
        plan(150);
        List<ProposalKey> keys = new ArrayList<>();
        for (int k = 0; k < 150; k++) keys.add(new ProposalKey("S" + k, "MAG-1"));
        keys.add(new ProposalKey("S1", "MAG-9"));
        for (int k = 0; k < 150; k++) keys.add(new ProposalKey("S" + k, "MAG-2"));

        assertThatThrownBy(() -> store.markExported(Map.of("a.xlsx", keys.subList(0, 151), "b.xlsx", keys.subList(151, 301))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("S1 at MAG-9").hasMessageContaining("Maybe");

        assertThat(store.proposals()).allMatch(p -> p.status() == ProposalStatus.PROPOSED);
        assertThat(store.exportMark("S0", "MAG-1")).isEmpty();
        assertThat(store.auditTrail("S0", "MAG-1")).isEmpty();
    }

    @Test
    void allocationsAndTransfersAreMarkedAllOrNothingUnderTheirSubject() {
        AllocationStore allocations = store.allocations();
        allocations.saveRun(TODAY, 1, List.of(
                new StoredAllocation(0, "A", "MAG-1", "STORE", "WH", 1, 10, 2, 0.5, 20, 6, true, "", null, Double.NaN, null, null),
                new StoredAllocation(0, "A", "MAG-1", "CC", "WH", 1, 3, 2, 0.5, 20, 3, true, "", null, Double.NaN, null, null)),
                List.of(new StoredTransfer(0, "A", "MAG-3", "MAG-1", 5, 40, 20, "", null, Double.NaN, null, null)), 1, 1);
        AllocationKey store1 = new AllocationKey("A", "MAG-1", "STORE");
        AllocationKey cc = new AllocationKey("A", "MAG-1", "CC");
        TransferKey transfer = new TransferKey("A", "MAG-3", "MAG-1");

        assertThatThrownBy(() -> allocations.markAllocationsExported(Map.of("x.xlsx",
                List.of(store1, new AllocationKey("A", "MAG-1", "WEB"))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no allocation of SKU A to MAG-1 × WEB");
        assertThatThrownBy(() -> allocations.markTransfersExported(Map.of("x.xlsx",
                List.of(transfer, new TransferKey("A", "MAG-1", "MAG-3"))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no transfer of SKU A from MAG-1 to MAG-3");
        assertThat(allocations.allocations()).allMatch(a -> a.status() == ProposalStatus.PROPOSED);
        assertThat(allocations.transfers()).allMatch(t -> t.status() == ProposalStatus.PROPOSED);
        assertThat(store.auditTrail("A", "MAG-1")).isEmpty();

        assertThat(allocations.markAllocationsExported(Map.of("alloc.xlsx", List.of(store1, cc)))).isEqualTo(2);
        assertThat(allocations.markTransfersExported(Map.of("transfers.csv", List.of(transfer)))).isEqualTo(1);

        assertThat(allocations.allocations()).allMatch(a -> a.status() == ProposalStatus.EXPORTED);
        assertThat(allocations.exportMark(cc)).contains(new ExportMark("alloc.xlsx", NOW));
        assertThat(allocations.exportMark(transfer)).contains(new ExportMark("transfers.csv", NOW));
        assertThat(store.auditTrail("A", "MAG-1")).extracting(AuditEntry::subject, AuditEntry::detail, AuditEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditEntry.ALLOCATION, "CC", "3 units, EXPORTED, file alloc.xlsx"),
                        org.assertj.core.groups.Tuple.tuple(AuditEntry.ALLOCATION, "STORE", "6 units, EXPORTED, file alloc.xlsx"));
        assertThat(store.auditTrail("A", "MAG-3")).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo(AuditEntry.TRANSFER);
            assertThat(e.detail()).isEqualTo("MAG-1");
            assertThat(e.oldValue()).isEqualTo("5 units, PROPOSED");
        });
        // a new run starts a new cycle for exported proposals; the last export stays recorded
        allocations.saveRun(TODAY.plusDays(7), 2, List.of(
                new StoredAllocation(0, "A", "MAG-1", "STORE", "WH", 1, 10, 2, 0.5, 20, 4, true, "", null, Double.NaN, null, null)),
                List.of(), 1, 1);
        assertThat(allocations.allocations()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(ProposalStatus.PROPOSED));
        assertThat(allocations.exportMark(store1)).contains(new ExportMark("alloc.xlsx", NOW));
    }

    @Test
    void preparedMarksStayInvisibleUntilCommittedAndVanishWhenDropped() {
        plan(300);
        Map<String, List<ProposalKey>> byFile = Map.of("orders.xlsx",
                List.of(new ProposalKey("S1", "MAG-1"), new ProposalKey("S2", "MAG-2")));

        try (PendingMarks marks = store.prepareMarkExported(byFile, () -> false)) {
            assertThat(marks.count()).isEqualTo(2);
            assertThat(store.proposals()).allMatch(p -> p.status() == ProposalStatus.PROPOSED);
            assertThat(store.auditTrail("S1", "MAG-1")).isEmpty();
        } // dropped: rolled back
        assertThat(store.proposals()).allMatch(p -> p.status() == ProposalStatus.PROPOSED);
        assertThat(store.exportMark("S1", "MAG-1")).isEmpty();
        assertThat(store.auditTrail("S1", "MAG-1")).isEmpty();

        try (PendingMarks marks = store.prepareMarkExported(byFile, () -> false)) {
            assertThat(marks.commit()).isEqualTo(2);
        }
        assertThat(store.proposal("S1", "MAG-1").orElseThrow().status()).isEqualTo(ProposalStatus.EXPORTED);
        assertThat(store.exportMark("S2", "MAG-2")).contains(new ExportMark("orders.xlsx", NOW));
        assertThat(store.auditTrail("S2", "MAG-2")).extracting(AuditEntry::action).containsExactly("EXPORT");
        assertThat(store.proposal("S1", "MAG-2").orElseThrow().status()).isEqualTo(ProposalStatus.PROPOSED);
    }

    @Test
    void aStoppedMarkingMarksNothing() {
        plan(5_001); // 10,002 keys: more than one batch, so the marking asks whether to stop
        List<ProposalKey> keys = new ArrayList<>();
        for (int k = 0; k < 5_001; k++) {
            keys.add(new ProposalKey("S" + k, "MAG-1"));
            keys.add(new ProposalKey("S" + k, "MAG-2"));
        }

        assertThatThrownBy(() -> store.prepareMarkExported(Map.of("orders.xlsx", keys), () -> true))
                .isInstanceOf(reassort.domain.CancelledException.class);

        assertThat(store.proposals()).allMatch(p -> p.status() == ProposalStatus.PROPOSED);
        assertThat(store.auditTrail("S0", "MAG-1")).isEmpty();
    }
}
