package reassort.engine.policy;

/** What a service-level target measures. */
public enum ServiceMeasure {
    /** α: probability that a replenishment cycle ends without a stockout. */
    CYCLE_SERVICE("cycle service level"),
    /** β: share of demand served from stock on hand at once. */
    FILL_RATE("fill rate");

    private final String english;

    ServiceMeasure(String english) {
        this.english = english;
    }

    public String english() {
        return english;
    }
}
