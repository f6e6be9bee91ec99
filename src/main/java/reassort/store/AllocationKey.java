package reassort.store;

import java.util.Locale;
import reassort.domain.Require;

/** Which allocation proposal: one SKU to one location and channel (channel codes are upper case). */
public record AllocationKey(String sku, String location, String channel) {
    public AllocationKey {
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location of SKU " + sku);
        channel = Require.code(channel, "Channel of SKU " + sku + " at " + location).toUpperCase(Locale.ROOT);
    }

    public static AllocationKey of(StoredAllocation a) {
        return new AllocationKey(a.sku(), a.location(), a.channel());
    }

    @Override
    public String toString() {
        return sku + " to " + location + " × " + channel;
    }
}
