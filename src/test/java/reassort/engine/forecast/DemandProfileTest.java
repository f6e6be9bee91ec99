package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemandProfileTest {

    @ParameterizedTest(name = "ADI {0}, CV² {1} → {2}")
    @CsvSource({
        "1.00, 0.10, SMOOTH",
        "1.31, 0.48, SMOOTH",
        "1.31, 0.49, ERRATIC",
        "1.32, 0.48, INTERMITTENT",
        "1.32, 0.49, LUMPY",
        "4.00, 2.00, LUMPY",
        "Infinity, 0, NO_DEMAND"
    })
    void classesFollowTheSyntetosBoylanCutOffs(double adi, double cv2, DemandClass expected) {
        assertThat(DemandClass.of(adi, cv2)).isEqualTo(expected);
    }

    @Test
    void adiIsPeriodsPerDemandAndCv2IsOverTheNonZeroSizes() {
        // 4 demands in 8 periods; sizes 2, 4, 6, 8: mean 5, population variance 5 → CV² = 0.2
        DemandProfile profile = DemandProfile.of(new double[] {2, 0, 4, 0, 6, 0, 8, 0});
        assertThat(profile.adi()).isEqualTo(2);
        assertThat(profile.cv2()).isCloseTo(0.2, within(1e-12));
        assertThat(profile.demandClass()).isEqualTo(DemandClass.INTERMITTENT);
    }

    @Test
    void censoredPeriodsAreNeitherDemandNorItsAbsence() {
        double[] y = {5, 0, 0, 5, 0, 5};
        boolean[] stockout = {false, true, true, false, true, false};
        DemandProfile profile = DemandProfile.of(y, stockout, 0, y.length);
        assertThat(profile.periods()).isEqualTo(3);
        assertThat(profile.adi()).isEqualTo(1);
        assertThat(profile.demandClass()).isEqualTo(DemandClass.SMOOTH);
    }

    @Test
    void aHistoryWithoutSalesHasNoDemand() {
        assertThat(DemandProfile.of(new double[6]).demandClass()).isEqualTo(DemandClass.NO_DEMAND);
    }
}
