package reassort.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

/** Builders for store tests: small, explicit records with the values the assertions talk about. */
final class TestData {
    private TestData() {}

    static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    static SalesLine sale(String date, String sku, String location, String channel, double quantity, double amount) {
        return new SalesLine(day(date), sku, location, channel, SalesKind.SALE, quantity, amount, null);
    }

    static SalesLine promoSale(String date, String sku, String location, String channel, double quantity,
            double amount, String promo) {
        return new SalesLine(day(date), sku, location, channel, SalesKind.SALE, quantity, amount, promo);
    }

    static SalesLine returned(String date, String sku, String location, String channel, double quantity,
            double amount) {
        return new SalesLine(day(date), sku, location, channel, SalesKind.RETURN, quantity, amount, null);
    }

    /** One sale a day of {@code quantity} units at 10.00 each, from {@code first} to {@code last}. */
    static List<SalesLine> daily(String sku, String location, String channel, String first, String last,
            double quantity) {
        List<SalesLine> lines = new ArrayList<>();
        for (LocalDate d = day(first); !d.isAfter(day(last)); d = d.plusDays(1)) {
            lines.add(new SalesLine(d, sku, location, channel, SalesKind.SALE, quantity, quantity * 10, null));
        }
        return lines;
    }

    static Product product(String sku) {
        return new Product(sku, "Label " + sku, "Shoes", 12.5, 29.9, "SUP-1", "REF-" + sku, 6, 12);
    }

    static Product product(String sku, String label) {
        return new Product(sku, label, "Shoes", 12.5, 29.9, "SUP-1", "REF-" + sku, 6, 12);
    }

    static Location store(String code) {
        return new Location(code, "Store " + code, LocationType.STORE, "North", "WH-PARIS", true, false);
    }

    static Location warehouse(String code) {
        return new Location(code, "Warehouse " + code, LocationType.WAREHOUSE, "", null, false, false);
    }

    static Supplier supplier(String code) {
        return new Supplier(code, "Supplier " + code, 7, 1.5, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 250);
    }

    static StockPosition stock(String sku, String location, String asOf, double onHand) {
        return new StockPosition(sku, location, day(asOf), onHand, 2, 5, 1);
    }

    static PurchaseOrderLine order(String orderId, String sku, String location, double quantity) {
        return new PurchaseOrderLine(orderId, sku, location, "SUP-1", quantity, day("2025-03-10"), true);
    }

    static Promotion promotion(String code, Set<String> channels) {
        return new Promotion(code, "Spring " + code, "SKU-1", null, channels, "North", day("2025-03-01"),
                day("2025-03-15"), 20, PromotionMechanic.DISCOUNT);
    }

    static void importAll(Store store, List<? extends Record> records) {
        try (ImportWriter writer = store.beginImport("test.csv")) {
            records.forEach(writer::add);
            writer.commit(List.of());
        }
    }

    static ImportOutcome importAll(Store store, String source, List<? extends Record> records) {
        try (ImportWriter writer = store.beginImport(source)) {
            records.forEach(writer::add);
            return writer.commit(List.of());
        }
    }
}
