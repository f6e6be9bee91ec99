package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafetyStockTest {

    private static SafetyStock.Result compute(DemandForecast f, ProtectionInterval interval, ServiceTarget target, double q,
            SafetyStockMethod method) {
        return SafetyStock.compute(new SafetyStock.Request(f, interval, target, q, method, MethodRules.defaults(), false));
    }

    @Test
    void cycleServiceFollowsTheTextbookFormula() {
        // d = 100, σ = 20 per week, R = 1, L = 2, σ_L = 0.5 week, α = 95 %:
        // SS = 1.644853626951 · √(3 · 400 + 100² · 0.25) = 100.05254009842669
        SafetyStock.Result r = compute(DemandForecast.flat(100, 20), ProtectionInterval.inPeriods(2, 0.5, 1),
                ServiceTarget.cycleService(0.95), 0, null);
        assertThat(r.method()).isEqualTo(SafetyStockMethod.NORMAL);
        assertThat(r.safetyStock()).isCloseTo(100.05254009842669, within(1e-8));
        assertThat(r.level()).isCloseTo(300 + 100.05254009842669, within(1e-8));
        assertThat(r.factor()).isCloseTo(1.644853626951, within(1e-11));
    }

    @ParameterizedTest
    @CsvSource({"1, 4, 2", "1, 9, 3", "2, 8, 2"})
    void safetyStockGrowsWithSquareRootOfLeadTime(double shortLead, double longLead, double ratio) {
        ServiceTarget target = ServiceTarget.cycleService(0.95);
        DemandForecast f = DemandForecast.flat(100, 20);
        double small = compute(f, ProtectionInterval.inPeriods(shortLead, 0, 0), target, 0, null).safetyStock();
        double large = compute(f, ProtectionInterval.inPeriods(longLead, 0, 0), target, 0, null).safetyStock();
        assertThat(large / small).isCloseTo(ratio, within(1e-12));
    }

    @Test
    void errorDeviationGrowingWithHorizonAddsUpPeriodByPeriod() {
        DemandForecast f = new DemandForecast(new double[] {50, 50, 50}, new double[] {10, 20, 30}, null, Double.NaN);
        SafetyStock.Result r = compute(f, ProtectionInterval.inPeriods(2, 0, 1), ServiceTarget.cycleService(0.9), 0, null);
        assertThat(r.intervalStdDev()).isCloseTo(Math.sqrt(100 + 400 + 900), within(1e-9));
        assertThat(r.safetyStock()).isCloseTo(1.281551565545 * Math.sqrt(1400), within(1e-8));
    }

    @Test
    void partPeriodsCountProRata() {
        DemandForecast f = new DemandForecast(new double[] {10, 20, 40}, new double[] {2, 4, 6}, null, Double.NaN);
        assertThat(f.totalOver(2.5)).isCloseTo(50, within(1e-12));
        assertThat(f.errorVarianceOver(2.5)).isCloseTo(4 + 16 + 18, within(1e-12));
        assertThat(f.totalOver(5)).isCloseTo(150, within(1e-12));
    }

    @Test
    void fillRateSolvesTheLossEquation() {
        // σ_P = 20·√3, Q = 100, β = 98 %: G(k) = 2 / 34.641 = 0.0577350; k = 1.18597908654914 (scipy brentq);
        // the backorder term σ_L·G(k_L) is 1.6e-6, far below the 1e-5 tolerance
        SafetyStock.Result r = compute(DemandForecast.flat(100, 20), ProtectionInterval.inPeriods(2, 0, 1),
                ServiceTarget.fillRate(0.98), 100, null);
        assertThat(r.factor()).isCloseTo(1.1859790865491389, within(1e-5));
        assertThat(r.safetyStock()).isCloseTo(41.083520692344706, within(1e-4));
        assertThat(NormalMath.inverseLoss(0.05773502691896258)).isCloseTo(1.1859790865491389, within(1e-9));
    }

    @Test
    void fillRateMetByCycleStockKeepsSafetyStockAtZeroUnlessAllowed() {
        DemandForecast f = DemandForecast.flat(100, 5);
        ProtectionInterval interval = ProtectionInterval.inPeriods(1, 0, 4);
        SafetyStock.Result floored = compute(f, interval, ServiceTarget.fillRate(0.9), 400, null);
        assertThat(floored.safetyStock()).isZero();
        assertThat(floored.steps().get(floored.steps().size() - 1).rule()).contains("kept at 0");
        SafetyStock.Result negative = SafetyStock.compute(new SafetyStock.Request(f, interval, ServiceTarget.fillRate(0.9), 400,
                null, MethodRules.defaults(), true));
        assertThat(negative.safetyStock()).isNegative();
    }

    @Test
    void slowMoverWithoutExtraVarianceUsesPoissonQuantiles() {
        // Poisson mean 4 over the interval: 95 % is reached at 8 units
        SafetyStock.Result r = compute(DemandForecast.flat(2, Math.sqrt(2)), ProtectionInterval.inPeriods(2, 0, 0),
                ServiceTarget.cycleService(0.95), 0, null);
        assertThat(r.method()).isEqualTo(SafetyStockMethod.POISSON);
        assertThat(r.level()).isEqualTo(8);
        assertThat(r.safetyStock()).isEqualTo(4);
    }

    @Test
    void slowMoverWithExtraVarianceUsesTheNegativeBinomial() {
        // mean 5, variance 10 over the interval: NB(r = 5, p = 0.5), 90 % at 9 units
        SafetyStock.Result r = compute(DemandForecast.flat(2.5, Math.sqrt(5)), ProtectionInterval.inPeriods(2, 0, 0),
                ServiceTarget.cycleService(0.9), 0, null);
        assertThat(r.method()).isEqualTo(SafetyStockMethod.NEGATIVE_BINOMIAL);
        assertThat(r.level()).isEqualTo(9);
    }

    @Test
    void missingErrorDeviationFallsBackToPoissonAndSaysSo() {
        DemandForecast f = new DemandForecast(new double[] {2}, null, null, Double.NaN);
        SafetyStock.Result r = compute(f, ProtectionInterval.inPeriods(2, 0, 0), ServiceTarget.cycleService(0.95), 0, null);
        assertThat(r.poissonVarianceAssumed()).isTrue();
        assertThat(r.level()).isEqualTo(8);
        assertThat(r.steps().get(1).rule()).contains("Poisson");
    }

    @Test
    void intermittentCycleLevelCoversTheTriggeringDemandPlusTheLeadTime() {
        // ADI 1/0.3, sizes Gamma(2, 5): per period mean 3, variance 0.3·(50 + 100) − 9 = 36
        DemandForecast f = DemandForecast.flat(3, 6).withAverageDemandInterval(1 / 0.3);
        ProtectionInterval interval = ProtectionInterval.inPeriods(2, 0, 1);
        SafetyStock.Result r = compute(f, interval, ServiceTarget.cycleService(0.9), 0, null);
        assertThat(r.method()).isEqualTo(SafetyStockMethod.COMPOUND_INTERMITTENT);
        CompoundIntervalDemand overP = new CompoundIntervalDemand(0.3, 10, 50, new double[] {3}, new double[] {1});
        CompoundIntervalDemand overL = new CompoundIntervalDemand(0.3, 10, 50, new double[] {2}, new double[] {1});
        double noDemand = 0.7;
        double conditional = (overP.cdf(r.level()) - noDemand * overL.cdf(r.level())) / (1 - noDemand);
        assertThat(conditional).isCloseTo(0.9, within(1e-6));
        assertThat(r.level()).isGreaterThan(overP.quantile(0.9));
    }

    @Test
    void withoutZeroDemandTheCycleLevelIsThePlainQuantile() {
        IntervalDemand p = IntervalDemand.normal(300, 40);
        IntervalDemand l = IntervalDemand.normal(200, 30);
        assertThat(SafetyStock.cycleQuantile(p, l, 0, 0.95)).isEqualTo(p.quantile(0.95));
    }

    @Test
    void empiricalErrorsKeepTheirSkew() {
        // forecast 1 a period; observed errors −1 (no demand) nine periods in ten and +9 (a demand of 10) once:
        // over R + L = 2 periods the totals are 0 (80 %) or 10 (20 %), so 85 % needs 10 units where the normal
        // approximation (mean 2, σ 4) would stop at about 6
        double[] errors = new double[200];
        for (int i = 0; i < errors.length; i++) errors[i] = i % 10 == 0 ? 9 : -1;
        DemandForecast f = new DemandForecast(new double[] {1}, null, errors, 10);
        SafetyStock.Result r = compute(f, ProtectionInterval.inPeriods(1, 0, 1), ServiceTarget.cycleService(0.85), 0, null);
        assertThat(r.method()).isEqualTo(SafetyStockMethod.EMPIRICAL);
        assertThat(r.level()).isCloseTo(10, within(1e-4));
        SafetyStock.Result normal = compute(f, ProtectionInterval.inPeriods(1, 0, 1), ServiceTarget.cycleService(0.85), 0,
                SafetyStockMethod.NORMAL);
        assertThat(normal.level()).isLessThan(7);
    }

    @Test
    void empiricalErrorsKeepTheirBias() {
        // the forecast is 2 units short every period: the empirical level adds the bias back
        double[] errors = new double[300];
        for (int i = 0; i < errors.length; i++) errors[i] = 2 + (i % 3 - 1);
        DemandForecast f = new DemandForecast(new double[] {3}, null, errors, Double.NaN);
        SafetyStock.Result r = compute(f, ProtectionInterval.inPeriods(1, 0, 1), ServiceTarget.cycleService(0.9), 0, null);
        assertThat(r.method()).isEqualTo(SafetyStockMethod.EMPIRICAL);
        assertThat(r.level()).isGreaterThan(6 + 4);
    }

    @Test
    void theStepsExplainForecastVariabilityMethodAndSafetyStock() {
        SafetyStock.Result r = compute(DemandForecast.flat(100, 20), ProtectionInterval.inPeriods(2, 0.5, 1),
                ServiceTarget.cycleService(0.95), 0, null);
        assertThat(r.steps()).extracting(ExplanationStep::key)
                .containsExactly("demand.overInterval", "demand.variability", "safetyStock.method", "safetyStock");
        ExplanationStep ss = r.steps().get(3);
        assertThat(ss.formula()).isEqualTo("SS = z·σ_P");
        assertThat(ss.inputs()).extracting(StepInput::symbol).containsExactly("α", "z", "σ_P");
        assertThat(ss.inputs().get(2).value()).isCloseTo(Math.sqrt(3700), within(1e-9));
        assertThat(ss.result()).isCloseTo(100.05254009842669, within(1e-8));
    }
}
