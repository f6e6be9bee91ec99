package reassort.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** SQL and mappings of the plan tables (schema 5). */
final class PlanRows {
    private PlanRows() {}

    static final String RUN_COLUMNS = "id, created_at, forecast_run_id, as_of, item_count, order_lines, elapsed_millis";
    /** The columns a recomputation writes, in binding order (sku and location come last in the update). */
    private static final String[] COMPUTED = {"plan_run_id", "source_kind", "source_code", "classification",
        "service_target", "policy", "method", "forecast_over_interval", "safety_stock", "reorder_point", "order_up_to",
        "on_hand", "in_transit", "on_order", "reserved", "backorders", "raw_need", "quantity", "unit_cost", "order_date",
        "receipt_date", "flags"};
    /**
     * A stored proposal with its explanation text (schema 11 keeps it in its own table; since schema 14 a plan run
     * stores steps instead, read apart by {@code Store.proposalExplanation}, and the text here is empty); filter on
     * p.sku, p.location.
     */
    static final String PROPOSAL_SELECT = "SELECT p.sku, p.location, "
            + String.join(", ", Arrays.stream(COMPUTED).map(c -> "p." + c).toList())
            + ", COALESCE(e.explanation, ''), p.status, p.edited_quantity, p.edited_order_date, p.edit_reason, "
            + "p.edited_at FROM proposal p LEFT JOIN proposal_explanation e ON e.sku = p.sku AND e.location = p.location";
    /** Text or steps, the other null (schema 14). */
    static final String MERGE_EXPLANATION = "MERGE INTO proposal_explanation (sku, location, explanation, steps) "
            + "KEY (sku, location) VALUES (?, ?, ?, ?)";
    static final String DELETE_ORPHAN_EXPLANATIONS = "DELETE FROM proposal_explanation e WHERE NOT EXISTS "
            + "(SELECT 1 FROM proposal p WHERE p.sku = e.sku AND p.location = e.location)";

    /** Replaces the computed columns; an exported proposal starts a new cycle (PROPOSED, no edit). */
    static final String UPDATE_COMPUTED = "UPDATE proposal SET " + String.join(" = ?, ", COMPUTED) + " = ?, "
            + "edited_quantity = CASE WHEN status = 'EXPORTED' THEN NULL ELSE edited_quantity END, "
            + "edited_order_date = CASE WHEN status = 'EXPORTED' THEN NULL ELSE edited_order_date END, "
            + "edit_reason = CASE WHEN status = 'EXPORTED' THEN NULL ELSE edit_reason END, "
            + "edited_at = CASE WHEN status = 'EXPORTED' THEN NULL ELSE edited_at END, "
            + "status = CASE WHEN status = 'EXPORTED' THEN 'PROPOSED' ELSE status END "
            + "WHERE sku = ? AND location = ?";
    static final String INSERT = "INSERT INTO proposal (" + String.join(", ", COMPUTED) + ", sku, location, status) "
            + "VALUES (" + String.join(", ", Arrays.stream(COMPUTED).map(c -> "?").toList()) + ", ?, ?, 'PROPOSED')";

    /** Binds the computed columns, then sku and location (the same order for {@link #UPDATE_COMPUTED} and {@link #INSERT}). */
    static void bindComputed(PreparedStatement s, long runId, StoredProposal p) throws SQLException {
        int i = 1;
        s.setLong(i++, runId);
        s.setString(i++, p.sourceKind());
        s.setString(i++, p.sourceCode());
        s.setString(i++, clip(p.classification(), 8));
        s.setString(i++, clip(p.serviceTarget(), 64));
        s.setString(i++, clip(p.policy(), 32));
        s.setString(i++, clip(p.method(), 32));
        s.setDouble(i++, p.forecastOverInterval());
        s.setDouble(i++, p.safetyStock());
        ForecastRows.setDouble(s, i++, p.reorderPoint());
        ForecastRows.setDouble(s, i++, p.orderUpTo());
        s.setDouble(i++, p.onHand());
        s.setDouble(i++, p.inTransit());
        s.setDouble(i++, p.onOrder());
        s.setDouble(i++, p.reserved());
        s.setDouble(i++, p.backorders());
        s.setDouble(i++, p.rawNeed());
        s.setDouble(i++, p.quantity());
        s.setDouble(i++, p.unitCost());
        s.setObject(i++, p.orderDate());
        s.setObject(i++, p.receiptDate());
        s.setString(i++, clip(String.join("\n", p.flags()), 4000));
        s.setString(i++, p.sku());
        s.setString(i, p.location());
    }

