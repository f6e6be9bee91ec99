package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts taken for speed give exactly what the straightforward computations give, on generated series of
 * every kind: seasonal, trending, noisy, intermittent, short.
 */
class FastPathsTest {

    private static List<double[]> series() {
        List<double[]> all = new ArrayList<>();
        Random random = new Random(17);
        for (int i = 0; i < 60; i++) {
            int n = 30 + random.nextInt(300);
            double noise = 0.02 + 0.6 * random.nextDouble();
            all.add(SeriesFixtures.weeklySeasonal(n, 50 + 200 * random.nextDouble(), noise, i));
            all.add(SeriesFixtures.trend(n, 100, random.nextGaussian(), 1 + 20 * random.nextDouble(), i));
            all.add(SeriesFixtures.intermittent(n, 2 + random.nextInt(6), 5, i));
            double[] mixed = SeriesFixtures.weeklySeasonal(n, 80, 0.1, i + 1000);
            for (int t = 0; t < n; t++) mixed[t] += 0.3 * t;
            all.add(mixed);
        }
        return all;
    }

    /** The seasonality test as first written: every lag's autocorrelation, then the comparison. */
    private static boolean isSeasonalFullSum(double[] y, int from, int to, int m) {
        int n = to - from;
        if (m < 2 || n < 3 * m) return false;
        double mean = Series.mean(y, from, to);
        double[] centred = new double[n];
        double denominator = 0;
        for (int i = 0; i < n; i++) {
            centred[i] = y[from + i] - mean;
            denominator += centred[i] * centred[i];
        }
        if (denominator == 0) return false;
        double sumSquares = 0;
        double rm = 0;
        for (int lag = 1; lag <= m; lag++) {
            double s = 0;
            for (int i = lag; i < n; i++) s += centred[i] * centred[i - lag];
            double r = s / denominator;
            if (lag < m) sumSquares += r * r;
            else rm = r;
        }
        return Math.abs(rm) > 1.645 * Math.sqrt((1 + 2 * sumSquares) / n);
    }

    @Test
    void theSeasonalityTestDecidesAsTheFullSumDoes() {
        int seasonal = 0;
        int decided = 0;
        for (double[] y : series()) {
            for (int m : new int[] {4, 12, 13, 52}) {
                for (int from : new int[] {0, y.length / 3}) {
                    boolean expected = isSeasonalFullSum(y, from, y.length, m);
                    assertThat(Seasonality.isSeasonal(y, from, y.length, m))
                            .as("n=%d m=%d from=%d", y.length, m, from).isEqualTo(expected);
                    if (expected) seasonal++;
                    if (y.length - from >= 3 * m) decided++;
                }
            }
        }
        // both answers occur, so the comparison covers the early exits and the full sum
        assertThat(seasonal).isGreaterThan(20);
        assertThat(decided - seasonal).isGreaterThan(20);
    }

    @Test
    void aSeriesWithAnUndefinedValueIsNotSeasonal() {
        double[] y = SeriesFixtures.weeklySeasonal(160, 100, 0.05, 3);
        assertThat(Seasonality.isSeasonal(y, 0, y.length, 52)).isTrue();
        y[7] = Double.NaN;
        assertThat(Seasonality.isSeasonal(y, 0, y.length, 52)).isEqualTo(isSeasonalFullSum(y, 0, y.length, 52))
                .isFalse();
    }

    @Test
    void aHistoryWithNothingToCleanStillReportsNoBaselineAndNoUplift() {
        double[] y = {3, 0, 5, 2};
        CleanedHistory cleaned = HistoryCleaner.clean(DemandHistory.of(y, 1));
        assertThat(cleaned.baseline()).containsExactly(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertThat(cleaned.uplift()).containsExactly(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        cleaned.baseline()[0] = 1; // a copy each time
        assertThat(cleaned.baseline()[0]).isNaN();
        assertThat(cleaned.demand()).containsExactly(y);
    }

    @Test
    void errorSamplesPerStepAreTheObservableErrorsSorted() {
        Random random = new Random(9);
        double[][] errors = new double[20][6];
        for (int o = 0; o < errors.length; o++) {
            for (int k = 0; k < 6; k++) errors[o][k] = o + k >= 22 || random.nextInt(7) == 0 ? Double.NaN : random.nextGaussian();
        }
        ErrorDistribution distribution = ErrorDistribution.fromOrigins(errors, 6);
        for (int k = 0; k < 6; k++) {
            final int step = k;
            double[] expected = Arrays.stream(errors).mapToDouble(row -> row[step]).filter(e -> !Double.isNaN(e))
                    .sorted().toArray();
            assertThat(distribution.samplesByHorizon()[k]).containsExactly(expected);
        }
    }
}
