package reassort.engine.policy;

/**
 * Number formatting for explanations and messages: dot decimals, no trailing zeros. Hand-rolled because it runs
 * for every step of every proposal, where {@code String.format} and regular expressions cost more than the
 * arithmetic they describe.
 */
final class Numbers {
    private Numbers() {}

    /** At most four decimals, trailing zeros dropped. */
    static String fmt(double value) {
        return format(value, 4, false);
    }

    /** Exactly two decimals. */
    static String fmt2(double value) {
        return format(value, 2, true);
    }

    private static String format(double value, int decimals, boolean keepZeros) {
        if (Double.isNaN(value)) return "n/a";
        if (Double.isInfinite(value)) return value > 0 ? "∞" : "-∞";
        long factor = decimals == 2 ? 100 : 10_000;
        double scaled = Math.abs(value) * factor;
        if (scaled >= 9e15) return Double.toString(value);
        long units = Math.round(scaled);
        long whole = units / factor;
        long fraction = units % factor;
        StringBuilder b = new StringBuilder(24);
        if (value < 0 && units != 0) b.append('-');
        b.append(whole);
        if (fraction != 0 || keepZeros) {
            String digits = Long.toString(fraction + factor).substring(1); // zero-padded
            int end = digits.length();
            if (!keepZeros) while (end > 0 && digits.charAt(end - 1) == '0') end--;
            b.append('.').append(digits, 0, end);
        }
        return b.toString();
    }
}
