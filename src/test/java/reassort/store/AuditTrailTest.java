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

class AuditTrailTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private final Store store = Store.inMemory(Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void close() {
        store.close();
    }

    private static StoredProposal computed(String sku, String location, double quantity) {
        return new StoredProposal(0, sku, location, "SUPPLIER", "SUP1", "AX", "cycle service 98.0 %", "PERIODIC_REVIEW",
                "NORMAL", 40, 12.5, Double.NaN, 52.5, 10, 2, 5, 1, 0, 36.5, quantity, 3.2, DAY, DAY.plusDays(7),
                List.of(), "1. Forecast", null, Double.NaN, null, null, null);
    }

    private void plan(StoredProposal... proposals) {
        try (PlanRunWriter writer = store.beginPlanRun(1, DAY)) {
            for (StoredProposal p : proposals) writer.add(p);
            writer.commit(5);
        }
    }

    @Test
    void everyChangeOfAProposalLeavesWhoWhenOldNewAndWhy() {
        plan(computed("A", "S1", 40));

        store.editProposal("A", "S1", 60, DAY.plusDays(2), "Local fair");
        store.setProposalStatuses(List.of(new ProposalKey("A", "S1")), ProposalStatus.APPROVED, null);
        store.markExported(List.of(new ProposalKey("A", "S1")), "orders-2026-11-22.xlsx");

        List<AuditEntry> trail = store.auditTrail("A", "S1");
        assertThat(trail).extracting(AuditEntry::action).containsExactly("EDIT", "APPROVE", "EXPORT");
        AuditEntry edit = trail.get(0);
        assertThat(edit.actor()).isEqualTo(store.actor()).isNotBlank();
        assertThat(edit.at()).isEqualTo(NOW);
        assertThat(edit.subject()).isEqualTo(AuditEntry.ORDER);
        assertThat(edit.oldValue()).isEqualTo("40 units, order 2026-11-16, PROPOSED");
        assertThat(edit.newValue()).isEqualTo("60 units, order 2026-11-18, EDITED");
        assertThat(edit.reason()).isEqualTo("Local fair");
        assertThat(trail.get(2).newValue()).endsWith("file orders-2026-11-22.xlsx");
        assertThat(store.exportMark("A", "S1")).contains(new ExportMark("orders-2026-11-22.xlsx", NOW));
        assertThat(store.proposal("A", "S1").orElseThrow().status()).isEqualTo(ProposalStatus.EXPORTED);
    }

    @Test
    void aBatchOfEditsIsAllOrNothing() {
        plan(computed("A", "S1", 40), computed("B", "S1", 10));

        assertThatThrownBy(() -> store.editProposals(List.of(ProposalEdit.of("A", "S1", 50, null, "Fair"),
                ProposalEdit.of("Z", "S1", 5, null, "Fair")))).hasMessageContaining("no proposal for SKU Z at S1");

        assertThat(store.proposal("A", "S1").orElseThrow().isEdited()).isFalse();
        assertThat(store.recentAudit(10)).isEmpty();
        assertThat(store.editProposals(List.of(ProposalEdit.of("A", "S1", 50, null, "Fair"),
                ProposalEdit.of("B", "S1", Double.NaN, DAY.plusDays(1), "Truck on Tuesday")))).isEqualTo(2);
        assertThat(store.proposal("B", "S1").orElseThrow().effectiveQuantity()).isEqualTo(10);
        assertThat(store.recentAudit(10)).hasSize(2);
    }

    @Test
    void aDateOnlyEditKeepsAnEarlierQuantityEdit() {
        plan(computed("A", "S1", 40));
        store.editProposal("A", "S1", 55, null, "Fair");

        store.editProposal("A", "S1", Double.NaN, DAY.plusDays(3), "Truck later");

        StoredProposal a = store.proposal("A", "S1").orElseThrow();
        assertThat(a.editedQuantity()).isEqualTo(55);
        assertThat(a.editedOrderDate()).isEqualTo(DAY.plusDays(3));
    }

    @Test
    void aRejectedProposalStaysRejectedAcrossRecomputation() {
        plan(computed("A", "S1", 40));
        store.setProposalStatuses(List.of(new ProposalKey("A", "S1")), ProposalStatus.REJECTED, "Delisted next month");

        plan(computed("A", "S1", 45));

        StoredProposal a = store.proposal("A", "S1").orElseThrow();
        assertThat(a.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(a.quantity()).isEqualTo(45);
        assertThat(store.auditTrail("A", "S1").get(0).reason()).isEqualTo("Delisted next month");
    }

    @Test
    void restoringAPlannerStateUndoesAnEditAndIsAudited() {
        plan(computed("A", "S1", 40));
        PlannerState before = PlannerState.of(store.proposal("A", "S1").orElseThrow());
        store.editProposal("A", "S1", 70, null, "Fair");
        PlannerState after = PlannerState.of(store.proposal("A", "S1").orElseThrow());

        store.restorePlannerStates(List.of(before), "UNDO", null);
        assertThat(store.proposal("A", "S1").orElseThrow()).satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.PROPOSED);
            assertThat(p.effectiveQuantity()).isEqualTo(40);
        });
        store.restorePlannerStates(List.of(after), "REDO", null);

        assertThat(store.proposal("A", "S1").orElseThrow().effectiveQuantity()).isEqualTo(70);
        assertThat(store.auditTrail("A", "S1")).extracting(AuditEntry::action).containsExactly("EDIT", "UNDO", "REDO");
    }

    @Test
    void statusesThatComeFromAnEditOrAnExportAreNotSetDirectly() {
        plan(computed("A", "S1", 40));

        assertThatThrownBy(() -> store.setProposalStatuses(List.of(new ProposalKey("A", "S1")),
                ProposalStatus.EDITED, null)).hasMessageContaining("Maybe use editProposals");
    }

    @Test
    void otherSubjectsRecordTheirChangesInTheSameTrail() {
        store.recordAudit(List.of(new AuditEntry(0, null, null, AuditEntry.TRANSFER, "A", "S2", "from S1", "APPROVE",
                "4 units", "4 units", null)));

        assertThat(store.auditTrail("A", "S2")).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo(AuditEntry.TRANSFER);
            assertThat(e.detail()).isEqualTo("from S1");
            assertThat(e.at()).isEqualTo(NOW);
        });
    }
}
