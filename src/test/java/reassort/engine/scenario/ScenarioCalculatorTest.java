package reassort.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.domain.Supplier;
import reassort.engine.policy.DemandForecast;
import reassort.engine.policy.ItemParameters;
import reassort.engine.policy.PolicyEngine;
import reassort.engine.policy.PolicyFixtures;
import reassort.engine.policy.PolicyInput;
import reassort.engine.policy.PolicyItem;
import reassort.engine.policy.Proposal;
import reassort.engine.policy.ServiceTarget;
import reassort.engine.policy.SupplierTerms;
import reassort.engine.scenario.ScenarioComparison.ChannelComparison;

class ScenarioCalculatorTest {
    private static final LocalDate TODAY = PolicyFixtures.TODAY;
    private static final Supplier SUPPLIER = new Supplier("SUP", "Supplier", 14, 0, Set.of(DayOfWeek.MONDAY), 0);
    private static final int WEEKS = 26;

    private static ScenarioItem item(String sku, String location, double onHand, double storeMean, double webMean) {
        Product product = new Product(sku, sku, "TOYS", 10, 25, "SUP", "", 1, 0);
        List<ChannelForecast> channels = new ArrayList<>();
        channels.add(new ChannelForecast("STORE", flat(storeMean), flat(0.2 * storeMean)));
        channels.add(new ChannelForecast("WEB", flat(webMean), flat(0.2 * webMean)));
        double[] sd = flat(Math.sqrt(Math.pow(0.2 * storeMean, 2) + Math.pow(0.2 * webMean, 2)));
        DemandForecast forecast = new DemandForecast(flat(storeMean + webMean), sd, null, 1);
        PolicyItem policyItem = PolicyItem.of(product, location, PolicyFixtures.stock(sku, location, onHand), forecast)
                .withParameters(ItemParameters.NONE.withTarget(ServiceTarget.cycleService(0.95)));
        return new ScenarioItem(policyItem, "NORTH", channels);
    }

    private static double[] flat(double value) {
        double[] a = new double[WEEKS];
        Arrays.fill(a, value);
        return a;
    }

    private static ScenarioInput input(ScenarioItem... items) {
        return new ScenarioInput(List.of(items), Map.of("SUP", SupplierTerms.of(SUPPLIER)), Map.of(), List.of(), null, TODAY);
    }

    private static Promotion promotion(String sku, String category, Set<String> channels, LocalDate start, LocalDate end,
            double discount) {
        return new Promotion("P1", "Spring", sku, category, channels, null, start, end, discount, PromotionMechanic.DISCOUNT);
    }

    private static ScenarioComparison compute(ScenarioInput input, List<ScenarioPromotion> promotions, int replications) {
        return new ScenarioCalculator(PolicyFixtures.CLOCK).compute(input, promotions,
                new ProjectionSettings(13, replications, 3), null);
    }

