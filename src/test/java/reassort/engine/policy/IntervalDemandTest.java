package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values computed by hand with scipy.stats 1.17 (poisson, nbinom, gamma, binom). */
class IntervalDemandTest {

    @Test
    void poissonQuantileIsTheFirstWholeUnitReachingTheLevel() {
        IntervalDemand d = IntervalDemand.poisson(4);
        assertThat(d.cdf(7)).isCloseTo(0.9488663842071527, within(1e-12));
        assertThat(d.cdf(8)).isCloseTo(0.9786365655120158, within(1e-12));
        assertThat(d.quantile(0.95)).isEqualTo(8);
        assertThat(d.quantile(0.9488)).isEqualTo(7);
        assertThat(d.discrete()).isTrue();
    }

    @Test
    void poissonExpectedShortageMatchesTheSumOverTheTail() {
        assertThat(IntervalDemand.poisson(4).expectedShortage(6)).isCloseTo(0.19543458146293693, within(1e-12));
        assertThat(IntervalDemand.poisson(4).expectedShortage(-2)).isCloseTo(6, within(1e-12));
    }

    @Test
    void negativeBinomialIsMatchedOnMeanAndVariance() {
        IntervalDemand d = IntervalDemand.negativeBinomial(5, 10); // r = 5, p = 0.5
        assertThat(d.cdf(8)).isCloseTo(0.8665771484375, within(1e-12));
        assertThat(d.cdf(9)).isCloseTo(0.91021728515625, within(1e-12));
        assertThat(d.quantile(0.9)).isEqualTo(9);
        assertThat(d.mean()).isEqualTo(5);
        assertThat(d.variance()).isEqualTo(10);
    }

    @Test
    void negativeBinomialWithoutExtraVarianceIsPoisson() {
        assertThat(IntervalDemand.negativeBinomial(4, 4).cdf(7)).isCloseTo(IntervalDemand.poisson(4).cdf(7), within(1e-15));
    }

    @Test
    void largeMeansDoNotUnderflow() {
        IntervalDemand d = IntervalDemand.poisson(2000);
        assertThat(d.quantile(0.5)).isBetween(1999.0, 2001.0);
        assertThat(d.cdf(2000 + 3 * Math.sqrt(2000))).isCloseTo(0.9987, within(5e-4));
    }

    @Test
    void compoundWithDemandEveryPeriodIsASumOfGammas() {
        // p = 1: three sizes of Gamma(shape 4, scale 2.5) sum to Gamma(12, 2.5)
        CompoundIntervalDemand d = new CompoundIntervalDemand(1, 10, 25, new double[] {3}, new double[] {1});
        assertThat(d.mean()).isCloseTo(30, within(1e-9));
        assertThat(d.variance()).isCloseTo(75, within(1e-9));
        assertThat(d.quantile(0.95)).isCloseTo(45.51878562725914, within(1e-6));
        assertThat(d.expectedShortage(35)).isCloseTo(1.6523552232639196, within(1e-8));
    }

    @Test
    void compoundCountsPeriodsWithoutDemand() {
        // p = 0.3 over 3 periods, sizes Gamma(shape 2, scale 5): mean 10, variance 50
        CompoundIntervalDemand d = new CompoundIntervalDemand(0.3, 10, 50, new double[] {3}, new double[] {1});
        assertThat(d.cdf(0)).isCloseTo(0.343, within(1e-12));
        assertThat(d.cdf(20)).isCloseTo(0.8564896430512119, within(1e-10));
        assertThat(d.expectedShortage(20)).isCloseTo(1.2771861308354848, within(1e-8));
        assertThat(d.mean()).isCloseTo(9, within(1e-9));
    }

    @Test
    void compoundPartPeriodAddsOneChanceOfDemandProRata() {
        double[] pmf = CompoundIntervalDemand.occurrencePmf(0.5, 1.5);
        assertThat(pmf).containsExactly(new double[] {0.375, 0.5, 0.125}, within(1e-12));
    }

    @Test
    void leadTimeMixtureKeepsTheMeanAndAddsTheLeadTimeVariance() {
        double p = 0.4;
        double sizeMean = 5;
        double sizeVar = 9;
        double sigmaL = 1 / Math.sqrt(3); // mixture points 3, 4 and 5 periods (whole periods: no part-period effect)
        double s = Math.sqrt(3) * sigmaL;
        CompoundIntervalDemand d = new CompoundIntervalDemand(p, sizeMean, sizeVar, new double[] {4 - s, 4, 4 + s},
                new double[] {1.0 / 6, 2.0 / 3, 1.0 / 6});
        double perPeriodMean = p * sizeMean;
        double perPeriodVar = p * (sizeVar + sizeMean * sizeMean) - perPeriodMean * perPeriodMean;
        assertThat(d.mean()).isCloseTo(4 * perPeriodMean, within(1e-9));
        assertThat(d.variance()).isCloseTo(4 * perPeriodVar + perPeriodMean * perPeriodMean * sigmaL * sigmaL, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.2", "2, 1", "2, 7", "7.5, 3", "30, 29", "30, 45", "120, 100"})
    void incompleteGammaAgreesWithCommonsMath(double a, double y) {
        assertThat(CompoundIntervalDemand.lowerRegularized(a, Gamma.logGamma(a), y, Math.log(y)))
                .isCloseTo(Gamma.regularizedGammaP(a, y), within(1e-12));
    }

    @Test
    void empiricalQuantileIsTheObservedTotalAtThatRank() {
        EmpiricalIntervalDemand d = new EmpiricalIntervalDemand(new double[] {5, 1, 4, 2, 3, 10, 8, 7, 6, 9});
        assertThat(d.quantile(0.9)).isEqualTo(9);
        assertThat(d.quantile(0.91)).isEqualTo(10);
        assertThat(d.cdf(4)).isEqualTo(0.4);
        assertThat(d.expectedShortage(8)).isCloseTo(0.3, within(1e-12));
        assertThat(d.mean()).isEqualTo(5.5);
    }

    @Test
    void normalWithoutSpreadIsTheMeanForSure() {
        IntervalDemand d = IntervalDemand.normal(12, 0);
        assertThat(d.quantile(0.99)).isEqualTo(12);
        assertThat(d.expectedShortage(10)).isEqualTo(2);
        assertThat(d.cdf(11.9)).isZero();
    }
}
