package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErrorDistributionTest {

    @Test
    void spreadPerStepIsTheRootMeanSquareOfItsErrors() {
        double[][] errors = new double[10][];
        for (int o = 0; o < 10; o++) errors[o] = new double[] {o % 2 == 0 ? 2 : -2, o % 2 == 0 ? 4 : -4};
        ErrorDistribution distribution = ErrorDistribution.fromOrigins(errors, 2);
        assertThat(distribution.stdDevByHorizon()).containsExactly(2, 4);
        // cumulative errors ±6 at step 2
        assertThat(distribution.cumulativeStdDev()).containsExactly(2, 6);
        assertThat(distribution.quantile(1, 0)).isEqualTo(-2);
        assertThat(distribution.quantile(1, 1)).isEqualTo(2);
        assertThat(distribution.quantile(2, 0.5)).isEqualTo(0);
    }

    @Test
    void stepsWithTooFewSamplesGrowFromTheLastWellSampledOne() {
        double[][] errors = new double[ErrorDistribution.MIN_SAMPLES][3];
        for (int o = 0; o < errors.length; o++) {
            errors[o][0] = o % 2 == 0 ? 1 : -1;
            errors[o][1] = o % 2 == 0 ? 0.5 : -0.5;
            errors[o][2] = o < 2 ? 0 : Double.NaN; // unobservable beyond the history
        }
        ErrorDistribution distribution = ErrorDistribution.fromOrigins(errors, 3);
        double[] spread = distribution.stdDevByHorizon();
        assertThat(spread[0]).isEqualTo(1);
        assertThat(spread[1]).as("never below an earlier step").isEqualTo(1);
        // step 3 has 2 samples: extrapolated from step 2 (after it was made monotone) by √(3/2)
        assertThat(spread[2]).isCloseTo(Math.sqrt(1.5), within(1e-12));
    }

    @Test
    void unknownDistributionHasNoSpreadAndNoSamples() {
        ErrorDistribution unknown = ErrorDistribution.unknown(2);
        assertThat(unknown.stdDevByHorizon()).containsOnly(Double.NaN);
        assertThat(unknown.quantile(1, 0.9)).isNaN();
    }
}
