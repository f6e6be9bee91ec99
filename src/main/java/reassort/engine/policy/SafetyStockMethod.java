package reassort.engine.policy;

/**
 * How demand over the protection interval is modelled to set the safety stock. Chosen per item by the rule of
 * {@link MethodRules#choose}, unless the planner fixes it for the item.
 */
public enum SafetyStockMethod {
    /** Normal approximation: SS = z·σ_P with σ_P² = Σσ_h² + d²σ_L² (the textbook (R+L)σ² + d²σ_L²). */
    NORMAL("normal approximation"),
    /** Poisson demand over the interval (variance equal to the mean): slow movers. */
    POISSON("Poisson"),
    /** Negative binomial matched on mean and variance: slow movers whose variance exceeds the mean. */
    NEGATIVE_BINOMIAL("negative binomial (mean and variance matched)"),
    /**
     * Intermittent demand as Bernoulli occurrences × gamma sizes, matched on the mean, variance and average demand
     * interval: exact for demand that is mostly zero, where a normal or negative binomial misjudges the tail.
     */
    COMPOUND_INTERMITTENT("compound Bernoulli × gamma (intermittent)"),
    /** The observed forecast errors, summed over the interval and rescaled to its variance. */
    EMPIRICAL("empirical distribution of forecast errors");

    private final String english;

    SafetyStockMethod(String english) {
        this.english = english;
    }

    public String english() {
        return english;
    }
}
