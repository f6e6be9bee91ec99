package reassort.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reassort.engine.forecast.DemandHistory;
import reassort.engine.forecast.ForecastOptions;
import reassort.engine.forecast.ForecastResult;
import reassort.engine.forecast.Forecaster;

class WmapeTest {
    /**
     * The engine's bias is 100·Σ(f−y)/Σ|y| over the scored targets; wMAPE, summed here, must share its denominator,
     * so bias = −Σe · wMAPE / Σ|e| exactly whenever both are defined.
     */
    @ParameterizedTest
    @CsvSource({"1, 120, 13, 0.0", "2, 60, 13, 0.3", "3, 200, 4, 0.1", "4, 40, 8, 0.7"})
    void wmapeSharesTheDenominatorOfTheEnginesBias(long seed, int weeks, int horizon, double zeroShare) {
        Random random = new Random(seed);
        double[] demand = new double[weeks];
        boolean[] promoted = new boolean[weeks];
        boolean[] censored = new boolean[weeks];
        for (int t = 0; t < weeks; t++) {
            demand[t] = random.nextDouble() < zeroShare ? 0 : Math.round(5 + 3 * random.nextGaussian() + t * 0.05);
            demand[t] = Math.max(0, demand[t]);
            promoted[t] = random.nextInt(15) == 0;
            censored[t] = demand[t] == 0 && random.nextInt(4) == 0;
        }
        DemandHistory history = new DemandHistory(demand, promoted, censored, 52, null);
        ForecastResult result = new Forecaster(ForecastOptions.defaults(horizon)).forecast(history);

        double sum = 0;
        double absolute = 0;
        long count = 0;
        for (double[] step : result.errors().samplesByHorizon()) {
            for (double e : step) {
                sum += e;
                absolute += Math.abs(e);
                count++;
            }
        }
        double wmape = RunForecast.wmape(history, result);
        assertThat(result.validation().origins()).isPositive();
        assertThat(absolute / count).isCloseTo(result.validation().mae(), within(1e-9));
        assertThat(wmape).isPositive();
        assertThat(-sum * wmape / absolute).isCloseTo(result.validation().bias(), within(1e-9));
    }
}
