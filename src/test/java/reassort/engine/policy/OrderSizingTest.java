package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderSizingTest {
    private static OrderConstraints constraints(int pack, double moq, double max) {
        return new OrderConstraints(PackSize.of(pack), PackRounding.up(), moq, max);
    }

    @ParameterizedTest(name = "(R,S): S {0}, IP {1} → {2}")
    @CsvSource({"100, 40, 60", "100, 100, 0", "100, 130, 0", "100, -20, 120"})
    void periodicReviewOrdersUpToS(double s, double ip, double expected) {
        assertThat(PolicyLevels.periodic(s).rawNeed(ip)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "(s,S) 50/120: IP {0} → {1}")
    @CsvSource({"51, 0", "50, 70", "10, 110"})
    void reorderPointOrdersOnlyAtOrBelowS(double ip, double expected) {
        assertThat(PolicyLevels.reorderPoint(50, 120).rawNeed(ip)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "(s,Q) 50/40: IP {0} → {1}")
    @CsvSource({"60, 0", "50, 40", "11, 40", "10, 80", "-35, 120"})
    void fixedQuantityOrdersWholeMultiplesOfQUntilAboveS(double ip, double expected) {
        assertThat(PolicyLevels.fixedQuantity(50, 40).rawNeed(ip)).isEqualTo(expected);
    }

    @Test
    void aPositiveOrderIsRaisedToTheMoqInWholePacks() {
        OrderSizing.SizedLine line = OrderSizing.explain(PolicyLevels.periodic(100), 95, constraints(12, 30, Double.NaN));
        assertThat(line.rawNeed()).isEqualTo(5);
        assertThat(line.quantity()).isEqualTo(36);
        assertThat(line.steps()).extracting(ExplanationStep::key)
                .containsExactly("need.raw", "order.packRounding", "order.minimumOrderQuantity");
        assertThat(line.steps().get(1).result()).isEqualTo(12);
        assertThat(line.steps().get(2).rule()).isEqualTo("raised to the MOQ, in whole packs");
    }

    @Test
    void noNeedMeansNoOrderWhateverTheMoq() {
        assertThat(OrderSizing.quantity(PolicyLevels.periodic(100), 100, constraints(12, 30, Double.NaN))).isZero();
    }

    @Test
    void maximumStockCutsToWholePacksThatFit() {
        OrderSizing.SizedLine line = OrderSizing.explain(PolicyLevels.periodic(200), 20, constraints(12, 0, 150));
        // need 180 → 180 (15 packs); room 130 → 10 packs = 120
        assertThat(line.quantity()).isEqualTo(120);
        assertThat(line.steps().get(line.steps().size() - 1).key()).isEqualTo("order.maximumStock");
        assertThat(line.flags()).isEmpty();
    }

    @Test
    void whenTheMoqDoesNotFitUnderTheMaximumNothingIsOrderedAndTheLineIsFlagged() {
        OrderSizing.SizedLine line = OrderSizing.explain(PolicyLevels.periodic(100), 80, constraints(6, 48, 100));
        assertThat(line.quantity()).isZero();
        assertThat(line.flags()).extracting(Flag::key).containsExactly("flag.moqAboveMaximumStock");
        assertThat(line.flags().get(0).text()).contains("MOQ (48)").contains("maximum stock (100");
    }

    @Test
    void roundingDownBelowOnePackOrdersNothing() {
        OrderConstraints down = new OrderConstraints(PackSize.of(24), PackRounding.down(), 0, Double.NaN);
        assertThat(OrderSizing.quantity(PolicyLevels.periodic(100), 80, down)).isZero();
        assertThat(OrderSizing.quantity(PolicyLevels.periodic(100), 50, down)).isEqualTo(48);
    }

    @Test
    void stepsCarryTheirInputsAndTheRuleApplied() {
        OrderSizing.SizedLine line = OrderSizing.explain(PolicyLevels.periodic(100), 61,
                new OrderConstraints(PackSize.of(10), PackRounding.nearestAboveThreshold(0.5), 0, Double.NaN));
        ExplanationStep rounding = line.steps().get(1);
        assertThat(rounding.inputs()).extracting(StepInput::value).containsExactly(39.0, 10.0);
        assertThat(rounding.result()).isEqualTo(40);
        assertThat(rounding.rule()).isEqualTo("round up when at least 0.5 of a pack is needed, down otherwise");
        assertThat(rounding.formula()).startsWith("part-pack ≥ 0.5");
    }
}
