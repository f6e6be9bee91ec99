package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixedForecastsTest {
    private static final double[] SERIES = {12, 15, 11, 18, 14, 16, 13, 19, 17, 15};

    @Test
    void sesWithAlphaOneEqualsNaive() {
        assertThat(FixedForecasts.ses(SERIES, 1, 4)).containsExactly(FixedForecasts.naive(SERIES, 4));
    }

    @Test
    void sesIsTheExponentiallyWeightedLevel() {
        double[] y = {10, 20};
        // l0 = 10; l1 = 0.5·10 + 0.5·10 = 10; l2 = 0.5·20 + 0.5·10 = 15
        assertThat(FixedForecasts.ses(y, 0.5, 2)).containsExactly(15, 15);
    }

    @Test
    void naiveRepeatsTheLastValueAndDriftExtendsTheAverageChange() {
        assertThat(FixedForecasts.naive(SERIES, 3)).containsExactly(15, 15, 15);
        // average change (15 − 12) / 9 per period
        assertThat(FixedForecasts.drift(SERIES, 2)[1]).isCloseTo(15 + 2 * 3.0 / 9, within(1e-12));
    }

    @Test
    void seasonalNaiveRepeatsTheLastFullSeason() {
        double[] y = {1, 2, 3, 4, 5, 6, 7};
        assertThat(FixedForecasts.seasonalNaive(y, 3, 5)).containsExactly(5, 6, 7, 5, 6);
    }

    @Test
    void movingAverageIsTheMeanOfTheLastWindow() {
        assertThat(FixedForecasts.movingAverage(SERIES, 4, 2)).containsExactly(16, 16); // (13+19+17+15)/4
        assertThat(FixedForecasts.movingAverage(new double[] {3, 5}, 8, 1)).containsExactly(4);
    }

    @Test
    void holtOnAStraightLineConvergesToTheLine() {
        // l0 = y1 is applied before y1 (R's convention), so the start is one step off and the error dies out
        double[] line = SeriesFixtures.trend(200, 5, 2, 0, 1);
        double[] forecast = FixedForecasts.holt(line, 0.4, 0.2, 3);
        assertThat(forecast).containsExactly(new double[] {405, 407, 409}, within(1e-9));
    }

    @Test
    void dampedTrendFlattensOut() {
        double[] line = SeriesFixtures.trend(30, 5, 2, 0, 1);
        double[] forecast = FixedForecasts.dampedHolt(line, 0.4, 0.2, 0.8, 60);
        double lastStep = forecast[59] - forecast[58];
        assertThat(lastStep).isPositive().isLessThan(1e-4);
        // the trend adds at most b·φ/(1−φ) = 2·4 = 8 units above the last level
        assertThat(forecast[59]).isLessThan(63 + 8 + 1e-6);
    }

    @Test
    void additiveHoltWintersReproducesAPureSeasonalPattern() {
        double[] y = new double[4 * 4];
        double[] pattern = {10, 20, 30, 20};
        for (int t = 0; t < y.length; t++) y[t] = pattern[t % 4];
        assertThat(FixedForecasts.holtWintersAdditive(y, 4, 0.3, 0.1, 0.2, 6))
                .containsExactly(new double[] {10, 20, 30, 20, 10, 20}, within(1e-9));
        assertThat(FixedForecasts.holtWintersMultiplicative(y, 4, 0.3, 0.1, 0.2, 2))
                .containsExactly(new double[] {10, 20}, within(1e-9));
    }

    @Test
    void holtWintersNeedsTwoFullSeasons() {
        assertThatThrownBy(() -> FixedForecasts.holtWintersAdditive(new double[7], 4, 0.3, 0.1, 0.1, 2))
                .hasMessageContaining("needs at least 8 observations");
    }

    @Test
    void crostonForecastsTheZeroFreeMeanOverTheMeanInterval() {
        // a demand of 6 every third period: z = 6, p = 3 whatever alpha
        double[] y = {0, 0, 6, 0, 0, 6, 0, 0, 6, 0, 0, 6};
        assertThat(FixedForecasts.croston(y, 0.1, 2)).containsExactly(new double[] {2, 2}, within(1e-12));
        // SBA corrects Croston's bias by (1 − α/2)
        assertThat(FixedForecasts.sba(y, 0.1, 1)[0]).isCloseTo(2 * 0.95, within(1e-12));
    }

    @Test
    void crostonSmoothsSizesAndIntervalsOnlyWhenDemandOccurs() {
        double[] y = {0, 4, 0, 0, 8};
        // z0 = 4, p0 = 2; then z = 4 + 0.5·(8 − 4) = 6, p = 2 + 0.5·(3 − 2) = 2.5
        assertThat(FixedForecasts.croston(y, 0.5, 1)).containsExactly(new double[] {6 / 2.5}, within(1e-12));
        assertThat(FixedForecasts.croston(new double[] {0, 0, 0}, 0.5, 1)).containsExactly(0);
    }

    @Test
    void tsbDecaysWhenDemandStopsWhereCrostonDoesNot() {
        double[] y = {5, 0, 5, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        double tsb = FixedForecasts.tsb(y, 0.1, 0.2, 1)[0];
        double croston = FixedForecasts.croston(y, 0.1, 1)[0];
        assertThat(tsb).isLessThan(0.2 * croston);
    }

    @Test
    void thetaOnAStraightLineHasHalfTheSlopeAsDrift() {
        double[] flat = new double[40];
        java.util.Arrays.fill(flat, 7);
        assertThat(FixedForecasts.theta(flat, 0.5, 3)).containsExactly(new double[] {7, 7, 7}, within(1e-12));
        double[] line = SeriesFixtures.trend(40, 0, 1, 0, 1);
        double[] forecast = FixedForecasts.theta(line, 0.5, 3);
        assertThat(forecast[2] - forecast[1]).isCloseTo(0.5, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.1, 1.5, Double.NaN})
    void smoothingParametersOutsideZeroToOneAreRefused(double alpha) {
        assertThatThrownBy(() -> FixedForecasts.ses(SERIES, alpha, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha (" + alpha + ")");
    }
}
