package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EconomicOrderQuantityTest {

    @Test
    void eoqBalancesOrderingAndHoldingCost() {
        // D = 1200 a year, K = 50 an order, h = 25 % of a unit cost of 8: √(2·1200·50 / 2) = 244.949
        assertThat(EconomicOrderQuantity.of(1200, 50, 0.25 * 8)).isCloseTo(244.94897427831782, within(1e-10));
    }

    @Test
    void eoqGrowsWithTheSquareRootOfDemand() {
        assertThat(EconomicOrderQuantity.of(4800, 50, 2) / EconomicOrderQuantity.of(1200, 50, 2)).isCloseTo(2, within(1e-12));
    }

    @Test
    void aZeroHoldingCostIsRefusedWithAHint() {
        assertThatThrownBy(() -> EconomicOrderQuantity.of(1200, 50, 0))
                .hasMessageContaining("Maybe the unit cost is 0 or the holding rate is missing");
    }
}
