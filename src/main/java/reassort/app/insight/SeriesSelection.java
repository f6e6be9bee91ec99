package reassort.app.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reassort.domain.SeriesKey;

/**
 * Which series a chart sums: any of SKU, location, channel and category, each null for "all". All three of SKU,
 * location and channel make one series; none at all is the whole business.
 */
public record SeriesSelection(String sku, String location, String channel, String category) {
    public SeriesSelection {
        sku = blankToNull(sku);
        location = blankToNull(location);
        channel = blankToNull(channel);
        category = blankToNull(category);
    }

    public static SeriesSelection of(SeriesKey key) {
        return new SeriesSelection(key.sku(), key.location(), key.channel(), null);
    }

    public static SeriesSelection total() {
        return new SeriesSelection(null, null, null, null);
    }

    /** The one series this selection names, if it names exactly one. */
    public Optional<SeriesKey> seriesKey() {
        return sku != null && location != null && channel != null && category == null
                ? Optional.of(new SeriesKey(sku, location, channel)) : Optional.empty();
    }

    public boolean accepts(SeriesKey key, Map<String, String> categories) {
        return (sku == null || sku.equals(key.sku())) && (location == null || location.equals(key.location()))
                && (channel == null || channel.equals(key.channel()))
                && (category == null || category.equals(categories.getOrDefault(key.sku(), "UNCATEGORISED")));
    }

    /** As a planner reads it: "120003 × MAG-PARIS × STORE", "category Jouets × WEB", "all series". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (category != null) parts.add(category);
        if (sku != null) parts.add(sku);
        if (location != null) parts.add(location);
        if (channel != null) parts.add(channel);
        return parts.isEmpty() ? "TOTAL" : String.join(" × ", parts);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
