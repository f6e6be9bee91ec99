package reassort.engine.policy;

/** One input of an explanation step: its symbol in the formula, what it is (English), its value and unit. */
public record StepInput(String symbol, String name, double value, String unit) {
    public static StepInput of(String symbol, String name, double value, String unit) {
        return new StepInput(symbol, name, value, unit);
    }
}
