package reassort.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.app.allocation.AllocationComparison;
import reassort.app.allocation.AllocationOverlay;
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.ScenarioChange;
import reassort.store.StoredAllocation;
import reassort.store.StoredProposal;

class ScenarioAllocationTest {
    /** The Wednesday after the sample's last day of sales. */
    private static final Clock CLOCK = SampleStores.WEDNESDAY_AFTER;
    private static final String CATEGORY = "Cuisine";

    @TempDir
    static Path dir;
    private static Path storeDir;

    @BeforeAll
    static void importSamplePlanAndAllocate() throws IOException {
        storeDir = SampleStores.importSmallPlanAndAllocate(5, dir, CLOCK);
    }

    @AfterAll
    static void clearInterrupt() {
        Thread.interrupted();
    }

    /** A web promotion running this week and next: it lifts the web demand the warehouse allocates for now. */
    private static Promotion webPromotion(double discount) {
        return new Promotion("WEBNOW", "Web week", null, CATEGORY, Set.of("WEB"), null, LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 29), discount, PromotionMechanic.DISCOUNT);
    }

    @Test
    void anOverlayThatRestatesThePlanAllocatesExactlyAsTheStoredAllocationRun() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            Set<String> skus = workspace.plans().proposals().stream().map(StoredProposal::sku)
                    .filter(sku -> sku.hashCode() % 3 == 0).collect(Collectors.toCollection(TreeSet::new));
            Map<ProposalKey, AllocationOverlay.ProposalChange> same = new HashMap<>();
            Map<ProposalKey, Map<String, Double>> unchanged = new HashMap<>();
            for (StoredProposal p : workspace.plans().proposals()) {
                if (!skus.contains(p.sku())) continue;
                ProposalKey key = new ProposalKey(p.sku(), p.location());
                double quantity = p.status() == ProposalStatus.REJECTED ? 0 : p.effectiveQuantity();
                same.put(key, new AllocationOverlay.ProposalChange(quantity, p.orderUpTo(), p.receiptDate()));
                unchanged.put(key, Map.of("WEB", 1.0, "STORE", 1.0));
            }

            AllocationComparison c = workspace.allocations().whatIf(skus, new AllocationOverlay(same, unchanged),
                    ProgressListener.NONE);

            assertThat(c.computed()).as(c.notComputed()).isTrue();
            assertThat(c.lines()).isNotEmpty();
            assertThat(c.changes()).isEmpty();
            assertThat(c.channels()).allSatisfy(ch -> {
                assertThat(ch.scenarioNeed()).isEqualTo(ch.baselineNeed());
                assertThat(ch.scenarioAllocated()).isEqualTo(ch.baselineAllocated());
            });
            assertThat(c.scenarioTransfers()).isEqualTo(c.baselineTransfers());
            assertThat(c.transfersAdded()).isZero();
            // the baseline read SKU by SKU is the allocation `allocate` stored from the whole store
            Map<String, StoredAllocation> stored = new HashMap<>();
            for (StoredAllocation a : workspace.allocations().allocations()) {
                if (skus.contains(a.sku())) stored.put(a.sku() + "|" + a.location() + "|" + a.channel(), a);
            }
            assertThat(c.lines()).hasSize(stored.size());
            for (AllocationComparison.LineChange line : c.lines()) {
                StoredAllocation a = stored.get(line.sku() + "|" + line.location() + "|" + line.channel());
                assertThat(a).as(line.toString()).isNotNull();
                assertThat(line.baselineQuantity()).isEqualTo(a.quantity());
                assertThat(line.baselineNeed()).isEqualTo(a.need());
            }
        }
    }

    @Test
    void aScenarioWithoutEffectSaysTheAllocationIsThePlans() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            ScenarioResult result = workspace.scenarios().runUnsaved("flat",
                    List.of(new ScenarioChange(webPromotion(0), 1.0, 0, 0, 0)), ProgressListener.NONE);

            assertThat(result.comparison().itemsAffected()).isZero();
            assertThat(result.allocation().computed()).isFalse();
            assertThat(result.allocation().notComputed()).contains("no SKU is affected");
        }
    }

    @Test
    void aWebPromotionMovesAllocatedUnitsTowardTheWebOrRaisesItsShortfallAndTouchesOnlyItsSkus() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            Map<String, String> categoryOf = new HashMap<>();
            for (reassort.store.ProposalRow row : workspace.plans().rows()) categoryOf.put(row.sku(), row.category());
            ScenarioResult result = workspace.scenarios().runUnsaved("web",
                    List.of(new ScenarioChange(webPromotion(25), 3.0, 0, 0, 0)), ProgressListener.NONE);

            AllocationComparison a = result.allocation();
            assertThat(a.computed()).as(a.notComputed()).isTrue();
            AllocationComparison.ChannelRow web = a.channels().stream().filter(ch -> ch.channel().equals("WEB"))
                    .findFirst().orElseThrow();
            assertThat(web.scenarioNeed()).isGreaterThan(web.baselineNeed());
            assertThat(web.scenarioAllocated() > web.baselineAllocated()
                    || web.scenarioShortfall() > web.baselineShortfall()).as(web.toString()).isTrue();
            // the other channels get no more than before: the web's extra units come from the same supply
            assertThat(a.channels()).filteredOn(ch -> !ch.channel().equals("WEB"))
                    .allSatisfy(ch -> assertThat(ch.scenarioAllocated()).isLessThanOrEqualTo(ch.baselineAllocated()));
            Set<String> affected = result.comparison().affected().stream().map(i -> i.sku()).collect(Collectors.toSet());
            assertThat(a.changes()).isNotEmpty()
                    .allSatisfy(line -> assertThat(affected).contains(line.sku()));
            assertThat(a.lines()).extracting(AllocationComparison.LineChange::sku)
                    .allSatisfy(sku -> assertThat(affected).contains(sku));
            assertThat(affected).isNotEmpty().allSatisfy(sku -> assertThat(categoryOf.get(sku)).isEqualTo(CATEGORY));
        }
    }
}
