package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExplanationRendererTest {

    @Test
    void theTextShowsEachStepWithItsFormulaInputsAndRule() {
        PolicyItem item = PolicyItem.of(PolicyFixtures.product("10442", "SUP", 10, 12, 0), "DC",
                PolicyFixtures.stock("10442", "DC", 50), DemandForecast.flat(100, 20));
        SupplierTerms terms = SupplierTerms.of(PolicyFixtures.supplier("SUP", 14, 3.5, Set.of(DayOfWeek.MONDAY), 0));
        Proposal p = new PolicyEngine(PolicyFixtures.CLOCK).plan(new PolicyInput(List.of(item), Map.of("SUP", terms), Map.of(),
                List.of(), null)).proposals().get(0);
        String text = ExplanationRenderer.render(p);
        assertThat(text).startsWith("SKU 10442 at DC — order " + (long) p.orderQuantity() + " units on 2024-03-04, expected 2024-03-18, from supplier SUP\n");
        assertThat(text).contains("  7. Safety stock (cycle service): " + String.format(java.util.Locale.ROOT, "%.2f", p.safetyStock())
                + " units   [SS = z·σ_P]");
        assertThat(text).contains("α = 98.00 % (cycle service target); z = 2.05 (standard normal quantile of α)");
        assertThat(text).contains("rule: (R,S): order up to S at every review");
        assertThat(text.lines().filter(l -> l.matches("\\s+\\d+\\. .*"))).hasSize(p.explanation().size());
    }

    @Test
    void stepsAreStableDataWithKeysForTranslation() {
        Explanation.Builder b = Explanation.builder();
        StepTemplate t = StepTemplate.of("demo.step", "Demo", "x + y", "units", StepTemplate.in("x", "first", "units"),
                StepTemplate.in("y", "second", "units"));
        b.add(t, 3, "a rule", 1, 2);
        Explanation e = b.build();
        assertThat(e).containsExactly(new ExplanationStep("demo.step", "Demo", "x + y",
                List.of(new StepInput("x", "first", 1, "units"), new StepInput("y", "second", 2, "units")), 3, "units", "a rule"));
    }
}
