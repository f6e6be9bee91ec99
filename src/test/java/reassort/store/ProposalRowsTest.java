package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reassort.domain.Product;

class ProposalRowsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private final Store store = Store.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private void plan(String... skus) {
        plan(1, skus);
    }

    private void plan(long forecastRun, String... skus) {
        try (ImportWriter writer = store.beginImport("products")) {
            writer.add(new Product("A", "Wok 28 cm", "Kitchen", 3.2, 9.9, "SUP1", "R-A", 6, 0));
            writer.commit(List.of());
        }
        try (PlanRunWriter writer = store.beginPlanRun(forecastRun, DAY)) {
            for (String sku : skus) {
                writer.add(new StoredProposal(0, sku, "S1", "SUPPLIER", "SUP1", "AX", "cycle service 98.0 %",
                        "PERIODIC_REVIEW", "NORMAL", 40, 12.5, Double.NaN, 52.5, 10, 2, 5, 1, 0, 36.5, 40, 3.2, DAY,
                        DAY.plusDays(7), List.of("Stock snapshot is old", "No stock snapshot"),
                        "1. Forecast over the protection interval: 40 units", null, Double.NaN, null, null, null));
            }
            writer.commit(5);
        }
    }

    @Test
    void aRowCarriesTheProposalAndItsProductButNotTheExplanation() {
        plan("A", "B");

        List<ProposalRow> rows = store.proposalRows();

        assertThat(rows).extracting(ProposalRow::sku).containsExactly("A", "B");
        ProposalRow a = rows.get(0);
        assertThat(a.label()).isEqualTo("Wok 28 cm");
        assertThat(a.category()).isEqualTo("Kitchen");
        assertThat(a.packSize()).isEqualTo(6);
        assertThat(a.inventoryPosition()).isEqualTo(store.proposal("A", "S1").orElseThrow().inventoryPosition());
        assertThat(a.flags()).containsExactly("Stock snapshot is old", "No stock snapshot");
        assertThat(Double.isNaN(a.reorderPoint())).isTrue();
        assertThat(rows.get(1).label()).isEmpty();
        assertThat(rows.get(1).packSize()).isEqualTo(1);
        assertThat(store.proposalExplanation("A", "S1")).contains(
                new StoredExplanation("1. Forecast over the protection interval: 40 units", null));
    }

    @Test
    void rowsByKeyFollowAnEditAndSkipUnknownKeys() {
        plan("A");
        store.editProposals(List.of(ProposalEdit.of("A", "S1", 12, null, "Fair")));

        List<ProposalRow> rows = store.proposalRows(List.of(new ProposalKey("Z", "S1"), new ProposalKey("A", "S1")));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ProposalStatus.EDITED);
            assertThat(r.effectiveQuantity()).isEqualTo(12);
            assertThat(r.quantity()).isEqualTo(40);
            assertThat(r.editReason()).isEqualTo("Fair");
            assertThat(r.plannerState()).isEqualTo(PlannerState.of(store.proposal("A", "S1").orElseThrow()));
        });
    }

    private long forecast(String... series) {
        double[] weeks = {1, 1};
        try (ForecastRunWriter writer = store.beginForecastRun(2, DAY)) {
            for (String s : series) {
                String[] p = s.split("/");
                writer.add(new SeriesForecast(new reassort.domain.SeriesKey(p[0], p[1], p[2]), "SES", "test", "SMOOTH",
                        1, 0.1, 52, weeks, weeks, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
            }
            return writer.commit(0).id();
        }
    }

    @Test
    void aRowCarriesTheChannelsOfItsSeriesInThePlansForecastRun() {
        forecast("A/S1/STORE", "B/S1/MKP");
        long run = forecast("A/S1/WEB", "A/S1/STORE", "A/S2/STORE", "C/S1/CC", "C/S1/WEB");
        plan(run, "C", "A", "B");

        List<ProposalRow> rows = store.proposalRows();

        assertThat(rows).extracting(ProposalRow::sku).containsExactly("A", "B", "C");
        assertThat(rows.get(0).channels()).containsExactly("STORE", "WEB");
        assertThat(rows.get(1).channels()).as("B has no series in the plan's run").isEmpty();
        assertThat(rows.get(2).channels()).containsExactly("CC", "WEB");
        assertThat(store.proposalRows(List.of(new ProposalKey("C", "S1"), new ProposalKey("A", "S1"))))
                .extracting(ProposalRow::channels).containsExactly(List.of("CC", "WEB"), List.of("STORE", "WEB"));
    }

    @Test
    void aReasonGivenWithARejectionBecomesTheProposalsReasonAndUndoPutsTheOldBack() {
        plan("A");
        store.editProposals(List.of(ProposalEdit.of("A", "S1", 12, null, "Fair")));
        PlannerState before = store.proposalRows(List.of(new ProposalKey("A", "S1"))).get(0).plannerState();

        store.setProposalStatuses(List.of(new ProposalKey("A", "S1")), ProposalStatus.REJECTED, "Delisted");
        assertThat(store.proposalRows().get(0).editReason()).isEqualTo("Delisted");
        assertThat(store.proposalRows().get(0).effectiveQuantity()).isEqualTo(12);
        store.setProposalStatuses(List.of(new ProposalKey("A", "S1")), ProposalStatus.APPROVED, "Back in range");
        assertThat(store.proposalRows().get(0).editReason()).as("an approval's reason: audit only").isEqualTo("Delisted");
        assertThat(store.auditTrail("A", "S1")).last().extracting(AuditEntry::reason).isEqualTo("Back in range");

        store.restorePlannerStates(List.of(before), "UNDO", null);
        assertThat(store.proposalRows().get(0).editReason()).isEqualTo("Fair");
        assertThat(store.proposalRows().get(0).status()).isEqualTo(ProposalStatus.EDITED);
    }
}
