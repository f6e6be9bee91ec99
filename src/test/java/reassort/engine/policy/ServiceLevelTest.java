package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceLevelTest {

    @Test
    void hundredPercentIsRefusedWithAHint() {
        assertThatThrownBy(() -> ServiceLevel.of(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Service level 100 % cannot be reached with finite stock. Maybe use 99.5 %.");
        assertThatThrownBy(() -> ServiceLevel.percent(100))
                .hasMessage("Service level 100 % cannot be reached with finite stock. Maybe use 99.5 %.");
    }

    @Test
    void aLevelTypedInPercentIsRefusedWithTheFractionItMeant() {
        assertThatThrownBy(() -> ServiceLevel.of(95))
                .hasMessage("Service level (95) must be a fraction below 1. Maybe it was typed in percent: 95 % is 0.95.");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "-0.05, -5"})
    void zeroOrNegativeLevelsAreRefused(double probability, String percent) {
        assertThatThrownBy(() -> ServiceLevel.of(probability))
                .hasMessage("Service level (" + percent + " %) must be above 0 %. Maybe use the class default (e.g. 95 %).");
    }

    @Test
    void notANumberIsRefused() {
        assertThatThrownBy(() -> ServiceLevel.of(Double.NaN)).hasMessageContaining("is not a number");
    }

    @Test
    void printsAsPercent() {
        assertThat(ServiceLevel.percent(99.5)).hasToString("99.5 %");
        assertThat(ServiceLevel.of(0.95).percent()).isEqualTo(95.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"0.95, -3, 0.92", "0.98, 5, 0.999", "0.6, -20, 0.5"})
    void adjustmentsStayWithinFiftyAndNinetyNinePointNine(double level, double points, double expected) {
        assertThat(ServiceLevel.of(level).adjustedBy(points).probability()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }
}
