package reassort.engine.policy;

import java.util.List;

/**
 * The fixed part of an explanation step — key, label, formula, unit and what each input is — shared by every
 * proposal, so that a proposal only stores its numbers. Keys are stable: translations attach to them.
 */
record StepTemplate(String key, String label, String formula, String unit, List<Input> inputs) {
    record Input(String symbol, String name, String unit) {}

    static StepTemplate of(String key, String label, String formula, String unit, Input... inputs) {
        return new StepTemplate(key, label, formula, unit, List.of(inputs));
    }

    static Input in(String symbol, String name, String unit) {
        return new Input(symbol, name, unit);
    }
}
