package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import reassort.domain.CancelledException;

/**
 * Marks exported proposals of one table (orders, allocations or transfers) EXPORTED with their file name and time,
 * each with one audit entry EXPORT, inside the caller's transaction. Written for 100,000 rows at once: the planned
 * values come from one scan of the light columns, and rows are updated in key order so consecutive updates land on
 * the same pages of the table and of the audit index.
 */
final class ExportMarks {
    /** Above this many keys one scan of the table beats a query per key. */
    static final int MANY_KEYS = 200;
    private static final int BATCH = 10_000;

    /**
     * How one proposal table is marked.
     *
     * @param keyColumns the primary key; the first is the SKU, the second goes to the audit's location, a third to
     *     its detail
     * @param plannedColumns what the audit's old value is made of, read with {@code described}
     * @param described the audit text of a row of {@code plannedColumns} (without the key columns)
     */
    record Table(String name, String subject, List<String> keyColumns, String plannedColumns,
            RowDescription described, Function<String[], String> missing) {}

    @FunctionalInterface
    interface RowDescription {
        String describe(ResultSet row, int firstColumn) throws SQLException;
    }

    /** One proposal to mark: its key values in {@link Table#keyColumns} order and the file it went to. */
    record Item(String[] key, String file) {}

    private ExportMarks() {}

    /**
     * Starts marking, in a transaction left open (see {@link PendingMarks}), what every exported file holds (file name
     * → its keys, each key written as {@code table}'s key columns); {@code noun} names one proposal in the messages.
     */
    static <K> PendingMarks prepare(Database database, Table table, String noun, Map<String, List<K>> keysByFile,
            Function<K, String[]> keyColumns, OffsetDateTime now, String actor, BooleanSupplier stopped) {
        List<Item> items = new ArrayList<>();
        keysByFile.forEach((file, keys) -> {
            for (K key : keys) items.add(new Item(keyColumns.apply(key), file));
        });
        if (items.isEmpty()) return PendingMarks.none();
        return PendingMarks.prepare(database, "mark " + items.size() + " " + noun + "(s) as exported",
                c -> mark(c, table, items, now, actor, stopped));
    }

    /**
     * Marks {@code items}; {@code stopped} is asked between batches, and a yes ends the marking with a
     * {@link CancelledException} (the caller rolls back).
     */
    static int mark(Connection c, Table table, List<Item> items, OffsetDateTime now, String actor,
            BooleanSupplier stopped) throws SQLException {
        if (items.isEmpty()) return 0;
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::key, Arrays::compare));
        Map<List<String>, String> before = planned(c, table, sorted);
        String where = String.join(" = ? AND ", table.keyColumns()) + " = ?";
        try (PreparedStatement update = c.prepareStatement("UPDATE " + table.name() + " SET status = 'EXPORTED', "
                + "exported_file = ?, exported_at = ? WHERE " + where);
                AuditRows.Batch audit = new AuditRows.Batch(c, now.toInstant(), actor)) {
            int pending = 0;
            for (Item item : sorted) {
                String described = before.get(Arrays.asList(item.key()));
                if (described == null) throw new IllegalArgumentException(table.missing().apply(item.key()));
                update.setString(1, item.file());
                update.setObject(2, now);
                for (int k = 0; k < item.key().length; k++) update.setString(3 + k, item.key()[k]);
                update.addBatch();
                String[] key = item.key();
                audit.add(table.subject(), key[0], key[1], key.length > 2 ? key[2] : "", "EXPORT", described,
                        exported(described, item.file()), null);
                if (++pending == BATCH) {
                    if (stopped.getAsBoolean()) throw new CancelledException();
                    update.executeBatch();
                    audit.flush();
                    pending = 0;
                }
            }
            update.executeBatch();
            audit.flush();
        }
        return sorted.size();
    }

    /** "12 units, order 2026-11-16, APPROVED" becomes "12 units, order 2026-11-16, EXPORTED, file orders.xlsx". */
    static String exported(String described, String file) {
        return described.substring(0, described.lastIndexOf(", ")) + ", " + ProposalStatus.EXPORTED + ", file " + file;
    }

    private static Map<List<String>, String> planned(Connection c, Table table, List<Item> items) throws SQLException {
        String keys = String.join(", ", table.keyColumns());
        int width = table.keyColumns().size();
        Map<List<String>, String> described = new HashMap<>(items.size() * 2);
        if (items.size() <= MANY_KEYS) {
            try (PreparedStatement select = c.prepareStatement("SELECT " + table.plannedColumns() + " FROM "
                    + table.name() + " WHERE " + String.join(" = ? AND ", table.keyColumns()) + " = ?")) {
                for (Item item : items) {
                    for (int k = 0; k < width; k++) select.setString(k + 1, item.key()[k]);
                    try (ResultSet r = select.executeQuery()) {
                        if (r.next()) described.put(Arrays.asList(item.key()), table.described().describe(r, 1));
                    }
                }
            }
            return described;
        }
        java.util.Set<List<String>> wanted = new java.util.HashSet<>(items.size() * 2);
        for (Item item : items) wanted.add(Arrays.asList(item.key()));
        try (PreparedStatement select = c.prepareStatement("SELECT " + keys + ", " + table.plannedColumns() + " FROM "
                + table.name())) {
            select.setFetchSize(1000);
            try (ResultSet r = select.executeQuery()) {
                String[] key = new String[width];
                while (r.next()) {
                    for (int k = 0; k < width; k++) key[k] = r.getString(k + 1);
                    List<String> asList = Arrays.asList(key);
                    if (!wanted.contains(asList)) continue;
                    described.put(List.of(key), table.described().describe(r, width + 1));
                }
            }
        }
        return described;
    }
}
