package reassort.domain;

/** Fail-fast checks shared by the value types: each message gives the value and a hint. */
public final class Require {
    private Require() {}

    public static String code(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty. Maybe the column is missing or the cell is blank.");
        }
        return value.strip();
    }

    public static double nonNegative(double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " (" + value + ") must be zero or more.");
        }
        return value;
    }

    public static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " (" + value + ") must be a number.");
        }
        return value;
    }

    public static int positive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " (" + value + ") must be at least 1.");
        }
        return value;
    }

    public static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing.");
        }
        return value;
    }
}
