package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackRoundingTest {

    @ParameterizedTest(name = "UP: need {0}, pack {1} → {2}")
    @CsvSource({"0, 12, 0", "-5, 12, 0", "1, 12, 12", "12, 12, 12", "12.0000000001, 12, 12", "13, 12, 24", "7.2, 1, 8"})
    void upNeverOrdersLessThanTheNeed(double need, int pack, double expected) {
        assertThat(PackRounding.up().round(need, pack)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "DOWN: need {0}, pack {1} → {2}")
    @CsvSource({"11, 12, 0", "12, 12, 12", "23.9, 12, 12", "24, 12, 24"})
    void downNeverOrdersMoreThanTheNeed(double need, int pack, double expected) {
        assertThat(PackRounding.down().round(need, pack)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "NEAREST_ABOVE_THRESHOLD({2}): need {0}, pack {1} → {3}")
    @CsvSource({
        "14, 12, 0.5, 12", "18, 12, 0.5, 24", "15, 12, 0.2, 24", "14, 12, 0.2, 12",
        "5, 12, 0.5, 0", "6, 12, 0.5, 12", "24, 12, 0.2, 24", "13, 12, 0, 24", "23, 12, 1, 12"})
    void nearestAboveThresholdRoundsUpOnlyForALargeEnoughPartPack(double need, int pack, double threshold, double expected) {
        assertThat(PackRounding.nearestAboveThreshold(threshold).round(need, pack)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "NEVER_EXCEED({2}): need {0}, pack {1} → {3}")
    @CsvSource({"30, 12, 100, 36", "95, 12, 100, 96", "97, 12, 100, 96", "250, 12, 100, 96", "5, 12, 10, 0"})
    void neverExceedRoundsUpWithinTheLineMaximum(double need, int pack, double max, double expected) {
        assertThat(PackRounding.neverExceed(max).round(need, pack)).isEqualTo(expected);
    }
}
