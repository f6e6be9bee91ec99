package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodRulesTest {

    @ParameterizedTest(name = "ADI {0}, mean {1}, variance {2}, error totals {3} → {4}")
    @CsvSource({
        "NaN, 300, 900, 0, NORMAL",
        "1.1, 20, 30, 0, NORMAL",
        "NaN, 12, 13, 0, POISSON",
        "NaN, 12, 40, 0, NEGATIVE_BINOMIAL",
        "3, 12, 40, 0, COMPOUND_INTERMITTENT",
        "3, 60, 400, 0, COMPOUND_INTERMITTENT",
        "3, 12, 40, 200, EMPIRICAL",
        "3, 12, 40, 150, COMPOUND_INTERMITTENT",
        "NaN, 12, 40, 400, EMPIRICAL",
        "NaN, 300, 900, 400, NORMAL",
    })
    void theRuleChoosesByVariabilityVolumeAndEvidence(double adi, double mean, double variance, int totals,
            SafetyStockMethod expected) {
        // target 95 %: 200 totals leave 10 beyond the quantile (enough), 150 leave 7.5 (too few)
        MethodRules.Choice c = MethodRules.defaults().choose(null, adi, mean, variance, totals, 0.95, true);
        assertThat(c.method()).isEqualTo(expected);
        assertThat(c.reason()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"POISSON", "EMPIRICAL"})
    void aMethodSetByThePlannerWins(SafetyStockMethod forced) {
        MethodRules.Choice c = MethodRules.defaults().choose(forced, 3, 500, 900, 0, 0.95, true);
        assertThat(c.method()).isEqualTo(forced);
        assertThat(c.reason()).isEqualTo("set for this item by the planner");
    }

    @ParameterizedTest
    @CsvSource({"1.5, NORMAL", "1.2, COMPOUND_INTERMITTENT"})
    void thresholdsAreSettings(double intermittentAdi, SafetyStockMethod expected) {
        MethodRules rules = new MethodRules(intermittentAdi, 20, 1.1, 10);
        assertThat(rules.choose(null, 1.3, 50, 80, 0, 0.95, true).method()).isEqualTo(expected);
    }
}
