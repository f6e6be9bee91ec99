package reassort.domain;

/** The kinds of data a planner imports; each maps to one record type. */
public enum Dataset {
    SALES(SalesLine.class),
    PRODUCTS(Product.class),
    LOCATIONS(Location.class),
    SUPPLIERS(Supplier.class),
    STOCK(StockPosition.class),
    PURCHASE_ORDERS(PurchaseOrderLine.class),
    PROMOTIONS(Promotion.class);

    private final Class<? extends Record> recordType;

    Dataset(Class<? extends Record> recordType) {
        this.recordType = recordType;
    }

    public Class<? extends Record> recordType() {
        return recordType;
    }
}
