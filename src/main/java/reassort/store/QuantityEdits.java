package reassort.store;

/** The checks an allocation or transfer edit passes before it reaches the store. */
final class QuantityEdits {
    private QuantityEdits() {}

    /** Returns the stripped reason, or fails with the value and a hint. */
    static String check(double quantity, String reason, String what) {
        if (!(quantity >= 0 && quantity < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Edited quantity (" + quantity + ") of " + what
                    + " must be zero or more. Maybe use 0 to cancel it.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An edit of " + what + " needs a reason. Maybe say what the planner knows.");
        }
        return reason.strip();
    }
}
