package reassort.domain;

import java.time.LocalDate;

/** An open purchase-order line: units ordered from a supplier and expected at a location on a date. */
public record PurchaseOrderLine(
        String orderId,
        String sku,
        String location,
        String supplier,
        double quantity,
        LocalDate expectedDate,
        boolean confirmed) {
    public PurchaseOrderLine {
        orderId = Require.code(orderId, "Purchase order number");
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location");
        supplier = supplier == null || supplier.isBlank() ? null : supplier.strip();
        Require.nonNegative(quantity, "Ordered quantity of " + sku + " on order " + orderId);
        Require.present(expectedDate, "Expected date of order " + orderId);
    }
}
