package reassort.app.forecast;

import java.util.Locale;
import java.util.Map;
import reassort.domain.SeriesKey;

/** A level of the forecasting hierarchy above (or at) the SKU × location × channel series. */
public enum Level {
    SERIES, SKU, LOCATION, CHANNEL, CATEGORY, TOTAL;

    /** The group {@code key} belongs to at this level; categories come from the products (SKU → category). */
    public String groupOf(SeriesKey key, Map<String, String> categories) {
        return switch (this) {
            case SERIES -> key.sku() + " × " + key.location() + " × " + key.channel();
            case SKU -> key.sku();
            case LOCATION -> key.location();
            case CHANNEL -> key.channel();
            case CATEGORY -> categories.getOrDefault(key.sku(), "UNCATEGORISED");
            case TOTAL -> "TOTAL";
        };
    }

    /** The level named {@code text} (any case), or an IllegalArgumentException listing the levels. */
    public static Level parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Level '" + text + "' is unknown. Use one of series, sku, location, "
                    + "channel, category, total.", e);
        }
    }
}
