package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceLevelRulesTest {
    private static final ServiceLevelRules RULES = ServiceLevelRules.defaults();

    private static ItemClass cls(AbcClass abc, XyzClass xyz) {
        return new ItemClass(abc, xyz, 1, 1, 0.5);
    }

    @ParameterizedTest
    @CsvSource({"A, 0.98", "B, 0.95", "C, 0.90"})
    void defaultsFollowTheAbcClass(AbcClass abc, double expected) {
        ServiceLevelRules.Resolved r = RULES.resolve(null, "FOOD", "WEB", cls(abc, XyzClass.Y));
        assertThat(r.target()).isEqualTo(ServiceTarget.cycleService(expected));
        assertThat(r.ruleKey()).isEqualTo("target.abc");
    }

    @Test
    void xyzAdjustmentMovesTheClassDefault() {
        ServiceLevelRules rules = RULES.withXyzAdjustment(XyzClass.Z, -3);
        ServiceLevelRules.Resolved r = rules.resolve(null, null, null, cls(AbcClass.B, XyzClass.Z));
        assertThat(r.target().level().probability()).isEqualTo(0.92, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.rule()).isEqualTo("class B default (95 %) −3 points for class Z");
        assertThat(rules.resolve(null, null, null, cls(AbcClass.B, XyzClass.X)).target().level().probability()).isEqualTo(0.95);
    }

    @Test
    void channelBeatsTheClassDefault() {
        ServiceLevelRules rules = RULES.withChannel("MKP", ServiceTarget.cycleService(0.92));
        ServiceLevelRules.Resolved r = rules.resolve(null, "FOOD", "MKP", cls(AbcClass.A, XyzClass.X));
        assertThat(r.target().level().probability()).isEqualTo(0.92);
        assertThat(r.ruleKey()).isEqualTo("target.channel");
    }

    @Test
    void categoryBeatsChannel() {
        ServiceLevelRules rules = RULES.withChannel("MKP", ServiceTarget.cycleService(0.92))
                .withCategory("KVI", ServiceTarget.fillRate(0.99));
        ServiceLevelRules.Resolved r = rules.resolve(null, "KVI", "MKP", cls(AbcClass.C, XyzClass.Z));
        assertThat(r.target()).isEqualTo(ServiceTarget.fillRate(0.99));
        assertThat(r.rule()).isEqualTo("target of category KVI");
    }

    @Test
    void thePlannersItemTargetBeatsEverything() {
        ServiceLevelRules rules = RULES.withCategory("KVI", ServiceTarget.fillRate(0.99));
        ServiceLevelRules.Resolved r = rules.resolve(ServiceTarget.cycleService(0.85), "KVI", null, cls(AbcClass.A, XyzClass.X));
        assertThat(r.target()).isEqualTo(ServiceTarget.cycleService(0.85));
        assertThat(r.ruleKey()).isEqualTo("target.item");
    }

    @Test
    void classDefaultsCanMeasureFillRate() {
        ServiceLevelRules.Resolved r = RULES.withDefaultMeasure(ServiceMeasure.FILL_RATE).resolve(null, null, null,
                cls(AbcClass.A, XyzClass.X));
        assertThat(r.target()).isEqualTo(ServiceTarget.fillRate(0.98));
    }
}
