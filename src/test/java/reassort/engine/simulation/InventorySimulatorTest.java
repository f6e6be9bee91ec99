package reassort.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import reassort.engine.policy.OrderConstraints;
import reassort.engine.policy.PolicyLevels;

class InventorySimulatorTest {
    private static final DemandSource TEN_A_PERIOD = DemandSource.normal(10, 0);

    private static SimulationReport run(SimulationSettings settings, DemandSource demand, LeadTimeSource lead, LevelsRule rule) {
        return new InventorySimulator(settings).run(demand, lead, rule, 7);
    }

    private static LevelsRule orderUpTo(double s, int review) {
        return new LevelsRule(PolicyLevels.periodic(s), OrderConstraints.none(), review);
    }

    @Test
    void steadyDemandWithEnoughStockNeverRunsOut() {
        // S = 35 covers three periods of 10 (lead time 2 + review 1) with 5 to spare, left on hand at every period end
        SimulationReport r = run(SimulationSettings.of(1_000, 10), TEN_A_PERIOD, LeadTimeSource.fixed(2), orderUpTo(35, 1));
        assertThat(r.periods()).isEqualTo(990);
        assertThat(r.cycleServiceLevel()).isEqualTo(1);
        assertThat(r.fillRate()).isEqualTo(1);
        assertThat(r.stockoutPeriods()).isZero();
        assertThat(r.averageOnHand()).isCloseTo(5, within(1e-9));
        assertThat(r.averageOrderQuantity()).isCloseTo(10, within(1e-9));
        assertThat(r.cycles()).isBetween(985, 990);
    }

    @Test
    void shortStockBackordersHalfOfEveryPeriodsDemand() {
        // S = 25 against 30 needed: 5 units wait every period; receipts serve them first, so half of each demand waits
        SimulationReport r = run(SimulationSettings.of(1_000, 10), TEN_A_PERIOD, LeadTimeSource.fixed(2), orderUpTo(25, 1));
        assertThat(r.fillRate()).isCloseTo(0.5, within(1e-9));
        assertThat(r.cycleServiceLevel()).isZero();
        assertThat(r.stockoutPeriods()).isEqualTo(990);
        assertThat(r.averageBackorders()).isCloseTo(5, within(1e-9));
        assertThat(r.averageOnHand()).isZero();
    }

    @Test
    void lostSalesAreNotServedLater() {
        // with lost sales the position holds 25 = stock + two orders in the pipeline: 25 / 3 units arrive and sell each period
        SimulationReport r = run(SimulationSettings.of(2_000, 200).withShortage(ShortageHandling.LOST_SALES), TEN_A_PERIOD,
                LeadTimeSource.fixed(2), orderUpTo(25, 1));
        assertThat(r.fillRate()).isCloseTo(25.0 / 30, within(1e-6));
        assertThat(r.averageBackorders()).isZero();
    }

    @Test
    void cyclesRunFromOneReceiptToTheNext() {
        SimulationReport r = run(SimulationSettings.of(1_000, 100), TEN_A_PERIOD, LeadTimeSource.fixed(1), orderUpTo(40, 2));
        assertThat(r.cycles()).isBetween(448, 450);
        assertThat(r.orders()).isEqualTo(450);
        assertThat(r.averageOrderQuantity()).isCloseTo(20, within(1e-9));
    }

    @Test
    void zeroLeadTimeDeliversBeforeTheDemandOfThePeriod() {
        SimulationReport r = run(SimulationSettings.of(500, 10), TEN_A_PERIOD, LeadTimeSource.fixed(0), orderUpTo(10, 1));
        assertThat(r.fillRate()).isEqualTo(1);
        assertThat(r.averageOnHand()).isZero();
    }

    @Test
    void ordersInSequenceBunchWhereIndependentOrdersOvertake() {
        LeadTimeSource spread = LeadTimeSource.discrete(new int[] {1, 4}, new double[] {0.5, 0.5});
        DemandSource demand = DemandSource.normal(10, 2);
        SimulationReport sequence = run(SimulationSettings.of(20_000, 100), demand, spread, orderUpTo(60, 1));
        SimulationReport crossing = run(SimulationSettings.of(20_000, 100).withOrdersMayCross(true), demand, spread, orderUpTo(60, 1));
        // in sequence, a late order holds back the ones behind it: fewer, larger receipts and more stock-outs
        assertThat(sequence.cycles()).isLessThan(crossing.cycles() * 4 / 5);
        assertThat(sequence.stockoutPeriods()).isGreaterThan(crossing.stockoutPeriods());
    }

    @Test
    void theSameSeedReplaysTheSameDemand() {
        DemandSource demand = DemandSource.poisson(4);
        LeadTimeSource lead = LeadTimeSource.discrete(new int[] {1, 2}, new double[] {0.5, 0.5});
        SimulationReport a = new InventorySimulator(SimulationSettings.of(5_000, 100)).run(demand, lead, orderUpTo(14, 1), 11);
        SimulationReport b = new InventorySimulator(SimulationSettings.of(5_000, 100)).run(demand, lead, orderUpTo(14, 1), 11);
        SimulationReport c = new InventorySimulator(SimulationSettings.of(5_000, 100)).run(demand, lead, orderUpTo(14, 1), 12);
        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
        // common random numbers: a different rule on the same seed faces the same total demand
        SimulationReport d = new InventorySimulator(SimulationSettings.of(5_000, 100)).run(demand, lead, orderUpTo(20, 1), 11);
        assertThat(d.demand()).isEqualTo(a.demand());
    }

    @Test
    void minMaxOrdersOnlyAtOrBelowMin() {
        SimulationReport r = run(SimulationSettings.of(1_000, 100), TEN_A_PERIOD, LeadTimeSource.fixed(1), LevelsRule.minMax(20, 60, 1));
        // position falls 60 → 50 → 40 → 30 → 20, then an order of 40: one order every 4 periods
        assertThat(r.orders()).isBetween(224, 226);
        assertThat(r.averageOrderQuantity()).isCloseTo(40, within(1e-9));
        assertThat(r.fillRate()).isEqualTo(1);
    }

    @Test
    void aWarmUpAsLongAsTheRunIsRefused() {
        assertThatThrownBy(() -> SimulationSettings.of(100, 100)).hasMessageContaining("need more periods than warm-up");
    }
}
