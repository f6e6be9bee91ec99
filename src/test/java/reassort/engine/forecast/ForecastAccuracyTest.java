package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each measure on a case small enough to compute by hand. */
class ForecastAccuracyTest {
    private static final double[] TRAIN = {10, 12, 11, 13, 12};
    private static final double[] ACTUAL = {14, 10};
    private static final double[] FORECAST = {12, 12};

    @Test
    void maseScalesTheMeanAbsoluteErrorByTheInSampleLaggedNaive() {
        // lag 1: |2| + |−1| + |2| + |−1| = 6 over 4 → 1.5; mean |error| = 2 → 2/1.5
        assertThat(ForecastAccuracy.mase(TRAIN, ACTUAL, FORECAST, 1)).isCloseTo(2 / 1.5, within(1e-12));
        // lag 2: |1| + |1| + |1| = 3 over 3 → 1
        assertThat(ForecastAccuracy.mase(TRAIN, ACTUAL, FORECAST, 2)).isCloseTo(2, within(1e-12));
    }

    @Test
    void maseFallsBackToLagOneWhenTheTrainingPartIsShorterThanTheSeasonPlusOne() {
        assertThat(ForecastAccuracy.mase(TRAIN, ACTUAL, FORECAST, 5))
                .isEqualTo(ForecastAccuracy.mase(TRAIN, ACTUAL, FORECAST, 1));
    }

    @Test
    void maseIsUndefinedForAFlatTrainingPart() {
        assertThat(ForecastAccuracy.mase(new double[] {3, 3, 3}, ACTUAL, FORECAST, 1)).isNaN();
    }

    @Test
    void smapeCountsABothZeroTermAsZero() {
        // 200/3 · (2/26 + 2/22 + 0)
        double expected = 200.0 / 3 * (2.0 / 26 + 2.0 / 22);
        assertThat(ForecastAccuracy.smape(new double[] {14, 10, 0}, new double[] {12, 12, 0}))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void rmsseScalesFromTheFirstNonZeroTrainingValue() {
        double[] train = {0, 0, 4, 6, 4};
        // differences from the first non-zero on: 2, −2 → mean square 4; errors 2, −2 → mean square 4
        assertThat(ForecastAccuracy.rmsse(train, ACTUAL, FORECAST)).isCloseTo(1, within(1e-12));
        assertThat(ForecastAccuracy.rmsse(new double[] {0, 0, 5}, ACTUAL, FORECAST)).isNaN();
    }

    @Test
    void wmapeAndBiasAreRelativeToTheActualVolume() {
        // |errors| 4 over volume 24; signed forecast − actual = −2 + 2 = 0
        assertThat(ForecastAccuracy.wmape(ACTUAL, FORECAST)).isCloseTo(100 * 4 / 24.0, within(1e-12));
        assertThat(ForecastAccuracy.bias(ACTUAL, FORECAST)).isZero();
        assertThat(ForecastAccuracy.bias(ACTUAL, new double[] {15, 15})).isCloseTo(100 * 6 / 24.0, within(1e-12));
        assertThat(ForecastAccuracy.wmape(new double[] {0, 0}, FORECAST)).isNaN();
    }

    @Test
    void summaryAveragesOverSeriesAndCountsTheOnesLeftOut() {
        ForecastAccuracy.Summary summary = new ForecastAccuracy.Summary();
        summary.add(new ForecastAccuracy.Scores(1, 10, 0.5, 20, 5));
        summary.add(new ForecastAccuracy.Scores(3, 30, 1.5, 40, -5));
        summary.add(new ForecastAccuracy.Scores(Double.NaN, 50, Double.NaN, Double.NaN, Double.NaN));
        ForecastAccuracy.Scores means = summary.means();
        assertThat(summary.series()).isEqualTo(3);
        assertThat(means.mase()).isEqualTo(2);
        assertThat(means.smape()).isEqualTo(30);
        assertThat(means.rmsse()).isEqualTo(1);
        assertThat(means.bias()).isZero();
        assertThat(summary.maseLeftOut()).isEqualTo(1);
        assertThat(summary.wmapeLeftOut()).isEqualTo(1);
    }
}
