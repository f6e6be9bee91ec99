package reassort.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.domain.ProgressListener;
import reassort.engine.allocation.ChannelAtp;
import reassort.store.AuditEntry;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;
import reassort.store.StoredProposal;

class RunAllocationTest {
    private static final Clock CLOCK = SampleStores.WEDNESDAY_AFTER;
    @TempDir
    static Path dir;
    private static Path storeDir;

    @BeforeAll
    static void importPlanAndAllocate() throws IOException {
        storeDir = SampleStores.importSmallPlanAndAllocate(5, dir, CLOCK);
    }

    @Test
    void everyStoreReplenishmentFromAWarehouseIsAllocatedWithinItsSupply() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            // other tests leave planner decisions behind: a rerun nets them
            AllocationSummary summary = workspace.allocations().run(ProgressListener.NONE);
            List<StoredAllocation> lines = workspace.allocations().allocations();
            List<StoredProposal> transfers = workspace.plans().proposals().stream()
                    .filter(p -> p.sourceKind().equals("TRANSFER") && p.quantity() > 0).toList();

            assertThat(summary.lines()).isEqualTo(lines.size());
            assertThat(lines.stream().filter(a -> a.channel().equals("STORE")).count()).isEqualTo(transfers.size());
            assertThat(summary.scarce()).isPositive();
            Map<String, Double> givenPerSource = new HashMap<>();
            Map<String, Double> supplyPerSource = new HashMap<>();
            for (StoredAllocation a : lines) {
                assertThat(a.quantity()).isBetween(0.0, a.need());
                assertThat(a.explanation()).startsWith("SKU " + a.sku() + " to " + a.location());
                givenPerSource.merge(a.sku() + "@" + a.source(), ships(a), Double::sum);
                supplyPerSource.put(a.sku() + "@" + a.source(), a.supply());
            }
            givenPerSource.forEach((key, given) -> assertThat(given).as(key).isLessThanOrEqualTo(supplyPerSource.get(key)));
            assertThat(summary.allocatedUnits()).isEqualTo(lines.stream().mapToDouble(RunAllocationTest::ships).sum());
        }
    }

    /** What a stored line ships: the planner's quantity when decided, nothing when rejected. */
    private static double ships(StoredAllocation a) {
        return a.status() == ProposalStatus.REJECTED ? 0 : a.status() == ProposalStatus.PROPOSED ? a.quantity()
                : a.effectiveQuantity();
    }

    @Test
    void theDefaultPresentationMinimumRaisesTheStoresPlanLevelsButNotTheWarehouses() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            List<StoredProposal> proposals = workspace.plans().proposals(); // explanations are read one at a time
            java.util.function.Function<StoredProposal, String> explanation =
                    p -> workspace.plans().explanation(p.sku(), p.location());
            assertThat(proposals).filteredOn(p -> p.location().startsWith("MAG-")).isNotEmpty()
                    .allSatisfy(p -> assertThat(explanation.apply(p)).contains("Protected stock added", "B = 2.00 units"));
            assertThat(proposals).filteredOn(p -> p.location().startsWith("WH-")).isNotEmpty()
                    .allSatisfy(p -> assertThat(explanation.apply(p)).doesNotContain("Protected stock added"));
        }
    }

    @Test
    void aPlannersEditSurvivesARerunAndIsAudited() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            RunAllocation allocation = workspace.allocations();
            StoredAllocation line = allocation.allocations().get(0);
            allocation.edit(line.sku(), line.location(), line.channel(), line.quantity() + 3, "store reopening");

            allocation.run(ProgressListener.NONE);

            StoredAllocation after = allocation.allocations(line.sku(), line.location()).stream()
                    .filter(a -> a.channel().equals(line.channel())).findFirst().orElseThrow();
            assertThat(after.status()).isEqualTo(ProposalStatus.EDITED);
            assertThat(after.effectiveQuantity()).isEqualTo(line.quantity() + 3);
            assertThat(after.runId()).isGreaterThan(line.runId());
            assertThat(workspace.plans().auditTrail(line.sku(), line.location()))
                    .extracting(AuditEntry::subject, AuditEntry::reason)
                    .contains(org.assertj.core.groups.Tuple.tuple(AuditEntry.ALLOCATION, "store reopening"));
        }
    }

    @Test
    void availabilityWithholdsBuffersAndPoolsShipFromStoreStores() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            String sku = workspace.allocations().allocations().get(0).sku();
            SkuAvailability availability = workspace.allocations().availability(sku);

            assertThat(availability.byLocation()).isNotEmpty();
            for (Map<String, ChannelAtp> channels : availability.byLocation().values()) {
                for (ChannelAtp atp : channels.values()) {
                    assertThat(atp.availableNow()).isBetween(0.0, atp.free());
                }
            }
            double stores = availability.web().stores().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(availability.web().total()).isEqualTo(availability.web().warehouse() + stores);
            assertThatThrownBy(() -> workspace.allocations().availability("NO-SUCH")).hasMessageContaining("Maybe");
        }
    }
}
