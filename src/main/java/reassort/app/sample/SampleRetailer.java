package reassort.app.sample;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import reassort.domain.Channel;
import reassort.domain.Location;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

/**
 * A fictional French omnichannel home-goods retailer ("Maison Loire"), generated from a seed: the same seed,
 * last day and size always give the same data.
 *
 * @param series every SKU × location × channel the retailer sells through (ranged, listed), with or without sales
 * @param sales sale and return lines, one per day and series, sorted by date, location, SKU, channel
 * @param stock the stock snapshot at the end of the last day
 * @param stockHistory weekly stock snapshots (Sunday evenings) of the last weeks before the last day
 * @param archetypes the demand shape each SKU was generated with
 */
public record SampleRetailer(
        long seed,
        SampleSize size,
        LocalDate firstDay,
        LocalDate lastDay,
        List<Product> products,
        SortedMap<String, DemandArchetype> archetypes,
        List<Location> locations,
        List<Channel> channels,
        List<Supplier> suppliers,
        List<SeriesKey> series,
        List<SalesLine> sales,
        List<StockPosition> stock,
        List<StockPosition> stockHistory,
        List<PurchaseOrderLine> purchaseOrders,
        List<Promotion> promotions) {

    public static final long DEFAULT_SEED = 42;
    public static final LocalDate DEFAULT_LAST_DAY = LocalDate.of(2026, 11, 15);

    public SampleRetailer {
        products = List.copyOf(products);
        archetypes = Collections.unmodifiableSortedMap(new TreeMap<>(archetypes));
        locations = List.copyOf(locations);
        channels = List.copyOf(channels);
        suppliers = List.copyOf(suppliers);
        series = List.copyOf(series);
        sales = List.copyOf(sales);
        stock = List.copyOf(stock);
        stockHistory = List.copyOf(stockHistory);
        purchaseOrders = List.copyOf(purchaseOrders);
        promotions = List.copyOf(promotions);
    }

    /** The committed sample: {@link SampleSize#FULL}. */
    public static SampleRetailer generate(long seed, LocalDate lastDay) {
        return generate(seed, lastDay, SampleSize.FULL);
    }

    public static SampleRetailer generate(long seed, LocalDate lastDay, SampleSize size) {
        return generate(seed, lastDay, size, ProgressListener.NONE);
    }

    /** @throws reassort.domain.CancelledException when the thread is interrupted between SKUs */
    public static SampleRetailer generate(long seed, LocalDate lastDay, SampleSize size, ProgressListener progress) {
        return new SampleGenerator(seed, lastDay, size).generate(progress);
    }

    public Map<String, Product> productsBySku() {
        Map<String, Product> bySku = new TreeMap<>();
        products.forEach(p -> bySku.put(p.sku(), p));
        return bySku;
    }

    public Map<String, Location> locationsByCode() {
        Map<String, Location> byCode = new TreeMap<>();
        locations.forEach(l -> byCode.put(l.code(), l));
        return byCode;
    }
}
