package reassort.engine.policy;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The ordered explanation steps of a proposal, stored compactly: each step is a shared {@link StepTemplate}, its
 * result, its rule sentence and its input values in one array. Steps are materialised as {@link ExplanationStep}
 * records when read. Immutable.
 */
public final class Explanation extends AbstractList<ExplanationStep> implements RandomAccess {
    private final StepTemplate[] templates;
    private final String[] formulas;
    private final String[] rules;
    private final double[] results;
    private final int[] offsets; // values of step i are values[offsets[i] .. offsets[i + 1])
    private final double[] values;

    private Explanation(Builder b) {
        this.templates = Arrays.copyOf(b.templates, b.size);
        this.formulas = Arrays.copyOf(b.formulas, b.size);
        this.rules = Arrays.copyOf(b.rules, b.size);
        this.results = Arrays.copyOf(b.results, b.size);
        this.offsets = Arrays.copyOf(b.offsets, b.size + 1);
        this.values = Arrays.copyOf(b.values, b.offsets[b.size]);
    }

    @Override
    public ExplanationStep get(int index) {
        if (index < 0 || index >= templates.length) {
            throw new IndexOutOfBoundsException("Step " + index + " of " + templates.length);
        }
        StepTemplate t = templates[index];
        StepInput[] inputs = new StepInput[t.inputs().size()];
        for (int i = 0; i < inputs.length; i++) {
            StepTemplate.Input in = t.inputs().get(i);
            inputs[i] = new StepInput(in.symbol(), in.name(), values[offsets[index] + i], in.unit());
        }
        return new ExplanationStep(t.key(), t.label(), formulas[index], Arrays.asList(inputs), results[index], t.unit(),
                rules[index]);
    }

    @Override
    public int size() {
        return templates.length;
    }

    // The parts of step i, for ExplanationSteps (no ExplanationStep record built).
    StepTemplate template(int i) {
        return templates[i];
    }

    String formula(int i) {
        return formulas[i];
    }

    String rule(int i) {
        return rules[i];
    }

    double result(int i) {
        return results[i];
    }

    int valueCount(int i) {
        return offsets[i + 1] - offsets[i];
    }

    double value(int i, int j) {
        return values[offsets[i] + j];
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects steps while a proposal is computed. Not thread-safe; one per proposal. */
    static final class Builder {
        private StepTemplate[] templates = new StepTemplate[16];
        private String[] formulas = new String[16];
        private String[] rules = new String[16];
        private double[] results = new double[16];
        private int[] offsets = new int[17];
        private double[] values = new double[64];
        private int size;

        Builder add(StepTemplate template, double result, String rule, double... inputValues) {
            return add(template, template.formula(), result, rule, inputValues);
        }

        Builder add(StepTemplate template, String formula, double result, String rule, double... inputValues) {
            if (inputValues.length != template.inputs().size()) {
                throw new IllegalStateException("Step " + template.key() + " takes " + template.inputs().size()
                        + " inputs, got " + inputValues.length);
            }
            if (size == templates.length) {
                int n = size * 2;
                templates = Arrays.copyOf(templates, n);
                formulas = Arrays.copyOf(formulas, n);
                rules = Arrays.copyOf(rules, n);
                results = Arrays.copyOf(results, n);
                offsets = Arrays.copyOf(offsets, n + 1);
            }
            int start = offsets[size];
            if (start + inputValues.length > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, start + inputValues.length));
            }
            System.arraycopy(inputValues, 0, values, start, inputValues.length);
            templates[size] = template;
            formulas[size] = formula;
            rules[size] = rule == null ? "" : rule;
            results[size] = result;
            offsets[size + 1] = start + inputValues.length;
            size++;
            return this;
        }

        Builder addAll(Explanation e) {
            for (int i = 0; i < e.templates.length; i++) {
                add(e.templates[i], e.formulas[i], e.results[i], e.rules[i],
                        Arrays.copyOfRange(e.values, e.offsets[i], e.offsets[i + 1]));
            }
            return this;
        }

        Explanation build() {
            return new Explanation(this);
        }
    }
}
