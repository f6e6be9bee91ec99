package reassort.app.sample;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
import reassort.io.write.CellType;
import reassort.io.write.Column;

/**
 * The sample's tables: for each dataset its columns with the canonical English and French headers
 * (docs: data-samples/README.md) and how a record fills a row in each language.
 */
final class SampleTables {
    private SampleTables() {}

    enum Language {
        ENGLISH,
        FRENCH
    }

    /** One column: headers in both languages, its type, and the cell value of a record in a language. */
    record Field<T>(String english, String french, CellType type, int decimals, Valuer<T> value) {
        Column column(Language language) {
            return new Column(language == Language.ENGLISH ? english : french, type, decimals);
        }
    }

    @FunctionalInterface
    interface Valuer<T> {
        Object of(T item, Language language);
    }

    record Table<T>(List<Field<T>> fields) {
        List<Column> columns(Language language) {
            return fields.stream().map(f -> f.column(language)).toList();
        }

        Object[] row(T item, Language language) {
            Object[] cells = new Object[fields.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = fields.get(i).value().of(item, language);
            }
            return cells;
        }
    }

    static final Table<SalesLine> SALES = new Table<>(List.of(
            field("Date", "Date", CellType.DATE, 0, SalesLine::date),
            field("SKU", "Code article", CellType.TEXT, 0, SalesLine::sku),
            field("Location", "Magasin", CellType.TEXT, 0, SalesLine::location),
            field("Channel", "Canal", CellType.TEXT, 0, SalesLine::channel),
            field("Quantity", "Quantité", CellType.INTEGER, 0, s -> signed(s, s.quantity())),
            field("Amount", "CA", CellType.NUMBER, 2, s -> signed(s, s.amount())),
            field("Promo code", "Code promo", CellType.TEXT, 0, SalesLine::promoCode)));

    static final Table<Product> PRODUCTS = new Table<>(List.of(
            field("SKU", "Code article", CellType.TEXT, 0, Product::sku),
            field("Label", "Libellé", CellType.TEXT, 0, Product::label),
            field("Category", "Catégorie", CellType.TEXT, 0, Product::category),
            field("Unit cost", "Coût unitaire", CellType.NUMBER, 2, Product::unitCost),
            field("Unit price", "Prix de vente", CellType.NUMBER, 2, Product::unitPrice),
            field("Supplier", "Fournisseur", CellType.TEXT, 0, Product::supplier),
            field("Supplier reference", "Référence fournisseur", CellType.TEXT, 0, Product::supplierReference),
            field("Pack size", "Colisage", CellType.INTEGER, 0, Product::packSize),
            field("MOQ", "Minimum de commande", CellType.INTEGER, 0, Product::minimumOrderQuantity)));

    static final Table<Location> LOCATIONS = new Table<>(List.of(
            field("Location", "Site", CellType.TEXT, 0, Location::code),
            field("Name", "Nom", CellType.TEXT, 0, Location::name),
            new Field<>("Type", "Type", CellType.TEXT, 0, (l, language) -> type(l.type(), language)),
            field("Region", "Région", CellType.TEXT, 0, Location::region),
            field("Supplied by", "Approvisionné par", CellType.TEXT, 0, Location::supplyingLocation),
            field("Click & collect", "Click & collect", CellType.BOOLEAN, 0, Location::clickAndCollect),
            field("Ship from store", "Ship from store", CellType.BOOLEAN, 0, Location::shipFromStore)));

    static final Table<Supplier> SUPPLIERS = new Table<>(List.of(
            field("Supplier", "Fournisseur", CellType.TEXT, 0, Supplier::code),
            field("Name", "Nom", CellType.TEXT, 0, Supplier::name),
            field("Lead time (days)", "Délai (jours)", CellType.NUMBER, 0, Supplier::leadTimeDays),
            field("Lead time std dev (days)", "Écart-type délai (jours)", CellType.NUMBER, 1, Supplier::leadTimeStdDevDays),
            new Field<>("Order days", "Jours de commande", CellType.TEXT, 0, (s, language) -> orderDays(s.orderDays(), language)),
            field("Minimum order value", "Minimum de commande (€)", CellType.NUMBER, 2, Supplier::minimumOrderValue)));

