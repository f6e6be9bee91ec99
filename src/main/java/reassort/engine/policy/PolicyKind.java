package reassort.engine.policy;

/** The replenishment policies the engine computes. */
public enum PolicyKind {
    /** (R,S): at every review, order up to S. */
    PERIODIC_ORDER_UP_TO("(R,S) periodic review, order up to S"),
    /** (s,S): at a review, when the position is at or below s, order up to S. */
    REORDER_POINT_ORDER_UP_TO("(s,S) reorder point s, order up to S"),
    /** min/max: the planner's own min and max, used as s and S. */
    MIN_MAX("min/max set by the planner"),
    /** (s,nQ): when the position is at or below s, order whole multiples of a fixed quantity Q (EOQ by default). */
    FIXED_QUANTITY("(s,Q) reorder point s, fixed quantity Q");

    private final String english;

    PolicyKind(String english) {
        this.english = english;
    }

    public String english() {
        return english;
    }
}
