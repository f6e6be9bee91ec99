package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reassort.domain.CancelledException;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.Supplier;

class PolicyEngineTest {
    private static final PolicyEngine ENGINE = new PolicyEngine(PolicyFixtures.CLOCK);
    private static final Supplier WEDNESDAYS = PolicyFixtures.supplier("SUP", 10, 0, Set.of(DayOfWeek.WEDNESDAY), 0);

    private static PolicyResult plan(List<PolicyItem> items, Map<String, SupplierTerms> suppliers, PolicySettings settings) {
        PolicyResult result = ENGINE.plan(new PolicyInput(items, suppliers, Map.of(), List.of(), settings));
        ExplanationStepsTest.assertRendersBack(result.proposals()); // every explanation of these tests, stored and read
        return result;
    }

    private static PolicyItem item(String sku, double onHand, double mean, double sigma) {
        return PolicyItem.of(PolicyFixtures.product(sku, "SUP", 10, 12, 24), "DC", PolicyFixtures.stock(sku, "DC", onHand),
                DemandForecast.flat(mean, sigma));
    }

    @Test
    void aProposalIsExplainedStepByStepInOrder() {
        // Monday; orders on Wednesdays (wait 2 days), lead time 10 days, weekly plan: P = (2 + 10 + 7) / 7 weeks.
        // One item, so class A (98 %): S = 70·P + 2.053748910632·14·√P; position 50 + 24 on order.
        PolicyItem it = item("A", 50, 70, 14)
                .withOpenOrders(List.of(new PurchaseOrderLine("PO1", "A", "DC", "SUP", 24, LocalDate.of(2024, 3, 8), true)))
                .withParameters(ItemParameters.NONE.withMaximumStock(300));
        Proposal p = plan(List.of(it), Map.of("SUP", SupplierTerms.of(WEDNESDAYS)), PolicySettings.defaults()).proposals().get(0);

        double periods = 19.0 / 7;
        double s = 70 * periods + 2.053748910632 * 14 * Math.sqrt(periods);
        assertThat(p.interval().periods()).isCloseTo(periods, within(1e-12));
        assertThat(p.levels().orderUpTo()).isCloseTo(s, within(1e-8));
        assertThat(p.position().value()).isEqualTo(74);
        assertThat(p.rawNeed()).isCloseTo(s - 74, within(1e-8));
        assertThat(p.orderQuantity()).isEqualTo(168); // 163.4 rounded up to 14 packs of 12
        assertThat(p.orderDate()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(p.receiptDate()).isEqualTo(LocalDate.of(2024, 3, 16));
        assertThat(p.sourceKind()).isEqualTo(SourceKind.SUPPLIER);
        assertThat(p.sourceCode()).isEqualTo("SUP");
        assertThat(p.explanation()).extracting(ExplanationStep::key).containsExactly(
                "item.classification", "service.target", "interval.protection", "demand.overInterval",
                "demand.variability", "safetyStock.method", "safetyStock", "policy.levels", "position.inventory",
                "need.raw", "order.packRounding", "order.minimumOrderQuantity", "order.maximumStock", "order.final");
        ExplanationStep position = p.explanation().get(8);
        assertThat(position.inputs()).extracting(StepInput::symbol)
                .containsExactly("on hand", "in transit", "on order", "reserved", "backorders");
        assertThat(position.inputs().get(2).value()).isEqualTo(24);
        assertThat(p.explanation().get(1).result()).isCloseTo(98, within(1e-9));
        assertThat(p.explanation().get(13).result()).isEqualTo(168);
    }

    @Test
    void storesAreReplenishedFromTheirSupplyingWarehouse() {
        Product product = PolicyFixtures.product("A", "SUP", 10, 6, 48);
        PolicyItem it = PolicyItem.of(product, "S01", PolicyFixtures.stock("A", "S01", 2), DemandForecast.flat(10, 3));
        Location store = new Location("S01", "Store 1", LocationType.STORE, "", "DC", true, false);
        TransferLane lane = new TransferLane("DC", null, LeadTime.fixedDays(2), Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null);
        Proposal p = ENGINE.plan(new PolicyInput(List.of(it), Map.of(), Map.of("S01", store), List.of(lane), null)).proposals().get(0);
        assertThat(p.sourceKind()).isEqualTo(SourceKind.TRANSFER);
        assertThat(p.sourceCode()).isEqualTo("DC");
        assertThat(p.orderDate()).isEqualTo(PolicyFixtures.TODAY);
        assertThat(p.receiptDate()).isEqualTo(PolicyFixtures.TODAY.plusDays(2));
        assertThat(p.interval().reviewDays()).isEqualTo(7); // weekly plan, though deliveries run twice a week
        assertThat(p.constraints().minimumOrderQuantity()).isZero(); // the supplier's MOQ does not apply to transfers
        assertThat(p.orderQuantity() % 6).isZero();
    }

    @Test
    void aLaneToOneStoreBeatsTheWarehouseDefault() {
        PolicyItem it = PolicyItem.of(PolicyFixtures.product("A", "SUP", 10, 1, 0), "S01", PolicyFixtures.stock("A", "S01", 2),
                DemandForecast.flat(10, 3));
        Location store = new Location("S01", "Store 1", LocationType.STORE, "", "DC", true, false);
        List<TransferLane> lanes = List.of(TransferLane.of("DC", null, LeadTime.fixedDays(2)), TransferLane.of("DC", "S01", LeadTime.fixedDays(5)));
        Proposal p = ENGINE.plan(new PolicyInput(List.of(it), Map.of(), Map.of("S01", store), lanes, null)).proposals().get(0);
        assertThat(p.interval().leadTime().meanDays()).isEqualTo(5);
    }

    @Test
    void aSupplierLeadTimeToOneLocationOverridesItsDefault() {
        SupplierTerms terms = SupplierTerms.of(WEDNESDAYS).withLeadTimeTo("DC", LeadTime.ofDays(21, 3));
        Proposal p = plan(List.of(item("A", 0, 10, 3)), Map.of("SUP", terms), null).proposals().get(0);
        assertThat(p.interval().leadTime()).isEqualTo(LeadTime.ofDays(21, 3));
    }

    @Test
    void classesAreComputedAcrossTheRunAndSetTheTargets() {
        // yearly values 80, 15 and 5 % of the total: A, B and C
        List<PolicyItem> items = List.of(item("A", 0, 80, 8), item("B", 0, 15, 1.5), item("C", 0, 5, 5));
        List<Proposal> proposals = plan(items, Map.of("SUP", SupplierTerms.of(WEDNESDAYS)), null).proposals();
        assertThat(proposals).extracting(p -> p.classification().toString()).containsExactly("AX", "BX", "CY");
        assertThat(proposals).extracting(p -> p.target().level().probability()).containsExactly(0.98, 0.95, 0.90);
        assertThat(proposals.get(2).targetRule()).isEqualTo("class C default (90 %)");
    }

    @Test
    void minimumOrderValueRaisesTheLinesWithTheLowestCoverFirst() {
        Supplier withMinimum = PolicyFixtures.supplier("SUP", 10, 0, Set.of(DayOfWeek.WEDNESDAY), 2000);
        // A and C each need 5 packs (value 600 each, 1200 in all); B has 6 weeks of cover and needs nothing.
        // Packs of 120 go one at a time to whichever of A and C has the lower cover; B, with the most, gets none.
        List<PolicyItem> items = List.of(item("A", 40, 30, 5), item("B", 240, 40, 5), item("C", 70, 40, 5));
        PolicyResult r = plan(items, Map.of("SUP", SupplierTerms.of(withMinimum)), null);
        Proposal a = r.proposals().get(0);
        Proposal b = r.proposals().get(1);
        Proposal c = r.proposals().get(2);
        double value = r.proposals().stream().mapToDouble(Proposal::orderValue).sum();
        assertThat(value).isGreaterThanOrEqualTo(2000).isLessThan(2000 + 120);
        assertThat(b.orderQuantity()).isZero();
        assertThat(a.orderQuantity()).isGreaterThan(PackRounding.up().round(a.rawNeed(), 12));
        assertThat(c.orderQuantity()).isGreaterThan(PackRounding.up().round(c.rawNeed(), 12));
        double coverA = (a.position().value() + a.orderQuantity()) / 30;
        double coverC = (c.position().value() + c.orderQuantity()) / 40;
        assertThat(Math.abs(coverA - coverC)).isLessThan(0.5);
        ExplanationStep step = c.explanation().get(c.explanation().size() - 2);
        assertThat(step.key()).isEqualTo("order.minimumOrderValue");
        assertThat(step.inputs().get(1).value()).isEqualTo(1200);
        SupplierOrder order = r.supplierOrders().get(0);
        assertThat(order.minimumMet()).isTrue();
        assertThat(order.valueBeforeRule()).isEqualTo(1200);
        assertThat(order.value()).isEqualTo(value);
        assertThat(order.lines()).isEqualTo(2);
    }

    @Test
    void minimumOrderValueNeverRaisesALineBeyondTheCoverCap() {
        Supplier withMinimum = PolicyFixtures.supplier("SUP", 10, 0, Set.of(DayOfWeek.WEDNESDAY), 5000);
        PolicyResult r = plan(List.of(item("A", 40, 30, 5)), Map.of("SUP", SupplierTerms.of(withMinimum)),
                PolicySettings.defaults().withMinimumOrderValueCoverCap(8));
        Proposal a = r.proposals().get(0);
        assertThat((a.position().value() + a.orderQuantity()) / 30).isLessThanOrEqualTo(8);
        assertThat((a.position().value() + a.orderQuantity() + 12) / 30).isGreaterThan(8);
        assertThat(a.flags()).extracting(Flag::key).containsExactly("flag.belowMinimumOrderValue");
        assertThat(r.supplierOrders().get(0).minimumMet()).isFalse();
    }

    @Test
    void minimumOrderValueFlagRuleLeavesQuantitiesAndFlagsTheLines() {
        Supplier withMinimum = PolicyFixtures.supplier("SUP", 10, 0, Set.of(DayOfWeek.WEDNESDAY), 1000);
        PolicyResult r = plan(List.of(item("A", 40, 30, 5)), Map.of("SUP", SupplierTerms.of(withMinimum)),
                PolicySettings.defaults().withMinimumOrderValueRule(MinimumOrderValueRule.FLAG));
        Proposal p = r.proposals().get(0);
        assertThat(p.orderQuantity()).isEqualTo(PackRounding.up().round(p.rawNeed(), 12));
        assertThat(p.flags()).extracting(Flag::key).contains("flag.belowMinimumOrderValue");
        assertThat(r.supplierOrders().get(0).minimumMet()).isFalse();
    }

    @Test
    void ordersArrivingAfterTheProtectionIntervalAreLeftOutWhenAsked() {
        PolicyItem it = item("A", 10, 30, 5).withOpenOrders(List.of(
                new PurchaseOrderLine("PO1", "A", "DC", "SUP", 36, PolicyFixtures.TODAY.plusDays(5), true),
                new PurchaseOrderLine("PO2", "A", "DC", "SUP", 120, PolicyFixtures.TODAY.plusDays(60), true)));
        Map<String, SupplierTerms> s = Map.of("SUP", SupplierTerms.of(WEDNESDAYS));
        Proposal all = plan(List.of(it), s, null).proposals().get(0);
        Proposal within = plan(List.of(it), s, PolicySettings.defaults().withCountOnlyOrdersWithinProtectionInterval(true))
                .proposals().get(0);
        assertThat(all.position().onOrder()).isEqualTo(156);
        assertThat(within.position().onOrder()).isEqualTo(36);
        assertThat(within.explanation().get(8).rule()).contains("arrive after 2024-03-23");
        assertThat(within.orderQuantity()).isGreaterThan(all.orderQuantity());
    }

    @Test
    void missingStockAndOverdueOrdersAreFlagged() {
        PolicyItem it = PolicyItem.of(PolicyFixtures.product("A", "SUP", 10, 1, 0), "DC", null, DemandForecast.flat(10, 3))
                .withOpenOrders(List.of(new PurchaseOrderLine("PO7", "A", "DC", "SUP", 5, PolicyFixtures.TODAY.minusDays(3), true)));
        Proposal p = plan(List.of(it), Map.of("SUP", SupplierTerms.of(WEDNESDAYS)), null).proposals().get(0);
        assertThat(p.flags()).extracting(Flag::key).containsExactly("flag.noStockSnapshot", "flag.overdueOrder");
        assertThat(p.position().value()).isEqualTo(5);
    }

    @Test
    void fixedQuantityUsesTheEoqWhenOrderingCostAndHoldingRateAreGiven() {
        // D = 20 a week × 365.25 / 7, K = 50, h = 0.25 × 10: EOQ = √(2·D·50 / 2.5), rounded up to packs of 12
        SupplierTerms terms = SupplierTerms.of(WEDNESDAYS).withOrderingCost(50);
        PolicyItem it = item("A", 0, 20, 4).withParameters(ItemParameters.NONE.withPolicy(PolicyKind.FIXED_QUANTITY));
        Proposal p = plan(List.of(it), Map.of("SUP", terms), PolicySettings.defaults().withHoldingRatePerYear(0.25))
                .proposals().get(0);
        double eoq = Math.sqrt(2 * 20 * 365.25 / 7 * 50 / 2.5);
        assertThat(p.levels().kind()).isEqualTo(PolicyKind.FIXED_QUANTITY);
        assertThat(p.levels().fixedQuantity()).isEqualTo(Math.ceil(eoq / 12) * 12);
        assertThat(p.explanation()).extracting(ExplanationStep::key).contains("order.eoq");
        assertThat(p.orderQuantity() % p.levels().fixedQuantity()).isZero();
    }

    @Test
    void protectedStockRaisesBothLevelsAndTheRawNeedByItsUnits() {
        PolicyItem plain = item("A", 30, 20, 4);
        PolicyItem buffered = item("A", 30, 20, 4).withParameters(ItemParameters.NONE.withProtectedStock(7));
        Map<String, SupplierTerms> s = Map.of("SUP", SupplierTerms.of(WEDNESDAYS));

        Proposal without = plan(List.of(plain), s, null).proposals().get(0);
        Proposal with = plan(List.of(buffered), s, null).proposals().get(0);

        assertThat(with.levels().orderUpTo()).isCloseTo(without.levels().orderUpTo() + 7, within(1e-9));
        assertThat(with.levels().reorderPoint()).isCloseTo(without.levels().reorderPoint() + 7, within(1e-9));
        assertThat(with.rawNeed()).isCloseTo(without.rawNeed() + 7, within(1e-9));
        assertThat(with.explanation()).extracting(ExplanationStep::key).contains("policy.protectedStock");
        assertThat(without.explanation()).extracting(ExplanationStep::key).doesNotContain("policy.protectedStock");
    }

    @Test
    void protectedStockLeavesAPlannersMinMaxAlone() {
        PolicyItem it = item("A", 30, 20, 4).withParameters(ItemParameters.minMax(40, 100).withProtectedStock(5));
        Proposal p = plan(List.of(it), Map.of("SUP", SupplierTerms.of(WEDNESDAYS)), null).proposals().get(0);
        assertThat(p.levels()).isEqualTo(PolicyLevels.minMax(40, 100));
    }

    @Test
    void minMaxUsesThePlannersLevels() {
        PolicyItem it = item("A", 30, 20, 4).withParameters(ItemParameters.minMax(40, 100));
        Proposal p = plan(List.of(it), Map.of("SUP", SupplierTerms.of(WEDNESDAYS)), null).proposals().get(0);
        assertThat(p.levels()).isEqualTo(PolicyLevels.minMax(40, 100));
        assertThat(p.orderQuantity()).isEqualTo(72); // 70 up to whole packs of 12
    }

    @Test
    void reorderPointPolicyDoesNotOrderAboveS() {
        PolicyItem it = item("A", 500, 20, 4).withParameters(ItemParameters.NONE.withPolicy(PolicyKind.REORDER_POINT_ORDER_UP_TO));
        Proposal p = plan(List.of(it), Map.of("SUP", SupplierTerms.of(WEDNESDAYS)), null).proposals().get(0);
        assertThat(p.orderQuantity()).isZero();
        assertThat(p.levels().orderUpTo()).isGreaterThan(p.levels().reorderPoint());
        assertThat(p.explanation().get(p.explanation().size() - 1).rule()).startsWith("no order this time");
    }

    @Test
    void proposalsComeInInputOrderWhateverTheParallelism() {
        List<PolicyItem> items = new ArrayList<>();
        for (int i = 0; i < 5000; i++) items.add(item(String.format("S%05d", i), i % 50, 5 + i % 17, 2));
        List<Proposal> proposals = plan(items, Map.of("SUP", SupplierTerms.of(WEDNESDAYS)), null).proposals();
        assertThat(proposals).extracting(Proposal::sku).containsExactlyElementsOf(items.stream().map(PolicyItem::sku).toList());
    }

    @Test
    void progressIsReportedOnTheCallingThread() {
        List<PolicyItem> items = new ArrayList<>();
        for (int i = 0; i < 3000; i++) items.add(item("S" + i, 0, 5, 2));
        Thread caller = Thread.currentThread();
        AtomicLong last = new AtomicLong();
        ENGINE.plan(new PolicyInput(items, Map.of("SUP", SupplierTerms.of(WEDNESDAYS)), Map.of(), List.of(), null),
                (done, total, message) -> {
                    assertThat(Thread.currentThread()).isSameAs(caller);
                    last.set(done);
                });
        assertThat(last.get()).isEqualTo(3000);
    }

    @Test
    void anInterruptedPlanStopsWithCancellation() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> plan(List.of(item("A", 0, 5, 2)), Map.of("SUP", SupplierTerms.of(WEDNESDAYS)), null))
                    .isInstanceOf(CancelledException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
