package reassort.engine.forecast;

/**
 * Plain number formatting for reasons and parameters. Deliberately not {@link String#format}: a reason is built
 * for every series, and the formatter's machinery costs more than the forecast of a short series.
 */
final class Texts {
    private Texts() {}

    /** {@code value} with {@code decimals} digits after the point, no exponent ("0.1235", "-3.5", "12000"). */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) return Double.toString(value);
        long scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        double scaled = Math.abs(value) * scale;
        if (scaled >= 9e17) return Long.toString(Math.round(value));
        long units = Math.round(scaled);
        StringBuilder text = new StringBuilder(24);
        if (value < 0 && units != 0) text.append('-');
        text.append(units / scale);
        if (decimals > 0) {
            long rest = units % scale;
            // trailing zeros are left out: 0.1000 → "0.1", 2.0 → "2"
            int digits = decimals;
            while (digits > 0 && rest % 10 == 0) {
                rest /= 10;
                digits--;
            }
            if (digits > 0) {
                String fraction = Long.toString(rest);
                text.append('.');
                for (int i = fraction.length(); i < digits; i++) text.append('0');
                text.append(fraction);
            }
        }
        return text.toString();
    }

    /** {@code value} with about four significant digits, no exponent (12345.6 → "12350", 0.012345 → "0.01235"). */
    static String number(double value) {
        if (value == 0 || !Double.isFinite(value)) return Double.isNaN(value) ? "NaN" : fixed(value, 0);
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        if (magnitude >= 3) {
            double unit = Math.pow(10, magnitude - 3);
            return fixed(Math.round(value / unit) * unit, 0);
        }
        return fixed(value, Math.min(12, 3 - magnitude));
    }
}
