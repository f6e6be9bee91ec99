package reassort.engine.allocation;

import java.util.List;
import reassort.domain.LocationType;
import reassort.domain.Require;
import reassort.domain.StockPosition;

/**
 * One SKU × location whose stock is to be promised: its snapshot (null: no stock), the inflows expected from today
 * and the channels that may sell from it (a store: STORE, CC when it offers click & collect, SFS when it ships web
 * orders; a warehouse: its web and marketplace channels).
 */
public record AtpItem(
        String sku,
        String category,
        String location,
        LocationType locationType,
        List<String> channels,
        StockPosition stock,
        List<Inflow> inflows) {
    public AtpItem {
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location of SKU " + sku);
        Require.present(locationType, "Type of location " + location);
        channels = List.copyOf(channels);
        inflows = inflows == null ? List.of() : List.copyOf(inflows);
    }

    /** Stock free to sell now: on hand − reserved (click & collect and in-store reservations) − backorders, at least 0. */
    public double freeNow() {
        if (stock == null) return 0;
        return Math.max(0, stock.onHand() - stock.reserved() - stock.backorders());
    }
}
