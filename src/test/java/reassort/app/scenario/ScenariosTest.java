package reassort.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.app.plan.PlanInputs;
import reassort.domain.Product;
import reassort.engine.scenario.ScenarioComparison;
import reassort.engine.scenario.ScenarioItem;
import reassort.store.ForecastRun;
import reassort.store.Store;
import reassort.store.AuditEntry;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.ScenarioChange;
import reassort.store.StoredProposal;
import reassort.store.StoredScenario;

class ScenariosTest {
    /** The Wednesday after the sample's last day of sales. */
    private static final Clock CLOCK = SampleStores.WEDNESDAY_AFTER;

    @TempDir
    static Path dir;
    private static Path storeDir;

    @BeforeAll
    static void importSampleAndPlan() throws IOException {
        storeDir = SampleStores.importSmallAndPlan(5, dir, CLOCK);
    }

    @AfterAll
    static void clearInterrupt() {
        Thread.interrupted();
    }

    private static Promotion blackFriday(String code) {
        return new Promotion(code, "Black Friday", null, "Cuisine", Set.of("WEB", "MKP"), null,
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30), 30, PromotionMechanic.DISCOUNT);
    }

    private static Promotion toys(String code, String where) {
        return new Promotion(code, "Noël", null, "Jouets", Set.of(), where, LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 6), 33, PromotionMechanic.MULTIBUY);
    }

    @Test
    void aScenarioWithoutEffectEqualsThePlan() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            ScenarioResult result = workspace.scenarios().runUnsaved("flat",
                    List.of(new ScenarioChange(toys("FLAT", null), 1.0, 0, 0, 0)), ProgressListener.NONE);

            assertThat(result.comparison().itemsPlanned()).isPositive();
            assertThat(result.comparison().itemsAffected()).isZero();
            assertThat(result.comparison().changes()).isEmpty();
            assertThat(result.comparison().extraUnits()).isZero();
        }
    }

    @Test
    void anEstimatedUpliftComesFromPastPromotionsOfTheCategoryAndChannelWithItsInterval() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            ScenarioResult result = workspace.scenarios().runUnsaved("BF",
                    List.of(ScenarioChange.estimated(blackFriday("BF26X"))), ProgressListener.NONE);

            assertThat(result.effects()).extracting(EstimatedEffect::channel).containsExactlyInAnyOrder("WEB", "MKP");
            EstimatedEffect web = result.effects().stream().filter(e -> e.channel().equals("WEB")).findFirst().orElseThrow();
            assertThat(web.effect().basis()).startsWith("estimated from");
            assertThat(web.effect().uplift()).isGreaterThan(1.1);
            assertThat(web.effect().upliftLow()).isLessThan(web.effect().uplift());
            assertThat(web.effect().upliftHigh()).isGreaterThan(web.effect().uplift());
            ScenarioComparison.ChannelComparison webChannel = result.comparison().channels().stream()
                    .filter(c -> c.channel().equals("WEB")).findFirst().orElseThrow();
            assertThat(webChannel.extraUnits()).isPositive();
            assertThat(result.comparison().channels()).filteredOn(c -> c.channel().equals("STORE"))
                    .allSatisfy(c -> assertThat(c.extraUnits()).isZero());
        }
    }

    @Test
    void promotingAScenarioChangesExactlyTheAffectedProposalsWithTheAuditTrail() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            Scenarios scenarios = workspace.scenarios();
            StoredScenario toyRush = scenarios.create("Toy rush", List.of(new ScenarioChange(toys("NOEL26X", null), 2.5, 0.1, 1, 0)));
            Map<ProposalKey, StoredProposal> before = byKey(workspace.plans().proposals());

            Scenarios.Promoted promoted = scenarios.promote(toyRush.id(), ProgressListener.NONE);

            List<ScenarioComparison.ItemChange> changes = promoted.result().comparison().changes();
            assertThat(changes).isNotEmpty();
            assertThat(promoted.notInPlan()).isZero();
            Map<ProposalKey, StoredProposal> after = byKey(workspace.plans().proposals());
            Set<ProposalKey> changed = after.keySet().stream()
                    .filter(k -> !same(before.get(k), after.get(k))).collect(Collectors.toSet());
            assertThat(changed).containsExactlyInAnyOrderElementsOf(promoted.changed());
            assertThat(changed).hasSize(changes.size());
            for (ScenarioComparison.ItemChange change : changes) {
                ProposalKey key = new ProposalKey(change.sku(), change.location());
                StoredProposal was = before.get(key);
                StoredProposal now = after.get(key);
                // the scenario's baseline is the stored plan
                assertThat(change.baselineQuantity()).isEqualTo(was.quantity());
                assertThat(change.baselineOrderDate()).isEqualTo(was.orderDate());
                assertThat(now.status()).isEqualTo(ProposalStatus.EDITED);
                assertThat(now.effectiveQuantity()).isEqualTo(change.scenarioQuantity());
                assertThat(now.editReason()).isEqualTo("Scenario Toy rush");
                List<AuditEntry> trail = workspace.plans().auditTrail(change.sku(), change.location());
                assertThat(trail.get(trail.size() - 1).action()).isEqualTo(Scenarios.PROMOTE_ACTION);
            }
        }
    }

    @Test
    void severalScenariosCompareAgainstTheSameBaseline() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            Scenarios scenarios = workspace.scenarios();
            StoredScenario small = scenarios.create("Toys +50 %", List.of(new ScenarioChange(toys("T1", null), 1.5, 0, 0, 0)));
            StoredScenario big = scenarios.duplicate(small.id(), "Toys ×3");
            scenarios.edit(big.id(), List.of(new ScenarioChange(toys("T1", null), 3, 0, 0, 0)));

            List<ScenarioResult> results = scenarios.compare(List.of(small.id(), big.id()), ProgressListener.NONE);

            assertThat(results.get(0).comparison().baseline().units())
                    .isCloseTo(results.get(1).comparison().baseline().units(), within(1e-6));
            assertThat(results.get(1).comparison().extraUnits())
                    .isCloseTo(4 * results.get(0).comparison().extraUnits(), within(1e-6));
            assertThat(scenarios.get(big.id()).orElseThrow().lastSummary()).startsWith("+");
            assertThat(scenarios.delete(small.id())).isTrue();
            assertThatThrownBy(() -> scenarios.run(small.id(), ProgressListener.NONE)).hasMessageContaining("no scenario");
        }
    }

    @Test
    void readingOnlyTheCandidateSkusKeepsExactlyTheItemsAWholePlanReadKeeps() {
        try (Store store = Store.open(storeDir, CLOCK)) {
            ForecastRun run = store.latestForecastRun().orElseThrow();
            PlanInputs all = PlanInputs.read(store, CLOCK, run, null);
            // a SKU of a supplier with a minimum order value: its items at a location the supplier delivers couple
            // the supplier's other SKUs there, whatever their category
            Map<String, Long> skusPerSupplier = store.products().stream().filter(p -> p.supplier() != null)
                    .collect(Collectors.groupingBy(Product::supplier, Collectors.counting()));
            Product coupling = store.products().stream()
                    .filter(p -> p.supplier() != null && skusPerSupplier.get(p.supplier()) > 1)
                    .filter(p -> all.suppliers().get(p.supplier()).supplier().minimumOrderValue() > 0)
                    .findFirst().orElseThrow();
            Promotion single = new Promotion("ONE", "One SKU", coupling.sku(), null, Set.of(), null,
                    LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29), 20, PromotionMechanic.DISCOUNT);
            List<List<ScenarioChange>> scenarios = List.of(
                    List.of(new ScenarioChange(toys("T", null), 2, 0.1, 1, 0)),
                    List.of(ScenarioChange.estimated(blackFriday("BF"))),
                    List.of(new ScenarioChange(single, 1.8, 0, 0, 0.3)),
                    List.of(new ScenarioChange(single, 1.8, 0, 0, 0), new ScenarioChange(toys("T", "NORD"), 1.5, 0, 0, 0)));

            for (List<ScenarioChange> changes : scenarios) {
                PlanInputs some = PlanInputs.read(store, CLOCK, run,
                        (products, suppliers) -> Scenarios.candidates(changes, products, suppliers));
                Scenarios.Selection fromAll = Scenarios.select(all, changes);
                Scenarios.Selection fromSome = Scenarios.select(some, changes);

                assertThat(some.entries().size()).isLessThan(all.entries().size());
                assertThat(fromSome.items()).isNotEmpty().isEqualTo(fromAll.items());
                assertThat(fromSome.channelsOf()).isEqualTo(fromAll.channelsOf());
            }
            Set<String> coupledSkus = Scenarios.select(all, List.of(new ScenarioChange(single, 1.8, 0, 0, 0)))
                    .items().stream().map(ScenarioItem::sku).collect(Collectors.toSet());
            assertThat(coupledSkus).contains(coupling.sku()).hasSizeGreaterThan(1);
        }
    }

    private static Map<ProposalKey, StoredProposal> byKey(List<StoredProposal> proposals) {
        Map<ProposalKey, StoredProposal> map = new HashMap<>();
        for (StoredProposal p : proposals) map.put(new ProposalKey(p.sku(), p.location()), p);
        return map;
    }

    private static boolean same(StoredProposal a, StoredProposal b) {
        return a.status() == b.status() && Double.compare(a.effectiveQuantity(), b.effectiveQuantity()) == 0
                && java.util.Objects.equals(a.effectiveOrderDate(), b.effectiveOrderDate());
    }
}
