package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reassort.domain.Supplier;

class ExplanationStepsTest {
    private static final Supplier SUP = PolicyFixtures.supplier("SUP", 10, 2, Set.of(DayOfWeek.WEDNESDAY), 500);

    /** Each proposal's stored steps render to exactly the text computed with the proposal. */
    static void assertRendersBack(List<Proposal> proposals) {
        for (Proposal p : proposals) {
            byte[] stored = ExplanationSteps.encode(p);
            assertThat(ExplanationSteps.render(p.sku(), p.location(), stored)).as(p.sku() + " at " + p.location())
                    .isEqualTo(ExplanationRenderer.render(p));
        }
    }

    @Test
    void manyKindsOfProposalRenderBackExactlyFromFarFewerBytes() {
        List<PolicyItem> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            DemandForecast forecast = i % 5 == 0 ? DemandForecast.flat(0.3 + i * 0.01, 0.9) : DemandForecast.flat(5 + i * 3.7, 1 + i * 0.9);
            items.add(PolicyItem.of(PolicyFixtures.product("S" + i, "SUP", 3.5 + i, 1 + i % 6, i % 3 == 0 ? 10 : 0), "DC",
                    i % 7 == 0 ? null : PolicyFixtures.stock("S" + i, "DC", i * 2.5), forecast));
        }
        List<Proposal> proposals = new PolicyEngine(PolicyFixtures.CLOCK)
                .plan(new PolicyInput(items, Map.of("SUP", SupplierTerms.of(SUP)), Map.of(), List.of(), null)).proposals();
        assertRendersBack(proposals);
        Proposal p = proposals.get(1);
        assertThat(ExplanationSteps.encode(p).length).isLessThan(ExplanationRenderer.render(p).length() / 2);
    }

    @Test
    void stepsOfUnlistedTemplatesKeepTheirTexts() {
        Proposal p = PolicyFixtures.planOne(DemandForecast.flat(20, 5), 7, 1, null, null, 10);
        List<ExplanationStep> steps = new ArrayList<>(p.explanation());
        steps.add(new ExplanationStep("demo.step", "Demo step", "x + y", List.of(StepInput.of("x", "first", 1.5, "units"),
                StepInput.of("y", "second", Double.NaN, "")), -0.0, "", "a rule, with ünicode ≤"));
        Proposal plain = p.withOrder(p.orderQuantity(), steps, List.of(new Flag("k", "a flag")));
        assertThat(plain.explanation()).isNotInstanceOf(Explanation.class);
        assertRendersBack(List.of(plain));
    }

    @Test
    void everyTemplateOfThePackageHasACode() throws IllegalAccessException {
        List<StepTemplate> declared = new ArrayList<>();
        for (Class<?> type : List.of(PolicyEngine.class, ProtectionInterval.class, SafetyStock.class,
                InventoryPosition.class, OrderSizing.class, MinimumOrderValueStep.class)) {
            for (Field f : type.getDeclaredFields()) {
                if (f.getType() == StepTemplate.class && Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    declared.add((StepTemplate) f.get(null));
                }
            }
        }
        assertThat(declared).hasSize(StepTemplates.all().size());
        assertThat(declared).allSatisfy(t -> assertThat(StepTemplates.code(t)).isPositive());
        assertThat(StepTemplates.template(1)).isSameAs(PolicyEngine.CLASSIFICATION); // codes are stored: never reorder
        assertThat(StepTemplates.template(27)).isSameAs(MinimumOrderValueStep.STEP);
    }

    @Test
    void bytesThatAreNotAnExplanationAreRefusedWithAHint() {
        Proposal p = PolicyFixtures.planOne(DemandForecast.flat(20, 5), 7, 1, null, null, 10);
        byte[] stored = ExplanationSteps.encode(p);
        assertThatThrownBy(() -> ExplanationSteps.render("A", "B", Arrays.copyOf(stored, stored.length / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Maybe plan again");
        byte[] future = stored.clone();
        future[0] = 9;
        assertThatThrownBy(() -> ExplanationSteps.render("A", "B", future)).hasMessageContaining("format 9");
    }
}
