package reassort.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** {@link #PROPOSAL_SELECT} without the explanation text (empty): what the allocation reads. */
    static final String PROPOSAL_SELECT_NO_TEXT = "SELECT p.sku, p.location, "
            + String.join(", ", Arrays.stream(COMPUTED).map(c -> "p." + c).toList())
            + ", '', p.status, p.edited_quantity, p.edited_order_date, p.edit_reason, p.edited_at FROM proposal p";
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

    /** The channels of proposal {@code p}: those of its SKU × location in the forecast run its plan was made from. */
    private static final String CHANNELS_OF_ROW = "SELECT LISTAGG(f.channel, ',') WITHIN GROUP (ORDER BY f.channel) "
            + "FROM plan_run r JOIN series_forecast f ON f.run_id = r.forecast_run_id WHERE r.id = p.plan_run_id "
            + "AND f.sku = p.sku AND f.location = p.location";

    /** The columns of {@link ProposalRow}: the proposal without its explanation, with the product's label. */
    static final String ROW_SELECT = "SELECT p.sku, p.location, d.label, d.category, d.pack_size, p.source_kind, "
            + "p.source_code, p.classification, p.on_hand, p.in_transit, p.on_order, p.reserved, p.backorders, "
            + "p.forecast_over_interval, p.safety_stock, p.reorder_point, p.order_up_to, p.quantity, p.unit_cost, "
            + "p.order_date, p.receipt_date, p.flags, p.status, p.edited_quantity, p.edited_order_date, p.edit_reason, "
            + "p.edited_at, (" + CHANNELS_OF_ROW + ") FROM proposal p LEFT JOIN product d ON d.sku = p.sku";

    /**
     * The grid's columns of every proposal, without the product join and in storage order: {@link GridReader} maps
     * them, {@link #inKeyOrder} puts them in key order.
     */
    static final String GRID_SELECT = "SELECT sku, location, source_kind, source_code, classification, on_hand, "
            + "in_transit, on_order, reserved, backorders, forecast_over_interval, safety_stock, reorder_point, "
            + "order_up_to, quantity, unit_cost, order_date, receipt_date, flags, status, edited_quantity, "
            + "edited_order_date, edit_reason, edited_at, plan_run_id FROM proposal";

    /** A product's label, category and pack size, as the grid shows them. */
    record ProductFields(String sku, String label, String category, int packSize) {}

    static final String PRODUCT_FIELDS = "SELECT sku, label, category, pack_size FROM product";

    /**
     * Maps the rows of {@link #GRID_SELECT} one pass, sharing what repeats: one string per distinct location,
     * source, class and flag text (100,000 rows hold a few hundred), one flag list per flag text, the SKU of the
     * row before when it is the same. Less to allocate now, and less memory for as long as the grid is open.
     */
    static final class GridReader {
        private final Map<String, ProductFields> products;
        private final Map<String, String> words = new HashMap<>();
        private final Map<String, List<String>> flagLists = new HashMap<>();
        private final Map<Long, ChannelSets> channelsByPlanRun;
        private String previousSku = "";
        private long previousRun = Long.MIN_VALUE;
        private ChannelSets previousSets;

        GridReader(Map<String, ProductFields> products, Map<Long, ChannelSets> channelsByPlanRun) {
            this.products = products;
            this.channelsByPlanRun = channelsByPlanRun;
        }

        ProposalRow row(ResultSet r) throws SQLException {
            String sku = r.getString(1);
            if (sku.equals(previousSku)) sku = previousSku;
            else previousSku = sku;
            ProductFields product = products.get(sku);
            double edited = r.getDouble(21);
            if (r.wasNull()) edited = Double.NaN;
            OffsetDateTime editedAt = r.getObject(24, OffsetDateTime.class);
            String location = word(r.getString(2));
            long run = r.getLong(25);
            if (run != previousRun) {
                previousRun = run;
                previousSets = channelsByPlanRun.get(run);
            }
            ChannelSets channels = previousSets;
            return new ProposalRow(sku, location, product == null ? null : product.label(),
                    product == null ? null : product.category(), product == null ? 1 : product.packSize(),
                    word(r.getString(3)), word(r.getString(4)), word(r.getString(5)), r.getDouble(6), r.getDouble(7),
                    r.getDouble(8), r.getDouble(9), r.getDouble(10), r.getDouble(11), r.getDouble(12),
                    ForecastRows.getDouble(r, 13), ForecastRows.getDouble(r, 14), r.getDouble(15), r.getDouble(16),
                    Jdbc.date(r, 17), Jdbc.date(r, 18), flags(r.getString(19)),
                    channels == null ? List.of() : channels.of(sku, location), ProposalStatus.valueOf(r.getString(20)),
                    edited, Jdbc.date(r, 22), r.getString(23), editedAt == null ? null : editedAt.toInstant());
        }

        private String word(String text) {
            String known = words.putIfAbsent(text, text);
            return known == null ? text : known;
        }

        private List<String> flags(String text) {
            if (text == null || text.isEmpty()) return List.of();
            return flagLists.computeIfAbsent(text, t -> List.of(t.split("\n")));
        }
    }

    /** The plan runs of the current proposals (read through the index on plan_run_id). */
    static final String PROPOSAL_PLAN_RUNS = "SELECT DISTINCT plan_run_id FROM proposal";
    static final String FORECAST_RUN_OF_PLAN = "SELECT forecast_run_id FROM plan_run WHERE id = ?";
    /**
     * One forecast run's series keys in primary-key order: a range of the key index, never the forecast arrays. The
     * order names run_id too, or H2 does not see that the index already gives it and sorts 170,000 rows in a temp
     * result (two thirds of the grid's open).
     */
    static final String SERIES_CHANNELS = "SELECT sku, location, channel FROM series_forecast WHERE run_id = ? "
            + "ORDER BY run_id, sku, location, channel";

    /**
     * The channels of every SKU × location of one forecast run, in key order: found by a binary search, or at once
     * when asked in key order (a scan of the proposals mostly is). One list per distinct set of channels.
     */
    static final class ChannelSets {
        private final String[] skus;
        private final String[] locations;
        private final List<List<String>> sets;
        private int next;

        private ChannelSets(List<String> skus, List<String> locations, List<List<String>> sets) {
            this.skus = skus.toArray(String[]::new);
            this.locations = locations.toArray(String[]::new);
            this.sets = sets;
        }

        static ChannelSets read(java.sql.Connection c, long forecastRunId) throws SQLException {
            List<String> skus = new java.util.ArrayList<>();
            List<String> locations = new java.util.ArrayList<>();
            List<List<String>> sets = new java.util.ArrayList<>();
            Map<String, List<String>> distinct = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(SERIES_CHANNELS)) {
                select.setLong(1, forecastRunId);
                select.setFetchSize(10_000);
                try (ResultSet r = select.executeQuery()) {
                    String sku = null;
                    String location = null;
                    StringBuilder channels = new StringBuilder();
                    while (r.next()) {
                        String s = r.getString(1);
                        String l = r.getString(2);
                        if (!s.equals(sku) || !l.equals(location)) {
                            if (sku != null) add(skus, locations, sets, distinct, sku, location, channels);
                            sku = s;
                            location = l;
                            channels.setLength(0);
                        }
                        if (channels.length() > 0) channels.append(',');
                        channels.append(r.getString(3));
                    }
                    if (sku != null) add(skus, locations, sets, distinct, sku, location, channels);
                }
            }
            return new ChannelSets(skus, locations, sets);
        }

        private static void add(List<String> skus, List<String> locations, List<List<String>> sets,
                Map<String, List<String>> distinct, String sku, String location, StringBuilder channels) {
            skus.add(sku);
            locations.add(location);
            sets.add(distinct.computeIfAbsent(channels.toString(), t -> List.of(t.split(","))));
        }

        List<String> of(String sku, String location) {
            if (next < skus.length && skus[next].equals(sku) && locations[next].equals(location)) {
                return sets.get(next++);
            }
            int low = 0;
            int high = skus.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = skus[mid].compareTo(sku);
                if (c == 0) c = locations[mid].compareTo(location);
                if (c == 0) {
                    next = mid + 1;
                    return sets.get(mid);
                }
                if (c < 0) low = mid + 1;
                else high = mid - 1;
            }
            return List.of();
        }
    }

    private static final Comparator<ProposalRow> KEY_ORDER = Comparator.comparing(ProposalRow::sku)
            .thenComparing(ProposalRow::location);

    /** The rows by SKU then location; a plan run writes them in that order, so mostly a check. */
    static List<ProposalRow> inKeyOrder(List<ProposalRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (KEY_ORDER.compare(rows.get(i - 1), rows.get(i)) > 0) {
                rows.sort(KEY_ORDER);
                break;
            }
        }
        return rows;
    }

    /** The row of {@link #ROW_SELECT} at the cursor. */
    static ProposalRow row(ResultSet r) throws SQLException {
        String flags = r.getString(22);
        double edited = r.getDouble(24);
        if (r.wasNull()) edited = Double.NaN;
        OffsetDateTime editedAt = r.getObject(27, OffsetDateTime.class);
        String channels = r.getString(28);
        return new ProposalRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                r.getString(6), r.getString(7), r.getString(8), r.getDouble(9), r.getDouble(10), r.getDouble(11),
                r.getDouble(12), r.getDouble(13), r.getDouble(14), r.getDouble(15), ForecastRows.getDouble(r, 16),
                ForecastRows.getDouble(r, 17), r.getDouble(18), r.getDouble(19), Jdbc.date(r, 20), Jdbc.date(r, 21),
                flags == null || flags.isEmpty() ? List.of() : List.of(flags.split("\n")),
                channels == null ? List.of() : List.of(channels.split(",")),
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
