package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Against golden values from R (src/test/resources/golden, provenance in the file headers). */
class NormalMathTest {

    @ParameterizedTest(name = "z({0}) = {1}")
    @CsvFileSource(resources = "/golden/normal_quantiles.csv", numLinesToSkip = 4)
    void quantileMatchesGoldenValues(double serviceLevel, double z) {
        assertThat(NormalMath.quantile(serviceLevel)).isCloseTo(z, within(1e-10));
    }

    @ParameterizedTest(name = "Φ({0}) = {1}, G({0}) = {2}")
    @CsvFileSource(resources = "/golden/normal_loss.csv", numLinesToSkip = 4)
    void distributionAndLossMatchGoldenValues(double k, double phi, double loss) {
        assertThat(NormalMath.cdf(k)).isCloseTo(phi, within(1e-11));
        assertThat(NormalMath.loss(k)).isCloseTo(loss, within(1e-11));
    }

    @ParameterizedTest(name = "G⁻¹({2}) = {0}")
    @CsvFileSource(resources = "/golden/normal_loss.csv", numLinesToSkip = 4)
    void inverseLossRecoversTheSafetyFactor(double k, double phi, double loss) {
        assertThat(NormalMath.inverseLoss(loss)).isCloseTo(k, within(1e-8));
    }

    @ParameterizedTest(name = "Φ(z({0})) = {0}")
    @CsvFileSource(resources = "/golden/normal_quantiles.csv", numLinesToSkip = 4)
    void quantileIsTheInverseOfTheDistributionFunction(double serviceLevel, double z) {
        assertThat(NormalMath.cdf(NormalMath.quantile(serviceLevel))).isCloseTo(serviceLevel, within(1e-14));
    }
}
