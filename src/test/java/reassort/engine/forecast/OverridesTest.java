package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverridesTest {
    private static final double[] STATISTICAL = {10, 10, 10, 10};

    @Test
    void overridesChangeTheAdjustedForecastAndKeepTheStatisticalOne() {
        AdjustedForecast forecast = AdjustedForecast.of(100, STATISTICAL, List.of(
                ForecastOverride.percent(101, 102, 20, "Local event"),
                ForecastOverride.units(103, 110, 4, "Range delisting announced")));
        assertThat(forecast.statistical()).containsExactly(10, 10, 10, 10);
        assertThat(forecast.adjusted()).containsExactly(10, 12, 12, 4);
        assertThat(forecast.isOverridden(100)).isFalse();
        assertThat(forecast.isOverridden(103)).isTrue();
    }

    @Test
    void overridesKeepTheirPeriodsWhenTheForecastOriginMoves() {
        ForecastOverride event = ForecastOverride.units(105, 105, 30, "Store reopening");
        AdjustedForecast thisWeek = AdjustedForecast.of(102, STATISTICAL, List.of(event));
        AdjustedForecast nextWeek = AdjustedForecast.of(103, new double[] {11, 11, 11, 11}, List.of(event));
        assertThat(thisWeek.adjusted()[3]).isEqualTo(30);
        assertThat(nextWeek.adjusted()[2]).isEqualTo(30);
        assertThat(nextWeek.adjusted()[3]).isEqualTo(11);
    }

    @Test
    void laterOverridesActOnEarlierOnes() {
        AdjustedForecast forecast = AdjustedForecast.of(1, STATISTICAL, List.of(
                ForecastOverride.units(1, 4, 20, "New listing"),
                ForecastOverride.percent(2, 2, -50, "Half the shelf space that week")));
        assertThat(forecast.adjusted()).containsExactly(20, 10, 20, 20);
    }

    @Test
    void overridesOutsideTheHorizonAreNotApplied() {
        AdjustedForecast forecast = AdjustedForecast.of(1, STATISTICAL,
                List.of(ForecastOverride.units(20, 25, 0, "Summer closure")));
        assertThat(forecast.applied()).isEmpty();
        assertThat(forecast.adjusted()).containsExactly(STATISTICAL);
    }

    @Test
    void anOverrideNeedsAReasonAndSensibleAmounts() {
        assertThatThrownBy(() -> ForecastOverride.units(1, 2, 5, " ")).hasMessageContaining("has no reason");
        assertThatThrownBy(() -> ForecastOverride.percent(1, 2, -120, "x")).hasMessageContaining("−100 %");
        assertThatThrownBy(() -> ForecastOverride.units(5, 2, 5, "x")).hasMessageContaining("swapped");
    }
}
