package reassort.app.allocation;

import java.util.Map;
import reassort.engine.allocation.AvailableToPromise;
import reassort.engine.allocation.ChannelAtp;

/**
 * Available to promise of one SKU: per location and channel (now and from each inflow's date), and what the web may
 * sell when ship-from-store stores pool their stock with the warehouse.
 */
public record SkuAvailability(String sku, Map<String, Map<String, ChannelAtp>> byLocation, AvailableToPromise.Pooled web) {
    public SkuAvailability {
        byLocation = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byLocation));
    }
}
