package reassort.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.domain.CancelledException;
import reassort.domain.ProgressListener;
import reassort.store.ProposalStatus;
import reassort.store.SeriesForecast;
import reassort.store.Store;
import reassort.store.StoredProposal;

class RunPlanTest {
    /** A Sunday: the sample's last day of sales. */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 15);
    /** The Wednesday after: planning happens mid-week, after the forecast's first Monday. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static Path storeDir;
    private static PlanSummary first;

    @BeforeAll
    static void importSampleAndPlan() throws IOException {
        storeDir = SampleStores.importSmall(5, dir, CLOCK);
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            first = workspace.plans().run(false, ProgressListener.NONE);
        }
    }

    @AfterAll
    static void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void everySkuLocationWithDemandGetsAStoredProposalWithItsExplanation() {
        try (Store store = Store.open(storeDir, CLOCK)) {
            long runId = store.latestForecastRun().orElseThrow().id();
            Map<String, Double> demand = new HashMap<>();
            store.forEachSeriesForecast(runId, (SeriesForecast f) -> {
                double sum = 0;
                for (double v : f.point()) sum += Math.max(0, v);
                demand.merge(f.key().sku() + "@" + f.key().location(), sum, Double::sum);
            });
            Set<String> withDemand = demand.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            List<StoredProposal> proposals = store.proposals();
            Set<String> planned = new HashSet<>();
            for (StoredProposal p : proposals) planned.add(p.sku() + "@" + p.location());

            assertThat(first.forecastRan()).as("no forecast was stored, so the plan made one").isTrue();
            assertThat(first.skipped()).as(first.skipReasons().toString()).isZero();
            assertThat(withDemand).isNotEmpty();
            assertThat(planned).containsAll(withDemand);
            assertThat(first.items()).isEqualTo(proposals.size());
            assertThat(first.orderLines()).isEqualTo(proposals.stream().filter(p -> p.quantity() > 0).count()).isPositive();
            assertThat(first.asOf()).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(first.totalUnits()).isEqualTo(proposals.stream().mapToDouble(StoredProposal::quantity).sum());
            assertThat(first.bySupplier().values().stream().mapToLong(PlanSummary.SourceTotal::lines).sum())
                    .isEqualTo(first.orderLines());
            RunPlan plans = new RunPlan(store, CLOCK);
            assertThat(proposals).allSatisfy(p -> {
                assertThat(p.explanation()).as("bulk reads leave the explanations out").isEmpty();
                assertThat(plans.explanation(p.sku(), p.location())).startsWith("SKU " + p.sku() + " at " + p.location())
                        .contains("Inventory position", "Safety stock");
                assertThat(p.orderDate()).isAfterOrEqualTo(first.asOf());
                assertThat(p.receiptDate()).isAfterOrEqualTo(p.orderDate());
                assertThat(p.quantity()).isGreaterThanOrEqualTo(0);
            });
        }
    }

    @Test
    void aRecomputationKeepsAPlannersEditAndShowsTheNewQuantityBesideIt() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            StoredProposal before = workspace.plans().proposals().stream().filter(p -> p.quantity() > 0).findFirst()
                    .orElseThrow();
            workspace.plans().edit(before.sku(), before.location(), before.quantity() + 100, null, "Store opening");

            PlanSummary again = workspace.plans().run(false, ProgressListener.NONE);

            StoredProposal after = workspace.plans().proposal(before.sku(), before.location()).orElseThrow();
            assertThat(again.forecastRan()).isFalse();
            assertThat(after.planRunId()).isEqualTo(again.planRunId()).isGreaterThan(before.planRunId());
            assertThat(after.status()).isEqualTo(ProposalStatus.EDITED);
            assertThat(after.editedQuantity()).isEqualTo(before.quantity() + 100);
            assertThat(after.quantity()).isEqualTo(before.quantity());
            assertThat(after.editReason()).isEqualTo("Store opening");
        }
    }

    @Test
    void aCancelledPlanStoresNothing() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            long lastRun = workspace.plans().latestRun().orElseThrow().id();
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> workspace.plans().run(false, ProgressListener.NONE))
                        .isInstanceOf(CancelledException.class);
            } finally {
                Thread.interrupted();
            }
            assertThat(workspace.plans().latestRun().orElseThrow().id()).isEqualTo(lastRun);
        }
    }
}