    @Test
    void aScenarioWithoutChangeEqualsTheBaseline() {
        ScenarioInput input = input(item("A", "S1", 50, 100, 20), item("B", "S1", 400, 30, 10));

        ScenarioComparison comparison = compute(input, List.of(), 50);

        assertThat(comparison.itemsAffected()).isZero();
        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.extraUnits()).isZero();
        assertThat(comparison.orders()).allSatisfy(week -> assertThat(week.extraUnits()).isZero());
    }

    @Test
    void aWebPromotionLiftsWebUnitsOnlyAndSellsThemAtTheDiscount() {
        ScenarioInput input = input(item("A", "S1", 50, 100, 20), item("B", "S1", 400, 30, 10));
        // two whole weeks (Monday to Sunday) of SKU A on the web, 20 % off, uplift × 2
        Promotion web = promotion("A", null, Set.of("WEB"), TODAY.plusWeeks(2), TODAY.plusWeeks(4).minusDays(1), 20);

        ScenarioComparison comparison = compute(input, List.of(new ScenarioPromotion(web, PromotionEffect.entered(2))), 50);

        ChannelComparison webChannel = comparison.channels().stream().filter(c -> c.channel().equals("WEB")).findFirst().orElseThrow();
        ChannelComparison store = comparison.channels().stream().filter(c -> c.channel().equals("STORE")).findFirst().orElseThrow();
        assertThat(webChannel.extraUnits()).isCloseTo(2 * 20, within(1e-9));
        assertThat(store.extraUnits()).isZero();
        // 13 weeks of A on the web at 25.00, of which two weeks at 40 units and 20 % off
        assertThat(webChannel.scenarioRevenue()).isCloseTo(11 * 20 * 25 + 2 * 40 * 25 * 0.8, within(1e-6));
        assertThat(comparison.itemsAffected()).isEqualTo(1);
        assertThat(comparison.changes()).extracting(ScenarioComparison.ItemChange::sku).containsOnly("A");
    }

    @Test
    void aPostPromotionDipLowersTheWeeksAfter() {
        ScenarioInput input = input(item("A", "S1", 50, 100, 0));
        Promotion store = promotion("A", null, Set.of("STORE"), TODAY, TODAY.plusDays(6), 0);
        PromotionEffect effect = PromotionEffect.entered(1.5).withDip(0.2, 2);

        ScenarioComparison comparison = compute(input, List.of(new ScenarioPromotion(store, effect)), 20);

        assertThat(comparison.extraUnits()).isCloseTo(50 - 2 * 20, within(1e-9));
    }

    @Test
    void cannibalisationTakesItsShareOfTheExtraUnitsFromTheCategorysOtherSkus() {
        ScenarioInput input = input(item("A", "S1", 50, 100, 0), item("B", "S1", 50, 60, 0), item("C", "S1", 50, 20, 0),
                item("D", "S2", 50, 60, 0));
        Promotion one = promotion("A", null, Set.of(), TODAY, TODAY.plusDays(6), 30);
        PromotionEffect effect = PromotionEffect.entered(2).withCannibalisation(0.4);

        ScenarioComparison comparison = compute(input, List.of(new ScenarioPromotion(one, effect)), 20);

        // A sells 100 more; B and C (same location) lose 40 of them, 30 and 10 by their forecasts; D elsewhere none
        assertThat(comparison.extraUnits()).isCloseTo(100 - 40, within(1e-9));
        assertThat(comparison.itemsAffected()).isEqualTo(3);
    }

    @Test
    void projectedServiceMatchesThePolicyTargetWhenThePromotionIsPlannedFor() {
        // smooth demand 100 a week; a promotion doubling it over the next two weeks, inside the 3-week protection
        // interval (order on Mondays, 2 weeks' lead time, weekly review)
        ScenarioInput input = input(item("A", "S1", 150, 100, 0));
        Promotion now = promotion("A", null, Set.of(), TODAY, TODAY.plusDays(13), 25);
        ScenarioPromotion planned = new ScenarioPromotion(now, PromotionEffect.entered(2));

        ScenarioComparison comparison = compute(input, List.of(planned), 4000);

        Proposal scenarioProposal = new PolicyEngine(PolicyFixtures.CLOCK).plan(new PolicyInput(List.of(
                input.items().get(0).item()), input.suppliers(), Map.of(), List.of(), null)).proposals().get(0);
        assertThat(scenarioProposal.target()).isEqualTo(ServiceTarget.cycleService(0.95));
        assertThat(comparison.scenario().cycleService().mean()).isCloseTo(0.95, within(0.012));
        assertThat(comparison.unplanned().cycleService().mean()).isLessThan(0.5);
        assertThat(comparison.baseline().cycleService().mean()).isCloseTo(0.95, within(0.012));
        ChannelComparison store = comparison.channels().get(0);
        assertThat(store.scenarioService().mean()).isCloseTo(comparison.scenario().cycleService().mean(), within(1e-9));
        assertThat(store.unplannedService().high()).isLessThanOrEqualTo(1.0);
        assertThat(comparison.changes()).singleElement().satisfies(change ->
                assertThat(change.scenarioQuantity() - change.baselineQuantity()).isCloseTo(
                        200 + change.scenarioSafetyStock() - change.baselineSafetyStock(), within(1.0)));
        ScenarioComparison.ItemChange change = comparison.changes().get(0);
        assertThat(comparison.orders().get(0).extraUnits())
                .isCloseTo(change.scenarioQuantity() - change.baselineQuantity(), within(1e-9));
    }
}
