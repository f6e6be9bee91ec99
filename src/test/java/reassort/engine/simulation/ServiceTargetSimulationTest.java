package reassort.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reassort.domain.Product;
import reassort.domain.Supplier;
import reassort.engine.policy.DemandForecast;
import reassort.engine.policy.ItemParameters;
import reassort.engine.policy.PolicyEngine;
import reassort.engine.policy.PolicyFixtures;
import reassort.engine.policy.PolicyInput;
import reassort.engine.policy.PolicyItem;
import reassort.engine.policy.PolicySettings;
import reassort.engine.policy.Proposal;
import reassort.engine.policy.SafetyStockMethod;
import reassort.engine.policy.ServiceTarget;
import reassort.engine.policy.SupplierTerms;

/**
 * The engine's (R,S) proposals, replayed by the simulator, reach their service targets within ±1.5 points. The
 * policy is computed by the engine from the demand process's true mean, deviation and ADI (a perfect forecast), so
 * what is tested is the policy, not the forecast.
 *
 * <ul>
 *   <li>Smooth: daily periods, normal demand 20 ± 6 a day, lead time a rounded normal 10 ± 2 days, orders on
 *       Mondays (weekly review); 350,000 days, about 50,000 replenishment cycles.</li>
 *   <li>Intermittent: weekly periods, demand in 30 % of weeks with gamma sizes 10 ± 8, lead time 2 weeks (70 %) or 3
 *       weeks (30 %), weekly review; 200,000 weeks, about 60,000 replenishment cycles.</li>
 * </ul>
 */
class ServiceTargetSimulationTest {
    private static final DemandSource SMOOTH = DemandSource.normal(20, 6);
    private static final LeadTimeSource SMOOTH_LEAD = LeadTimeSource.discretisedNormal(10, 2);
    private static final PolicySettings DAILY = PolicySettings.defaults().withPeriodLengthDays(1).withPlanningCycleDays(7);
    private static final DemandSource INTERMITTENT = DemandSource.intermittentGamma(0.3, 10, 8);
    private static final LeadTimeSource INTERMITTENT_LEAD = LeadTimeSource.discrete(new int[] {2, 3}, new double[] {0.7, 0.3});
    private static final PolicySettings WEEKLY = PolicySettings.defaults();

    static Proposal plan(DemandSource demand, LeadTimeSource lead, PolicySettings settings, ServiceTarget target,
            SafetyStockMethod method) {
        DemandForecast forecast = DemandForecast.flat(demand.mean(), Math.sqrt(demand.variance()));
        if (demand.averageDemandInterval() > 1 + 1e-9) forecast = forecast.withAverageDemandInterval(demand.averageDemandInterval());
        double daysPerPeriod = settings.periodLengthDays();
        Supplier supplier = PolicyFixtures.supplier("SUP", lead.mean() * daysPerPeriod, lead.standardDeviation() * daysPerPeriod,
                Set.of(DayOfWeek.MONDAY), 0);
        Product product = PolicyFixtures.product("SKU", "SUP", 10, 1, 0);
        PolicyItem item = PolicyItem.of(product, "DC", PolicyFixtures.stock("SKU", "DC", 0), forecast)
                .withParameters(ItemParameters.NONE.withTarget(target).withMethod(method));
        return new PolicyEngine(PolicyFixtures.CLOCK).plan(new PolicyInput(List.of(item),
                Map.of("SUP", SupplierTerms.of(supplier)), Map.of(), List.of(), settings)).proposals().get(0);
    }

    private static SimulationReport smooth(ServiceTarget target) {
        Proposal p = plan(SMOOTH, SMOOTH_LEAD, DAILY, target, null);
        assertThat(LevelsRule.of(p).reviewPeriods()).isEqualTo(7);
        return new InventorySimulator(SimulationSettings.of(350_000, 1_000)).run(SMOOTH, SMOOTH_LEAD, LevelsRule.of(p), 42);
    }

    private static SimulationReport intermittent(ServiceTarget target, SafetyStockMethod method) {
        Proposal p = plan(INTERMITTENT, INTERMITTENT_LEAD, WEEKLY, target, method);
        return new InventorySimulator(SimulationSettings.of(200_000, 200)).run(INTERMITTENT, INTERMITTENT_LEAD, LevelsRule.of(p), 42);
    }

    @ParameterizedTest(name = "smooth demand, cycle service target {0}")
    @ValueSource(doubles = {0.85, 0.90, 0.95, 0.98, 0.99})
    void cycleServiceOfSmoothDemandHitsTheTarget(double alpha) {
        SimulationReport r = smooth(ServiceTarget.cycleService(alpha));
        assertThat(r.cycles()).isGreaterThan(45_000);
        assertThat(r.cycleServiceLevel()).isCloseTo(alpha, within(0.015));
    }

    @ParameterizedTest(name = "intermittent demand, cycle service target {0}")
    @ValueSource(doubles = {0.85, 0.90, 0.95, 0.98, 0.99})
    void cycleServiceOfIntermittentDemandHitsTheTarget(double alpha) {
        SimulationReport r = intermittent(ServiceTarget.cycleService(alpha), null);
        assertThat(r.cycles()).isGreaterThan(50_000);
        assertThat(r.cycleServiceLevel()).isCloseTo(alpha, within(0.015));
    }

    @ParameterizedTest(name = "smooth demand, fill-rate target {0}")
    @ValueSource(doubles = {0.90, 0.95, 0.98})
    void fillRateOfSmoothDemandHitsTheTarget(double beta) {
        assertThat(smooth(ServiceTarget.fillRate(beta)).fillRate()).isCloseTo(beta, within(0.015));
    }

    @ParameterizedTest(name = "intermittent demand, fill-rate target {0}")
    @ValueSource(doubles = {0.90, 0.95, 0.98})
    void fillRateOfIntermittentDemandHitsTheTarget(double beta) {
        assertThat(intermittent(ServiceTarget.fillRate(beta), null).fillRate()).isCloseTo(beta, within(0.015));
    }

    @Test
    void theMethodRuleMattersForIntermittentDemand() {
        // the same 85 % target with the demand forced into a negative binomial or a normal falls well short
        ServiceTarget target = ServiceTarget.cycleService(0.85);
        assertThat(plan(INTERMITTENT, INTERMITTENT_LEAD, WEEKLY, target, null).method())
                .isEqualTo(SafetyStockMethod.COMPOUND_INTERMITTENT);
        assertThat(intermittent(target, SafetyStockMethod.NEGATIVE_BINOMIAL).cycleServiceLevel()).isLessThan(0.82);
        assertThat(intermittent(target, SafetyStockMethod.NORMAL).cycleServiceLevel()).isLessThan(0.78);
    }
}
