package reassort.engine.policy;

import java.util.Locale;

/** Number formatting for explanations and messages: dot decimals, at most four of them, no trailing zeros. */
final class Numbers {
    private Numbers() {}

    static String fmt(double value) {
        if (Double.isNaN(value)) return "n/a";
        if (Double.isInfinite(value)) return value > 0 ? "∞" : "-∞";
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    static String fmt2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
