package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FittingTest {

    @Test
    void brentFindsTheMinimumOfAParabola() {
        double x = Minimizer.brent(v -> (v - 0.3) * (v - 0.3) + 1, 0, 1, 1e-8, 100);
        assertThat(x).isCloseTo(0.3, within(1e-6));
    }

    @Test
    void nelderMeadStaysInItsBox() {
        double[] best = Minimizer.nelderMead(p -> (p[0] - 2) * (p[0] - 2) + (p[1] - 0.25) * (p[1] - 0.25),
                new double[] {0.5, 0.5}, new double[] {0.1, 0.1}, new double[] {0, 0}, new double[] {1, 1},
                1e-12, 500);
        assertThat(best[0]).isEqualTo(1);
        assertThat(best[1]).isCloseTo(0.25, within(1e-4));
    }

    @Test
    void sesInitialLevelIsSolvedExactly() {
        // y constant: any alpha fits perfectly with l0 = the constant
        double[] y = {4, 4, 4, 4, 4, 4};
        double[] level = new double[1];
        assertThat(SmoothingFits.sesSse(y, 0, y.length, 0.3, level)).isCloseTo(0, within(1e-20));
        assertThat(level[0]).isCloseTo(4, within(1e-12));
    }

    @Test
    void holtFitOnANoisyTrendFindsTheSlope() {
        double[] y = SeriesFixtures.trend(120, 50, 1.5, 2, 9);
        SmoothingFits.HoltFit fit = SmoothingFits.holt(y, 0, y.length, false, 0.2);
        double[] forecast = FixedForecasts.run(fit.start(), y, 10);
        assertThat((forecast[9] - forecast[0]) / 9).isCloseTo(1.5, within(0.3));
        assertThat(fit.beta()).isLessThanOrEqualTo(fit.alpha());
    }

    @Test
    void profiledHoltStatesBeatTheTextbookStart() {
        double[] y = SeriesFixtures.trend(40, 10, 3, 1, 4);
        double[] states = new double[2];
        double profiled = SmoothingFits.holtSse(y, 0, y.length, 0.2, 0.1, 1, states);
        double textbook = SmoothingFits.holtPlainSse(y, 0, y.length, 0.2, 0.1, 1, y[0], y[1] - y[0]);
        assertThat(profiled).isLessThanOrEqualTo(textbook);
        assertThat(SmoothingFits.holtPlainSse(y, 0, y.length, 0.2, 0.1, 1, states[0], states[1]))
                .isCloseTo(profiled, within(1e-6 * profiled));
    }

    @Test
    void seasonalIndicesOfAPurePatternAreThePattern() {
        double[] y = new double[48];
        double[] pattern = {0.5, 1, 1.5, 1};
        for (int t = 0; t < y.length; t++) y[t] = 100 * pattern[t % 4];
        assertThat(Seasonality.classicalIndices(y, 0, y.length, 4, true))
                .containsExactly(pattern, within(1e-12));
        assertThat(Seasonality.isSeasonal(y, 0, y.length, 4)).isTrue();
        double[] whiteNoise = SeriesFixtures.trend(48, 100, 0, 5, 3);
        assertThat(Seasonality.isSeasonal(whiteNoise, 0, 48, 4)).isFalse();
    }

    @Test
    void seasonalProfilesAlignToTheBorrowingSeries() {
        double[] y = new double[36];
        for (int t = 0; t < y.length; t++) y[t] = t % 3 == 0 ? 30 : 15;
        double[] profile = SeasonalProfiles.estimate(y, 3);
        assertThat(profile).containsExactly(new double[] {1.5, 0.75, 0.75}, within(1e-12));
        assertThat(SeasonalProfiles.align(profile, 1)).containsExactly(new double[] {0.75, 0.75, 1.5}, within(1e-12));
    }
}
