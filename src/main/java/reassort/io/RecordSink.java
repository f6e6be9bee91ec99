package reassort.io;

/**
 * Receives the records an import produces, one at a time, in file order: {@link reassort.domain.SalesLine},
 * {@link reassort.domain.Product}, {@link reassort.domain.Location}, {@link reassort.domain.Supplier},
 * {@link reassort.domain.StockPosition}, {@link reassort.domain.PurchaseOrderLine} or
 * {@link reassort.domain.Promotion}. The importer keeps no reference to a record once it is handed over.
 */
@FunctionalInterface
public interface RecordSink {
    void accept(Record record);
}
