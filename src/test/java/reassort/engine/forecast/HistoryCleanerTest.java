package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HistoryCleanerTest {

    @Test
    void promotionCleaningRemovesAnInjectedUpliftAndMeasuresIt() {
        double[] baseline = SeriesFixtures.trend(60, 20, 0, 1, 7);
        double[] y = baseline.clone();
        boolean[] promoted = new boolean[60];
        for (int t : new int[] {15, 16, 40}) {
            y[t] = 3 * baseline[t];
            promoted[t] = true;
        }
        CleanedHistory cleaned = HistoryCleaner.clean(new DemandHistory(y, promoted, null, 1, null));
        for (int t : new int[] {15, 16, 40}) {
            assertThat(cleaned.demand()[t]).isCloseTo(20, within(2.0));
            assertThat(cleaned.uplift()[t]).isCloseTo(3, within(0.4));
        }
        assertThat(cleaned.pooledUplift()).isCloseTo(3, within(0.3));
        assertThat(cleaned.promotedPeriods()).isEqualTo(3);
        assertThat(cleaned.uplift()[10]).isNaN();
    }

    @Test
    void promotionsDoNotInflateTheBaselineForecast() {
        double[] baseline = SeriesFixtures.trend(104, 50, 0, 3, 11);
        double[] y = baseline.clone();
        boolean[] promoted = new boolean[104];
        for (int t = 90; t < 104; t += 3) {
            y[t] *= 2.5;
            promoted[t] = true;
        }
        Forecaster forecaster = new Forecaster(ForecastOptions.defaults(4));
        double flagged = forecaster.forecast(new DemandHistory(y, promoted, null, 1, null)).point()[0];
        double ignored = forecaster.forecast(DemandHistory.of(y, 1)).point()[0];
        assertThat(flagged).isCloseTo(50, within(4.0));
        assertThat(ignored).isGreaterThan(flagged + 5);
    }

    @Test
    void censoredWeeksDoNotPullTheLevelDown() {
        double[] y = SeriesFixtures.trend(80, 30, 0, 2, 5);
        boolean[] stockout = new boolean[80];
        for (int t = 74; t < 80; t++) { // out of stock for the last six weeks: little or nothing sold
            y[t] = t % 2 == 0 ? 0 : 4;
            stockout[t] = true;
        }
        Forecaster forecaster = new Forecaster(ForecastOptions.defaults(3));
        double flagged = forecaster.forecast(new DemandHistory(y, null, stockout, 1, null)).point()[0];
        double unflagged = forecaster.forecast(DemandHistory.of(y, 1)).point()[0];
        assertThat(flagged).isCloseTo(30, within(3.0));
        assertThat(unflagged).isLessThan(flagged - 3);
    }

    @Test
    void salesDuringAStockoutAreKeptWhenAboveTheEstimate() {
        double[] y = {10, 10, 10, 10, 25, 10, 10, 10, 10};
        boolean[] stockout = new boolean[9];
        stockout[4] = true; // sold out late in a strong week: 25 were still sold
        CleanedHistory cleaned = HistoryCleaner.clean(new DemandHistory(y, null, stockout, 1, null));
        assertThat(cleaned.demand()[4]).isEqualTo(25);
        assertThat(cleaned.baseline()[4]).isEqualTo(10);
    }

    @Test
    void neighboursAreSeasonallyAdjustedWhenAProfileIsGiven() {
        double[] profile = {0.5, 1.5};
        double[] y = {5, 15, 5, 15, 5, 99, 5, 15, 5, 15};
        boolean[] promoted = new boolean[10];
        promoted[5] = true;
        CleanedHistory cleaned = HistoryCleaner.clean(new DemandHistory(y, promoted, null, 2, profile));
        assertThat(cleaned.demand()[5]).isCloseTo(15, within(1e-9));
    }
}
