package reassort.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import reassort.domain.Channel;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesLine;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

/** Everything a store holds, read back through its API, so tests can say "the store is exactly as it was". */
record StoreContents(
        List<Channel> channels,
        List<Product> products,
        List<Location> locations,
        List<Supplier> suppliers,
        List<StockPosition> latestStock,
        List<LocalDate> stockDates,
        List<PurchaseOrderLine> orders,
        List<Promotion> promotions,
        List<SalesLine> sales,
        List<ImportRun> runs) {

    static StoreContents of(Store store) {
        List<SalesLine> sales = new ArrayList<>();
        store.forEachSalesLine(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 1, 1), sales::add);
        return new StoreContents(store.channels(), store.products(), store.locations(), store.suppliers(),
                store.latestStock(), store.stockDates(), store.purchaseOrders(), store.promotions(), sales,
                store.importRuns());
    }
}
