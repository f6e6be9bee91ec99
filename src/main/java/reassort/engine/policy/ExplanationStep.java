package reassort.engine.policy;

import java.util.List;

/**
 * One step of a proposal's explanation, as data. {@code key} is stable (for translation and for the UI to pick
 * a step); {@code label}, {@code formula} and {@code rule} are the English texts shown today.
 *
 * @param result the value the step produced, in {@code unit}
 * @param rule which rule was applied and why, in a sentence (empty when the step is a plain formula)
 */
public record ExplanationStep(
        String key, String label, String formula, List<StepInput> inputs, double result, String unit, String rule) {
    public ExplanationStep {
        inputs = List.copyOf(inputs);
        rule = rule == null ? "" : rule;
    }
}