    static StoredProposal proposal(ResultSet r) throws SQLException {
        String flags = r.getString(24);
        double edited = r.getDouble(27);
        if (r.wasNull()) edited = Double.NaN;
        OffsetDateTime editedAt = r.getObject(30, OffsetDateTime.class);
        return new StoredProposal(r.getLong(3), r.getString(1), r.getString(2), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getDouble(10), r.getDouble(11),
                ForecastRows.getDouble(r, 12), ForecastRows.getDouble(r, 13), r.getDouble(14), r.getDouble(15),
                r.getDouble(16), r.getDouble(17), r.getDouble(18), r.getDouble(19), r.getDouble(20), r.getDouble(21),
                Jdbc.date(r, 22), Jdbc.date(r, 23), flags.isEmpty() ? List.of() : List.of(flags.split("\n")),
                ExplanationCodec.decode(r.getString(25)), ProposalStatus.valueOf(r.getString(26)), edited, Jdbc.date(r, 28), r.getString(29),
                editedAt == null ? null : editedAt.toInstant());
    }

    /** The columns of {@link ProposalRow}: the proposal without its explanation, with the product's label. */
    static final String ROW_SELECT = "SELECT p.sku, p.location, d.label, d.category, d.pack_size, p.source_kind, "
            + "p.source_code, p.classification, p.on_hand, p.in_transit, p.on_order, p.reserved, p.backorders, "
            + "p.forecast_over_interval, p.safety_stock, p.reorder_point, p.order_up_to, p.quantity, p.unit_cost, "
            + "p.order_date, p.receipt_date, p.flags, p.status, p.edited_quantity, p.edited_order_date, p.edit_reason, "
            + "p.edited_at FROM proposal p LEFT JOIN product d ON d.sku = p.sku";

    /** {@link #ROW_SELECT} without the join: the product's fields come from a map read once (faster for every row). */
    static final String ROW_SELECT_ALONE = ROW_SELECT.replace("d.label, d.category, d.pack_size", "NULL, NULL, 1")
            .replace(" LEFT JOIN product d ON d.sku = p.sku", "");

    /** A product's label, category and pack size, as the grid shows them. */
    record ProductFields(String label, String category, int packSize) {}

    static final String PRODUCT_FIELDS = "SELECT sku, label, category, pack_size FROM product";

    static ProposalRow row(ResultSet r) throws SQLException {
        return row(r, null);
    }

    /** The row at the cursor; the product's fields from {@code products} when given, else from the query. */
    static ProposalRow row(ResultSet r, java.util.Map<String, ProductFields> products) throws SQLException {
        String sku = r.getString(1);
        ProductFields product = products == null ? null : products.get(sku);
        String label = products == null ? r.getString(3) : product == null ? null : product.label();
        String category = products == null ? r.getString(4) : product == null ? null : product.category();
        int packSize = products == null ? r.getInt(5) : product == null ? 1 : product.packSize();
        String flags = r.getString(22);
        double edited = r.getDouble(24);
        if (r.wasNull()) edited = Double.NaN;
        OffsetDateTime editedAt = r.getObject(27, OffsetDateTime.class);
        return new ProposalRow(sku, r.getString(2), label, category, packSize, r.getString(6), r.getString(7), r.getString(8), r.getDouble(9), r.getDouble(10), r.getDouble(11),
                r.getDouble(12), r.getDouble(13), r.getDouble(14), r.getDouble(15), ForecastRows.getDouble(r, 16),
                ForecastRows.getDouble(r, 17), r.getDouble(18), r.getDouble(19), Jdbc.date(r, 20), Jdbc.date(r, 21),
                flags == null || flags.isEmpty() ? List.of() : List.of(flags.split("\n")),
                ProposalStatus.valueOf(r.getString(23)), edited, Jdbc.date(r, 25), r.getString(26),
                editedAt == null ? null : editedAt.toInstant());
    }

    static PlanRun run(ResultSet row) throws SQLException {
        return new PlanRun(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getLong(3),
                Jdbc.date(row, 4), row.getLong(5), row.getLong(6), row.getLong(7));
    }

    static void setNullableDouble(PreparedStatement s, int index, double value) throws SQLException {
        if (Double.isNaN(value)) s.setNull(index, Types.DOUBLE);
        else s.setDouble(index, value);
    }

    private static String clip(String text, int max) {
        if (text == null) return "";
        return text.length() <= max ? text : text.substring(0, max);
    }
}
