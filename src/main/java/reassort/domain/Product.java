package reassort.domain;

/** A SKU with what ordering it needs: who supplies it, in which pack size and minimum quantity. */
public record Product(
        String sku,
        String label,
        String category,
        double unitCost,
        double unitPrice,
        String supplier,
        String supplierReference,
        int packSize,
        int minimumOrderQuantity) {
    public Product {
        sku = Require.code(sku, "SKU");
        label = label == null ? "" : label.strip();
        category = category == null || category.isBlank() ? "UNCATEGORISED" : category.strip();
        Require.nonNegative(unitCost, "Unit cost of SKU " + sku);
        Require.nonNegative(unitPrice, "Unit price of SKU " + sku);
        supplier = supplier == null || supplier.isBlank() ? null : supplier.strip();
        supplierReference = supplierReference == null ? "" : supplierReference.strip();
        Require.positive(packSize, "Pack size of SKU " + sku);
        if (minimumOrderQuantity < 0) {
            throw new IllegalArgumentException("MOQ of SKU " + sku + " (" + minimumOrderQuantity + ") must be zero or more.");
        }
    }
}
