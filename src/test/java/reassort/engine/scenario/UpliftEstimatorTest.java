package reassort.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpliftEstimatorTest {
    private static final int WEEKS = 156;
    private static final int SERIES = 20;

    /**
     * A category × channel of 20 series over 3 years, with a promotion of random discount every 8–12 weeks lifting
     * demand by base × (1 − d)^−elasticity, then a dip; measured with the forecaster's cleaning and fitted.
     */
    @ParameterizedTest
    @CsvSource({"1.0, 2.0, 0.15", "1.2, 3.0, 0.10", "1.0, 1.5, 0.0"})
    void recoversAKnownPromotionEffectWithinTenPercent(double baseUplift, double elasticity, double dip) {
        Random random = new Random(7);
        List<PastPromotionMeasure.Window> windows = new ArrayList<>();
        List<Double> discounts = new ArrayList<>();
        for (int week = 6; week < WEEKS - 6; week += 8 + random.nextInt(5)) {
            int length = 1 + random.nextInt(2);
            windows.add(new PastPromotionMeasure.Window(week, week + length - 1));
            discounts.add(10.0 + 5 * random.nextInt(9));
        }
        double[] promoted = new double[windows.size()];
        double[] baseline = new double[windows.size()];
        double[] after = new double[windows.size()];
        double[] afterBaseline = new double[windows.size()];
        for (int s = 0; s < SERIES; s++) {
            double level = 20 + 60 * random.nextDouble();
            double[] weekly = new double[WEEKS];
            for (int t = 0; t < WEEKS; t++) weekly[t] = level;
            for (int w = 0; w < windows.size(); w++) {
                PastPromotionMeasure.Window window = windows.get(w);
                double uplift = baseUplift * Math.pow(1 - discounts.get(w) / 100, -elasticity);
                for (int t = window.firstWeek(); t <= window.lastWeek(); t++) weekly[t] *= uplift;
                weekly[window.lastWeek() + 1] *= 1 - dip;
            }
            for (int t = 0; t < WEEKS; t++) weekly[t] = Math.max(0, weekly[t] * (1 + 0.15 * random.nextGaussian()));
            List<PastPromotionMeasure.Measured> measured = PastPromotionMeasure.measure(weekly, windows, 1);
            for (int w = 0; w < windows.size(); w++) {
                promoted[w] += measured.get(w).promotedSales();
                baseline[w] += measured.get(w).baselineSales();
                after[w] += measured.get(w).afterSales();
                afterBaseline[w] += measured.get(w).afterBaseline();
            }
        }
        List<UpliftObservation> observations = new ArrayList<>();
        double afterSum = 0;
        double afterBaseSum = 0;
        for (int w = 0; w < windows.size(); w++) {
            observations.add(new UpliftObservation(discounts.get(w), promoted[w] / baseline[w], baseline[w]));
            afterSum += after[w];
            afterBaseSum += afterBaseline[w];
        }

        ElasticityFit fit = new UpliftEstimator().fit(observations).orElseThrow();

        assertThat(fit.elasticity()).isCloseTo(elasticity, within(0.10 * elasticity));
        assertThat(Math.exp(fit.intercept())).isCloseTo(baseUplift, within(0.10 * baseUplift));
        for (double discount : new double[] {10, 25, 40}) {
            double truth = baseUplift * Math.pow(1 - discount / 100, -elasticity);
            Estimate estimate = fit.upliftAt(discount);
            assertThat(estimate.mean()).isCloseTo(truth, within(0.10 * truth));
            assertThat(estimate.low()).isLessThan(estimate.mean());
            assertThat(estimate.high()).isGreaterThan(estimate.mean());
        }
        assertThat(fit.elasticityStdError()).isPositive().isLessThan(0.2 * elasticity);
        assertThat(1 - afterSum / afterBaseSum).isCloseTo(dip, within(0.05));
    }

    @Test
    void oneDiscountOnlyGivesTheMeanUpliftWithoutElasticity() {
        ElasticityFit fit = new UpliftEstimator().fit(List.of(new UpliftObservation(20, 1.5, 10),
                new UpliftObservation(20, 1.7, 10), new UpliftObservation(20, 1.6, 10))).orElseThrow();

        assertThat(fit.hasElasticity()).isFalse();
        Estimate at20 = fit.upliftAt(20);
        assertThat(at20.mean()).isCloseTo(Math.exp((Math.log(1.5) + Math.log(1.7) + Math.log(1.6)) / 3), within(1e-9));
        assertThat(at20.low()).isLessThan(1.6).isGreaterThan(1.3);
        assertThat(fit.upliftAt(40).mean()).isEqualTo(at20.mean());
    }

    @Test
    void observationsOnTooFewUnitsAreLeftOut() {
        assertThat(new UpliftEstimator(5).fit(List.of(new UpliftObservation(20, 9, 1)))).isEmpty();
    }
}
