package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ReturnsModelTest {

    @Test
    void recoversTheRateAndDelayOfSyntheticReturns() {
        Random random = new Random(3);
        int n = 150;
        double[] sold = new double[n];
        double[] returned = new double[n];
        for (int t = 0; t < n; t++) sold[t] = 100 + 40 * random.nextDouble();
        for (int t = 0; t < n; t++) { // 25 % come back: 10 % after 1 period, 15 % after 3
            returned[t] = (t >= 1 ? 0.10 * sold[t - 1] : 0) + (t >= 3 ? 0.15 * sold[t - 3] : 0);
        }
        ReturnsModel model = ReturnsModel.estimate(sold, returned, 6);
        assertThat(model.returnRate()).isCloseTo(0.25, within(1e-6));
        assertThat(model.meanDelay()).isCloseTo((0.10 * 1 + 0.15 * 3) / 0.25, within(1e-4));
        // returns expected next period: 10 % of last period's sales + 15 % of those three periods back
        double[] forecast = model.forecastReturns(sold, new double[] {120, 120});
        assertThat(forecast[0]).isCloseTo(0.10 * sold[n - 1] + 0.15 * sold[n - 3], within(1e-4));
    }

    @Test
    void nothingReturnedMeansRateZeroAndNoDelay() {
        ReturnsModel model = ReturnsModel.estimate(new double[] {5, 6, 7, 8}, new double[4], 2);
        assertThat(model.returnRate()).isZero();
        assertThat(model.meanDelay()).isNaN();
    }
}