    static final Table<StockPosition> STOCK = new Table<>(List.of(
            field("Date", "Date", CellType.DATE, 0, StockPosition::asOf),
            field("SKU", "Code article", CellType.TEXT, 0, StockPosition::sku),
            field("Location", "Magasin", CellType.TEXT, 0, StockPosition::location),
            field("On hand", "Stock physique", CellType.INTEGER, 0, StockPosition::onHand),
            field("Reserved", "Réservé", CellType.INTEGER, 0, StockPosition::reserved),
            field("In transit", "En transit", CellType.INTEGER, 0, StockPosition::inTransit),
            field("Backorders", "Reliquats", CellType.INTEGER, 0, StockPosition::backorders)));

    static final Table<PurchaseOrderLine> PURCHASE_ORDERS = new Table<>(List.of(
            field("Order", "N° commande", CellType.TEXT, 0, PurchaseOrderLine::orderId),
            field("SKU", "Code article", CellType.TEXT, 0, PurchaseOrderLine::sku),
            field("Location", "Magasin", CellType.TEXT, 0, PurchaseOrderLine::location),
            field("Supplier", "Fournisseur", CellType.TEXT, 0, PurchaseOrderLine::supplier),
            field("Quantity", "Quantité", CellType.INTEGER, 0, PurchaseOrderLine::quantity),
            field("Expected date", "Date prévue", CellType.DATE, 0, PurchaseOrderLine::expectedDate),
            field("Confirmed", "Confirmée", CellType.BOOLEAN, 0, PurchaseOrderLine::confirmed)));

    static final Table<Promotion> PROMOTIONS = new Table<>(List.of(
            field("Code", "Code promo", CellType.TEXT, 0, Promotion::code),
            field("Name", "Nom", CellType.TEXT, 0, Promotion::name),
            field("SKU", "Code article", CellType.TEXT, 0, Promotion::sku),
            field("Category", "Catégorie", CellType.TEXT, 0, Promotion::category),
            field("Channels", "Canaux", CellType.TEXT, 0, p -> channels(p.channels())),
            field("Location", "Magasin", CellType.TEXT, 0, Promotion::locationOrRegion),
            field("Start", "Début", CellType.DATE, 0, Promotion::start),
            field("End", "Fin", CellType.DATE, 0, Promotion::end),
            field("Discount %", "Remise %", CellType.NUMBER, 0, Promotion::discountPercent),
            new Field<>("Mechanic", "Mécanique", CellType.TEXT, 0, (p, language) -> mechanic(p.mechanic(), language))));

    private static <T> Field<T> field(String english, String french, CellType type, int decimals, Function<T, Object> value) {
        return new Field<>(english, french, type, decimals, (item, language) -> value.apply(item));
    }

    /** Returns are written as negative quantities and amounts, as tills and web back offices export them. */
    private static double signed(SalesLine line, double value) {
        return line.kind() == SalesKind.RETURN ? -value : value;
    }

    static String type(LocationType type, Language language) {
        if (language == Language.ENGLISH) return type.name();
        return switch (type) {
            case WAREHOUSE -> "Entrepôt";
            case HUB -> "Hub";
            case STORE -> "Magasin";
        };
    }

    static String mechanic(PromotionMechanic mechanic, Language language) {
        if (language == Language.ENGLISH) return mechanic.name();
        return switch (mechanic) {
            case DISCOUNT -> "Remise";
            case MULTIBUY -> "Lot";
            case DISPLAY -> "Tête de gondole";
            case FEATURE -> "Prospectus";
            case OTHER -> "Autre";
        };
    }

    /** "Mon,Thu" or "lun,jeu"; empty (any working day) when the supplier takes orders every day. */
    static String orderDays(Collection<DayOfWeek> days, Language language) {
        if (days.isEmpty()) return null;
        Locale locale = language == Language.ENGLISH ? Locale.ENGLISH : Locale.FRENCH;
        List<String> names = new ArrayList<>();
        days.stream().sorted().forEach(d -> names.add(d.getDisplayName(TextStyle.SHORT, locale).replace(".", "")));
        return String.join(",", names);
    }

    /** Sorted, so the file is the same from one run to the next (sets have no order). */
    static String channels(Collection<String> channels) {
        return channels.isEmpty() ? null : String.join(",", channels.stream().sorted().toList());
    }
}
