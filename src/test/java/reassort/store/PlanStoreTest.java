package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reassort.domain.CancelledException;

class PlanStoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private final Store store = Store.inMemory();

    @AfterEach
    void close() {
        Thread.interrupted();
        store.close();
    }

    private static StoredProposal computed(String sku, String location, double quantity) {
        return new StoredProposal(0, sku, location, "SUPPLIER", "SUP1", "AX", "cycle service 98.0 %", "PERIODIC_REVIEW",
                "NORMAL", 40, 12.5, Double.NaN, 52.5, 10, 2, 5, 1, 0, 36.5, quantity, 3.2, DAY, DAY.plusDays(7),
                List.of("Stock snapshot is old"), "1. Forecast over the protection interval: 40 units", null,
                Double.NaN, null, null, null);
    }

    private PlanRun plan(StoredProposal... proposals) {
        try (PlanRunWriter writer = store.beginPlanRun(1, DAY)) {
            for (StoredProposal p : proposals) writer.add(p);
            return writer.commit(5);
        }
    }

    @Test
    void aCommittedRunReadsBackEveryComputedField() {
        PlanRun run = plan(computed("A", "S1", 40), computed("B", "S1", 0));

        assertThat(run.itemCount()).isEqualTo(2);
        assertThat(run.orderLines()).isEqualTo(1);
        assertThat(store.latestPlanRun()).contains(run);
        StoredProposal a = store.proposal("A", "S1").orElseThrow();
        assertThat(a).isEqualTo(new StoredProposal(run.id(), "A", "S1", "SUPPLIER", "SUP1", "AX", "cycle service 98.0 %",
                "PERIODIC_REVIEW", "NORMAL", 40, 12.5, Double.NaN, 52.5, 10, 2, 5, 1, 0, 36.5, 40, 3.2, DAY,
                DAY.plusDays(7), List.of("Stock snapshot is old"), "1. Forecast over the protection interval: 40 units",
                ProposalStatus.PROPOSED, Double.NaN, null, null, null));
        assertThat(a.inventoryPosition()).isEqualTo(16);
        assertThat(store.proposals()).extracting(StoredProposal::sku).containsExactly("A", "B");
    }

    @Test
    void explanationStepsAreStoredAsBytesAndReplaceAnOlderText() {
        plan(computed("A", "S1", 40), computed("B", "S1", 0));
        assertThat(store.proposalExplanation("A", "S1")).contains(
                new StoredExplanation("1. Forecast over the protection interval: 40 units", null));

        byte[] steps = {1, 2, 3, (byte) 0xFF};
        try (PlanRunWriter writer = store.beginPlanRun(1, DAY)) {
            writer.add(computed("A", "S1", 40).withExplanation(""), steps);
            writer.add(computed("B", "S1", 0));
            writer.commit(5);
        }
        StoredExplanation a = store.proposalExplanation("A", "S1").orElseThrow();
        assertThat(a.hasSteps()).isTrue();
        assertThat(a.text()).isNull();
        assertThat(a.steps()).containsExactly(steps);
        assertThat(store.proposal("A", "S1").orElseThrow().explanation()).isEmpty();
        assertThat(store.proposalExplanation("B", "S1").orElseThrow().text()).startsWith("1. Forecast");
        assertThat(store.proposalExplanation("C", "S1")).isEmpty();
    }

    @Test
    void aRecomputationKeepsThePlannersEditAndStoresTheNewQuantityBesideIt() {
        plan(computed("A", "S1", 40), computed("B", "S1", 10), computed("C", "S1", 5));
        store.editProposal("A", "S1", 60, DAY.plusDays(2), "Local fair");
        store.editProposal("B", "S1", 12, null, "Round to a layer");
        store.setProposalStatus("B", "S1", ProposalStatus.APPROVED);

        PlanRun second = plan(computed("A", "S1", 44), computed("B", "S1", 11));

        StoredProposal a = store.proposal("A", "S1").orElseThrow();
        assertThat(a.status()).isEqualTo(ProposalStatus.EDITED);
        assertThat(a.planRunId()).isEqualTo(second.id());
        assertThat(a.quantity()).isEqualTo(44);
        assertThat(a.editedQuantity()).isEqualTo(60);
        assertThat(a.effectiveQuantity()).isEqualTo(60);
        assertThat(a.effectiveOrderDate()).isEqualTo(DAY.plusDays(2));
        assertThat(a.editReason()).isEqualTo("Local fair");
        StoredProposal b = store.proposal("B", "S1").orElseThrow();
        assertThat(b.status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(b.quantity()).isEqualTo(11);
        assertThat(b.effectiveQuantity()).isEqualTo(12);
        assertThat(store.proposal("C", "S1")).as("an unedited proposal the run no longer makes").isEmpty();
    }

    @Test
    void anExportedProposalStartsAFreshCycleOnRecomputation() {
        plan(computed("A", "S1", 40));
        store.editProposal("A", "S1", 60, null, "Fair");
        store.setProposalStatus("A", "S1", ProposalStatus.EXPORTED);

        plan(computed("A", "S1", 30));

        StoredProposal a = store.proposal("A", "S1").orElseThrow();
        assertThat(a.status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(a.isEdited()).isFalse();
        assertThat(a.effectiveQuantity()).isEqualTo(30);
    }

    @Test
    void aRunClosedWithoutCommitOrCancelledLeavesNoTrace() {
        plan(computed("A", "S1", 40));
        try (PlanRunWriter writer = store.beginPlanRun(1, DAY)) {
            writer.add(computed("A", "S1", 99));
        }
        try (PlanRunWriter writer = store.beginPlanRun(1, DAY)) {
            writer.add(computed("A", "S1", 77));
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> writer.commit(1)).isInstanceOf(CancelledException.class);
        }
        Thread.interrupted();

        assertThat(store.proposal("A", "S1").orElseThrow().quantity()).isEqualTo(40);
        assertThat(store.latestPlanRun().orElseThrow().id()).isEqualTo(1);
    }

    @Test
    void editsOfUnknownProposalsOrWithoutReasonAreRefusedWithAHint() {
        plan(computed("A", "S1", 40));

        assertThatThrownBy(() -> store.editProposal("Z", "S1", 5, null, "x"))
                .hasMessageContaining("no proposal for SKU Z at S1").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> store.editProposal("A", "S1", -5, null, "x")).hasMessageContaining("-5");
        assertThatThrownBy(() -> store.editProposal("A", "S1", 5, null, " ")).hasMessageContaining("needs a reason");
    }
}
