package reassort.engine.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reassort.domain.LocationType;

/**
 * Available to promise per channel and date: on hand − reserved − the channel's buffer, then in-transit stock,
 * confirmed purchase orders and returns from the dates they are expected, so future stock can be sold ahead with a
 * promise date. At a store, channels other than the store's own (click & collect, ship-from-store) also leave the
 * presentation minimum on the shelf.
 */
public final class AvailableToPromise {
    private AvailableToPromise() {}

    /** The store's own channel: it may sell the presentation units (a customer can take them off the shelf). */
    public static final String STORE_CHANNEL = "STORE";
    /** Ship from store: web orders shipped from a store's stock. */
    public static final String SHIP_FROM_STORE = "SFS";

    /** Availability of every channel of the item, in the item's channel order. */
    public static Map<String, ChannelAtp> of(AtpItem item, AllocationRules rules, LocalDate today) {
        List<Inflow> inflows = item.inflows();
        if (inflows.size() > 1) {
            inflows = new ArrayList<>(inflows);
            inflows.sort(Comparator.comparing(Inflow::date));
        }
        double free = item.freeNow();
        Map<String, ChannelAtp> result = new LinkedHashMap<>();
        for (String channel : item.channels()) {
            ChannelBuffer buffer = rules.buffer(channel, item.sku(), item.category(), item.location(), item.locationType());
            double minimum = item.locationType() == LocationType.STORE && !STORE_CHANNEL.equals(channel)
                    ? rules.minimum(item.sku(), item.category(), item.location(), item.locationType()) : 0;
            double withheld = withheld(buffer, minimum, free);
            List<ChannelAtp.Dated> future = new ArrayList<>();
            double stock = free;
            for (int i = 0; i < inflows.size(); i++) {
                Inflow in = inflows.get(i);
                stock += in.quantity();
                boolean lastOfDate = i + 1 == inflows.size() || !inflows.get(i + 1).date().equals(in.date());
                if (lastOfDate) {
                    // an overdue inflow is not on hand yet: it is promised from today at the earliest
                    LocalDate date = in.date().isBefore(today) ? today : in.date();
                    double available = stock - withheld(buffer, minimum, stock);
                    if (!future.isEmpty() && future.get(future.size() - 1).date().equals(date)) future.remove(future.size() - 1);
                    future.add(new ChannelAtp.Dated(date, available));
                }
            }
            result.put(channel, new ChannelAtp(channel, free, withheld, free - withheld, future, buffer, minimum));
        }
        return result;
    }

    private static double withheld(ChannelBuffer buffer, double minimum, double stock) {
        if (stock <= 0) return 0;
        double held = buffer == null ? 0 : buffer.withheld(stock);
        return Math.min(stock, Math.max(held, minimum));
    }

    /**
     * What the web may sell now when stores ship web orders: the warehouse's own web availability plus, for each
     * ship-from-store location, its ship-from-store availability (its stock minus the ship-from-store buffer and the
     * presentation minimum).
     *
     * @param warehouseWeb the web channel's availability at the warehouse (null: none)
     * @param storesShipping the SFS availability of each store that ships web orders
     */
    public static Pooled pooled(ChannelAtp warehouseWeb, Map<String, ChannelAtp> storesShipping) {
        double now = warehouseWeb == null ? 0 : warehouseWeb.availableNow();
        Map<String, Double> byLocation = new LinkedHashMap<>();
        for (Map.Entry<String, ChannelAtp> e : storesShipping.entrySet()) {
            byLocation.put(e.getKey(), e.getValue().availableNow());
            now += e.getValue().availableNow();
        }
        return new Pooled(warehouseWeb == null ? 0 : warehouseWeb.availableNow(), byLocation, now);
    }

    /** The web's pooled availability: the warehouse's part, each shipping store's part, and the total. */
    public record Pooled(double warehouse, Map<String, Double> stores, double total) {
        public Pooled {
            stores = Map.copyOf(stores);
        }
    }
}
