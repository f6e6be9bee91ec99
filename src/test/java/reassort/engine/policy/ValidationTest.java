package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;

/** Bad input fails fast with the value and a hint; inside a plan the message also names the SKU and location. */
class ValidationTest {

    @Test
    void negativeLeadTimeNamesTheValueAndTheColumn() {
        assertThatThrownBy(() -> LeadTime.ofDays(-3, 0))
                .hasMessage("Lead time (-3 days) must be zero or more. Maybe check the supplier sheet's lead-time column.");
    }

    @Test
    void negativeLeadTimeDeviationIsRefused() {
        assertThatThrownBy(() -> LeadTime.ofDays(5, -1)).hasMessageStartingWith("Lead-time standard deviation (-1 days)");
    }

    @Test
    void packSizeZeroSuggestsOne() {
        assertThatThrownBy(() -> PackSize.of(0))
                .hasMessage("Pack size (0) must be at least 1. Maybe the pack-size column is empty; use 1 for single units.");
    }

    @Test
    void roundingThresholdOutsideAPackIsRefused() {
        assertThatThrownBy(() -> PackRounding.nearestAboveThreshold(1.5))
                .hasMessage("Rounding threshold (1.5) must be between 0 and 1 of a pack. Maybe use 0.5 to round to the nearest pack.");
    }

    @Test
    void negativeForecastIsRefusedWithItsPeriod() {
        assertThatThrownBy(() -> new DemandForecast(new double[] {3, -1}, new double[] {1}, null, Double.NaN))
                .hasMessage("Forecast of period 1 (-1) must be zero or more. Maybe clip negative forecasts at 0.");
    }

    @Test
    void averageDemandIntervalBelowOneIsRefused() {
        assertThatThrownBy(() -> DemandForecast.flat(2, 1).withAverageDemandInterval(0.5))
                .hasMessageStartingWith("Average demand interval (0.5 periods) must be at least 1.");
    }

    @Test
    void minMaxWithoutBothLevelsIsRefused() {
        assertThatThrownBy(() -> ItemParameters.NONE.withPolicy(PolicyKind.MIN_MAX))
                .hasMessageContaining("needs both a min and a max");
        assertThatThrownBy(() -> ItemParameters.minMax(10, 5)).hasMessage("Max (5) is below min (10). Maybe the two columns are swapped.");
    }

    @Test
    void aFixedQuantityPolicyWithoutQuantityOrCostsNamesTheItem() {
        PolicyItem item = PolicyItem.of(PolicyFixtures.product("10442", "SUP", 5, 1, 0), "STORE-12",
                PolicyFixtures.stock("10442", "STORE-12", 3), DemandForecast.flat(10, 3))
                .withParameters(ItemParameters.NONE.withPolicy(PolicyKind.FIXED_QUANTITY));
        PolicyInput input = new PolicyInput(List.of(item),
                Map.of("SUP", SupplierTerms.of(PolicyFixtures.supplier("SUP", 7, 0, Set.of(), 0))), Map.of(), List.of(), null);
        assertThatThrownBy(() -> new PolicyEngine(PolicyFixtures.CLOCK).plan(input))
                .hasMessageStartingWith("SKU 10442 at STORE-12: A fixed-quantity policy needs a quantity or, for EOQ,"
                        + " an ordering cost (supplier SUP) and a holding rate.");
    }

    @Test
    void anUnknownSupplierNamesTheItemAndTheSheet() {
        PolicyItem item = PolicyItem.of(PolicyFixtures.product("10442", "ACME", 5, 1, 0), "DC",
                PolicyFixtures.stock("10442", "DC", 3), DemandForecast.flat(10, 3));
        PolicyInput input = new PolicyInput(List.of(item), Map.of(), Map.of(), List.of(), null);
        assertThatThrownBy(() -> new PolicyEngine(PolicyFixtures.CLOCK).plan(input))
                .hasMessage("SKU 10442 at DC: Supplier ACME is not in the supplier list. Maybe import the supplier sheet.");
    }

    @Test
    void aStoreWithoutTransferLaneSaysWhichLaneToAdd() {
        Product product = PolicyFixtures.product("10442", "ACME", 5, 1, 0);
        PolicyItem item = PolicyItem.of(product, "STORE-12", PolicyFixtures.stock("10442", "STORE-12", 3), DemandForecast.flat(10, 3));
        Location store = new Location("STORE-12", "Store 12", LocationType.STORE, "", "WH-1", true, false);
        PolicyInput input = new PolicyInput(List.of(item), Map.of(), Map.of("STORE-12", store), List.of(), null);
        assertThatThrownBy(() -> new PolicyEngine(PolicyFixtures.CLOCK).plan(input))
                .hasMessage("SKU 10442 at STORE-12: No transfer lane from WH-1 to STORE-12. Maybe add a lane from WH-1"
                        + " (for all its locations or for STORE-12).");
    }

    @Test
    void stockOfAnotherItemIsRefused() {
        assertThatThrownBy(() -> PolicyItem.of(PolicyFixtures.product("A", "SUP", 5, 1, 0), "DC",
                        PolicyFixtures.stock("B", "DC", 3), DemandForecast.flat(10, 3)))
                .hasMessageContaining("Maybe the stock rows are misaligned");
    }

    @Test
    void minMaxCannotBeTheDefaultPolicy() {
        assertThatThrownBy(() -> PolicySettings.defaults().withDefaultPolicy(PolicyKind.MIN_MAX))
                .hasMessageStartingWith("Min/max cannot be the default policy");
    }
}
