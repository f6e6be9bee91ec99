package reassort.engine.forecast;

/** The forecasting methods the engine knows. */
public enum Method {
    NAIVE("Naive", false),
    SEASONAL_NAIVE("Seasonal naive", false),
    MOVING_AVERAGE("Moving average", false),
    DRIFT("Drift", false),
    SES("SES", false),
    HOLT("Holt", false),
    DAMPED_HOLT("Damped Holt", false),
    THETA("Theta", false),
    HOLT_WINTERS_ADDITIVE("Holt-Winters additive", false),
    HOLT_WINTERS_MULTIPLICATIVE("Holt-Winters multiplicative", false),
    CROSTON("Croston", true),
    SBA("SBA", true),
    TSB("TSB", true);

    private final String label;
    private final boolean intermittent;

    Method(String label, boolean intermittent) {
        this.label = label;
        this.intermittent = intermittent;
    }

    public String label() {
        return label;
    }

    /** Croston, SBA and TSB: meant for series with many periods without demand. */
    public boolean isIntermittent() {
        return intermittent;
    }

    /** Holt-Winters: carries its own seasonal states (the others are seasonally adjusted from outside). */
    public boolean isHoltWinters() {
        return this == HOLT_WINTERS_ADDITIVE || this == HOLT_WINTERS_MULTIPLICATIVE;
    }

    /** Parses a label or constant name, case and separators ignored ("damped-holt", "Damped Holt", "DAMPED_HOLT"). */
    public static Method parse(String text) {
        String key = text.strip().replaceAll("[\\s_-]+", "").toLowerCase(java.util.Locale.ROOT);
        for (Method method : values()) {
            if (method.name().replace("_", "").toLowerCase(java.util.Locale.ROOT).equals(key)
                    || method.label.replaceAll("[\\s_-]+", "").toLowerCase(java.util.Locale.ROOT).equals(key)) {
                return method;
            }
        }
        throw new IllegalArgumentException("Unknown forecasting method '" + text + "'. Maybe one of: "
                + java.util.Arrays.stream(values()).map(Method::label).toList() + ".");
    }
}
