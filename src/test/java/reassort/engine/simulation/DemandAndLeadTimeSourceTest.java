package reassort.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemandAndLeadTimeSourceTest {

    static Stream<DemandSource> sources() {
        return Stream.of(DemandSource.normal(50, 10), DemandSource.poisson(3), DemandSource.poisson(45),
                DemandSource.intermittentGamma(0.3, 10, 8), DemandSource.intermittentNegativeBinomial(0.4, 5, 4));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void samplesHaveTheDeclaredMeanAndVariance(DemandSource source) {
        DemandSampler sampler = source.sampler(new Well19937c(1));
        int n = 400_000;
        double sum = 0;
        double sumSq = 0;
        for (int t = 0; t < n; t++) {
            double d = sampler.next(t);
            assertThat(d).isGreaterThanOrEqualTo(0);
            sum += d;
            sumSq += d * d;
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        assertThat(mean).isCloseTo(source.mean(), within(0.01 * source.mean()));
        assertThat(variance).isCloseTo(source.variance(), within(0.03 * source.variance()));
    }

    @Test
    void intermittentWholeUnitDemandComesInWholeUnitsOfAtLeastOne() {
        DemandSampler sampler = DemandSource.intermittentNegativeBinomial(0.4, 5, 4).sampler(new Well19937c(3));
        int zeros = 0;
        for (int t = 0; t < 100_000; t++) {
            double d = sampler.next(t);
            assertThat(d).isEqualTo(Math.rint(d));
            if (d == 0) zeros++;
        }
        assertThat(zeros / 100_000.0).isCloseTo(0.6, within(0.01));
    }

    @Test
    void discreteLeadTimesHaveTheirExactMoments() {
        LeadTimeSource lead = LeadTimeSource.discrete(new int[] {2, 3}, new double[] {0.7, 0.3});
        assertThat(lead.mean()).isCloseTo(2.3, within(1e-12));
        assertThat(lead.standardDeviation()).isCloseTo(Math.sqrt(0.21), within(1e-12));
        RandomGenerator random = new Well19937c(5);
        int threes = 0;
        for (int i = 0; i < 100_000; i++) if (lead.sample(random) == 3) threes++;
        assertThat(threes / 100_000.0).isCloseTo(0.3, within(0.005));
    }

    @Test
    void aRoundedNormalLeadTimeReportsTheMomentsOfTheRoundedValues() {
        LeadTimeSource lead = LeadTimeSource.discretisedNormal(10, 2);
        assertThat(lead.mean()).isCloseTo(10, within(1e-6));
        assertThat(lead.standardDeviation()).isCloseTo(Math.sqrt(4 + 1.0 / 12), within(0.002));
    }

    @Test
    void ordersInSequenceShowALongerLeadTime() {
        // L = 1 or 3, an order every period, no overtaking: F_E(x) = Π F_L(x + j) gives P(E = 1, 2, 3) = 1/4, 1/4, 1/2
        LeadTimeSource effective = LeadTimeSource.discrete(new int[] {1, 3}, new double[] {0.5, 0.5}).effectiveInSequence(1);
        assertThat(effective.mean()).isCloseTo(2.25, within(1e-12));
        RandomGenerator random = new Well19937c(9);
        LeadTimeSource nominal = LeadTimeSource.discrete(new int[] {1, 3}, new double[] {0.5, 0.5});
        int previous = 0;
        double sum = 0;
        for (int t = 0; t < 200_000; t++) {
            previous = Math.max(nominal.sample(random), previous - 1);
            sum += previous;
        }
        assertThat(sum / 200_000).isCloseTo(2.25, within(0.01));
        assertThat(LeadTimeSource.fixed(4).effectiveInSequence(1).mean()).isEqualTo(4);
    }
}
