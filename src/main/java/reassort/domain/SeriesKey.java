package reassort.domain;

/** The forecasting grain: one SKU at one location in one channel. */
public record SeriesKey(String sku, String location, String channel) implements Comparable<SeriesKey> {
    public SeriesKey {
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location");
        channel = Require.code(channel, "Channel");
    }

    @Override
    public int compareTo(SeriesKey other) {
        int c = sku.compareTo(other.sku);
        if (c != 0) return c;
        c = location.compareTo(other.location);
        return c != 0 ? c : channel.compareTo(other.channel);
    }

    @Override
    public String toString() {
        return sku + " × " + location + " × " + channel;
    }
}
