package reassort.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import reassort.domain.Channel;
import reassort.domain.ChannelKind;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.PromotionMechanic;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

/** How each master-data record maps to its table: the upsert statement, its binder and the row mapper. */
final class MasterData {
    private MasterData() {}

    static final String PRODUCT_COLUMNS = "sku, label, category, unit_cost, unit_price, supplier, supplier_reference, "
            + "pack_size, minimum_order_quantity";
    static final String MERGE_PRODUCT = "MERGE INTO product (" + PRODUCT_COLUMNS + ") KEY (sku) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static void bindProduct(PreparedStatement statement, Product product) throws SQLException {
        statement.setString(1, product.sku());
        statement.setString(2, product.label());
        statement.setString(3, product.category());
        statement.setDouble(4, product.unitCost());
        statement.setDouble(5, product.unitPrice());
        statement.setString(6, product.supplier());
        statement.setString(7, product.supplierReference());
        statement.setInt(8, product.packSize());
        statement.setInt(9, product.minimumOrderQuantity());
    }

    static Product product(ResultSet row) throws SQLException {
        return new Product(row.getString(1), row.getString(2), row.getString(3), row.getDouble(4), row.getDouble(5),
                row.getString(6), row.getString(7), row.getInt(8), row.getInt(9));
    }

    static final String LOCATION_COLUMNS = "code, name, type, region, supplying_location, click_and_collect, "
            + "ship_from_store";
    static final String MERGE_LOCATION = "MERGE INTO location (" + LOCATION_COLUMNS + ") KEY (code) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    static void bindLocation(PreparedStatement statement, Location location) throws SQLException {
        statement.setString(1, location.code());
        statement.setString(2, location.name());
        statement.setString(3, location.type().name());
        statement.setString(4, location.region());
        statement.setString(5, location.supplyingLocation());
        statement.setBoolean(6, location.clickAndCollect());
        statement.setBoolean(7, location.shipFromStore());
    }

    static Location location(ResultSet row) throws SQLException {
        return new Location(row.getString(1), row.getString(2), LocationType.valueOf(row.getString(3)),
                row.getString(4), row.getString(5), row.getBoolean(6), row.getBoolean(7));
    }

    static final String SUPPLIER_COLUMNS = "code, name, lead_time_days, lead_time_std_dev_days, order_days, "
            + "minimum_order_value";
    static final String MERGE_SUPPLIER = "MERGE INTO supplier (" + SUPPLIER_COLUMNS + ") KEY (code) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    static void bindSupplier(PreparedStatement statement, Supplier supplier) throws SQLException {
        statement.setString(1, supplier.code());
        statement.setString(2, supplier.name());
        statement.setDouble(3, supplier.leadTimeDays());
        statement.setDouble(4, supplier.leadTimeStdDevDays());
        statement.setString(5, orderDaysText(supplier.orderDays()));
        statement.setDouble(6, supplier.minimumOrderValue());
    }

    static Supplier supplier(ResultSet row) throws SQLException {
        return new Supplier(row.getString(1), row.getString(2), row.getDouble(3), row.getDouble(4),
                orderDays(row.getString(5)), row.getDouble(6));
    }

    /** "MON,THU" in week order; empty for any working day. */
    static String orderDaysText(Set<DayOfWeek> days) {
        StringJoiner text = new StringJoiner(",");
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.contains(day)) text.add(day.name().substring(0, 3));
        }
        return text.toString();
    }

    static Set<DayOfWeek> orderDays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text == null || text.isBlank()) return days;
        for (String part : text.split(",")) {
            String abbreviation = part.strip().toUpperCase(Locale.ROOT);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().startsWith(abbreviation)) days.add(day);
            }
        }
        return days;
    }

    static final String STOCK_COLUMNS = "sku, location, as_of, on_hand, reserved, in_transit, backorders";
    static final String MERGE_STOCK = "MERGE INTO stock_position (" + STOCK_COLUMNS + ") KEY (sku, location, as_of) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    static void bindStock(PreparedStatement statement, StockPosition stock) throws SQLException {
        statement.setString(1, stock.sku());
        statement.setString(2, stock.location());
        statement.setObject(3, stock.asOf());
        statement.setDouble(4, stock.onHand());
        statement.setDouble(5, stock.reserved());
        statement.setDouble(6, stock.inTransit());
        statement.setDouble(7, stock.backorders());
    }

    static StockPosition stock(ResultSet row) throws SQLException {
        return new StockPosition(row.getString(1), row.getString(2), Jdbc.date(row, 3), row.getDouble(4),
                row.getDouble(5), row.getDouble(6), row.getDouble(7));
    }

    static final String ORDER_COLUMNS = "order_id, sku, location, supplier, quantity, expected_date, confirmed";
    static final String MERGE_ORDER = "MERGE INTO purchase_order_line (" + ORDER_COLUMNS + ") "
            + "KEY (order_id, sku, location) VALUES (?, ?, ?, ?, ?, ?, ?)";

    static void bindOrder(PreparedStatement statement, PurchaseOrderLine line) throws SQLException {
        statement.setString(1, line.orderId());
        statement.setString(2, line.sku());
        statement.setString(3, line.location());
        statement.setString(4, line.supplier());
        statement.setDouble(5, line.quantity());
        statement.setObject(6, line.expectedDate());
        statement.setBoolean(7, line.confirmed());
    }

    static PurchaseOrderLine order(ResultSet row) throws SQLException {
        return new PurchaseOrderLine(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getDouble(5), Jdbc.date(row, 6), row.getBoolean(7));
    }

    static final String PROMOTION_COLUMNS = "code, name, sku, category, location_or_region, start_date, end_date, "
            + "discount_percent, mechanic";
    static final String MERGE_PROMOTION = "MERGE INTO promotion (" + PROMOTION_COLUMNS + ") KEY (code) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static void bindPromotion(PreparedStatement statement, reassort.domain.Promotion promotion) throws SQLException {
        statement.setString(1, promotion.code());
        statement.setString(2, promotion.name());
        statement.setString(3, promotion.sku());
        statement.setString(4, promotion.category());
        statement.setString(5, promotion.locationOrRegion());
        statement.setObject(6, promotion.start());
        statement.setObject(7, promotion.end());
        statement.setDouble(8, promotion.discountPercent());
        statement.setString(9, promotion.mechanic().name());
    }

    static PromotionMechanic mechanic(String name) {
        return PromotionMechanic.valueOf(name);
    }

    static final String CHANNEL_COLUMNS = "code, label, kind";

    static Channel channel(ResultSet row) throws SQLException {
        return new Channel(row.getString(1), row.getString(2), ChannelKind.valueOf(row.getString(3)));
    }
}
