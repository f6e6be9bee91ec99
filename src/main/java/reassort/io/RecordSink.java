package reassort.io;

/**
 * Receives the records an import produces, one at a time, in file order: {@link reassort.domain.SalesLine},
 * {@link reassort.domain.Product}, {@link reassort.domain.Location}, {@link reassort.domain.Supplier},
 * {@link reassort.domain.StockPosition}, {@link reassort.domain.PurchaseOrderLine} or
 * {@link reassort.domain.Promotion}; and, for dates-across-columns sheets, a {@link reassort.domain.SalesPeriod}
 * per row telling the dates the row speaks for (a weekly column covers its whole week). The importer keeps no
 * reference to a record once it is handed over.
 */
@FunctionalInterface
public interface RecordSink {
    void accept(Record record);
}
