package reassort.domain;

import java.time.LocalDate;

/** A stock snapshot for one SKU at one location. On-order stock comes from {@link PurchaseOrderLine}s. */
public record StockPosition(
        String sku,
        String location,
        LocalDate asOf,
        double onHand,
        double reserved,
        double inTransit,
        double backorders) {
    public StockPosition {
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location");
        Require.present(asOf, "Stock snapshot date");
        Require.finite(onHand, "On-hand stock of " + sku + " at " + location);
        Require.nonNegative(reserved, "Reserved stock of " + sku + " at " + location);
        Require.nonNegative(inTransit, "In-transit stock of " + sku + " at " + location);
        Require.nonNegative(backorders, "Backorders of " + sku + " at " + location);
    }
}
