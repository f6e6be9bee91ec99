package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an import's buffered sales lines into sales blocks, inside the import's transaction.
 *
 * <p>Replacement rule: for each (location, channel) of the import, with [min, max] the range of its dates (widened
 * by any {@link reassort.domain.SalesPeriod} the import declares, e.g. a weekly column covering its whole week)
 * there, every earlier line of that location and channel dated within [min, max] is dropped; earlier lines
 * outside the range stay. So re-importing a period replaces it instead of counting it twice, and an
 * overlapping file replaces only what it covers.
 */
final class SalesCommit {
    record Result(long inserted, long replaced) {}

    private static final int BATCH = 256;
    private static final String SELECT_OVERLAPPING = "SELECT id, sku, period_start, payload FROM sales_block "
            + "WHERE location = ? AND channel = ? AND period_start BETWEEN ? AND ?";
    private static final String INSERT = "INSERT INTO sales_block (sku, location, channel, period_start, first_date, "
            + "last_date, line_count, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE sales_block SET first_date = ?, last_date = ?, line_count = ?, "
            + "payload = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM sales_block WHERE id = ?";

    private final SalesBuffer buffer;
    private final Connection connection;
    private final Runnable checkCancelled;
    private final SalesBlockCodec codec = new SalesBlockCodec();
    private final LineList incoming = new LineList();
    private final LineList block = new LineList();
    private long inserted;
    private long replaced;
    private PreparedStatement insert;
    private PreparedStatement update;
    private PreparedStatement delete;
    private int pendingInserts;
    private int pendingUpdates;
    private int pendingDeletes;

    private SalesCommit(SalesBuffer buffer, Connection connection, Runnable checkCancelled) {
        this.buffer = buffer;
        this.connection = connection;
        this.checkCancelled = checkCancelled;
    }

    static Result write(SalesBuffer buffer, Connection connection, Runnable checkCancelled) throws SQLException {
        return write(buffer, null, connection, checkCancelled);
    }

    /**
     * Writes the buffer's lines, and those spilled to {@code staging} (may be null) earlier in the import: with
     * spills, the rest of the buffer is spilled too and everything is merged from staging, one (location, channel)
     * at a time, so the commit's memory does not grow with the import.
     */
    static Result write(SalesBuffer buffer, SalesStaging staging, Connection connection, Runnable checkCancelled)
            throws SQLException {
        boolean staged = staging != null && !staging.isEmpty();
        if (!staged && buffer.size() == 0) return new Result(0, 0);
        SalesCommit commit = new SalesCommit(buffer, connection, checkCancelled);
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement update = connection.prepareStatement(UPDATE);
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            commit.insert = insert;
            commit.update = update;
            commit.delete = delete;
            if (staged) {
                commit.runStaged(staging);
            } else {
                commit.run();
            }
        }
        return new Result(commit.inserted, commit.replaced);
    }

    /** A buffer's line numbers grouped by series: {@code order[start[s] .. start[s + 1])}, by date then file order. */
    record Sorted(long[] order, int[] start) {}

    static Sorted sort(SalesBuffer buffer) {
        int lines = buffer.size();
        int seriesCount = buffer.seriesCount();
        int minDay = Integer.MAX_VALUE;
        for (int line = 0; line < lines; line++) minDay = Math.min(minDay, buffer.day(line));

        // Group the lines by series (counting sort), then sort each series by date; the line number in the low
        // bits keeps lines of the same day in file order.
        int[] start = new int[seriesCount + 1];
        for (int s = 0; s < seriesCount; s++) start[s + 1] = start[s] + buffer.seriesLines(s);
        int[] fill = Arrays.copyOf(start, seriesCount);
        long[] order = new long[lines];
        for (int line = 0; line < lines; line++) {
            order[fill[buffer.series(line)]++] = ((long) (buffer.day(line) - minDay) << 32) | line;
        }
        for (int s = 0; s < seriesCount; s++) Arrays.sort(order, start[s], start[s + 1]);
        return new Sorted(order, start);
    }

    /** The series sharing one location and channel, and the date range the import covers there. */
    private static final class Pair {
        final int location;
        final int channel;
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        final List<Integer> series = new ArrayList<>();

        Pair(int location, int channel) {
            this.location = location;
            this.channel = channel;
        }
    }

    /** An earlier block of the pair whose quarter meets the import's range: the lines it keeps, and how many go. */
    private static final class Existing {
        final long id;
        final int quarter;
        final LineList kept = new LineList(0);
        int dropped;

        Existing(long id, int quarter) {
            this.id = id;
            this.quarter = quarter;
        }
    }

    private void run() throws SQLException {
        int seriesCount = buffer.seriesCount();
        Sorted sorted = sort(buffer);
        long[] order = sorted.order();
        int[] start = sorted.start();

        Map<Long, Pair> pairsByCodes = new HashMap<>();
        for (int s = 0; s < seriesCount; s++) {
            int location = buffer.seriesLocation(s);
            int channel = buffer.seriesChannel(s);
            Pair pair = pairsByCodes.computeIfAbsent(((long) location << 32) | channel, k -> new Pair(location, channel));
            pair.series.add(s);
            pair.minDay = Math.min(pair.minDay, buffer.day((int) order[start[s]]));
            pair.maxDay = Math.max(pair.maxDay, buffer.day((int) order[start[s + 1] - 1]));
        }
        for (Pair pair : pairsByCodes.values()) {
            int[] covered = buffer.coverage(pair.location, pair.channel);
            if (covered != null) {
                pair.minDay = Math.min(pair.minDay, covered[0]);
                pair.maxDay = Math.max(pair.maxDay, covered[1]);
            }
        }
        List<Pair> pairs = new ArrayList<>(pairsByCodes.values());
        pairs.sort(Comparator.<Pair, String>comparing(p -> buffer.locations.value(p.location))
                .thenComparing(p -> buffer.channels.value(p.channel)));

        for (Pair pair : pairs) {
            checkCancelled.run();
            writePair(pair, order, start);
        }
        flush();
    }

    private void writePair(Pair pair, long[] order, int[] start) throws SQLException {
        String location = buffer.locations.value(pair.location);
        String channel = buffer.channels.value(pair.channel);
        Map<BlockKey, Existing> existing = overlapping(location, channel, pair.minDay, pair.maxDay);

        pair.series.sort(Comparator.comparing(s -> buffer.skus.value(buffer.seriesSku(s))));
        for (int s : pair.series) {
            String sku = buffer.skus.value(buffer.seriesSku(s));
            incoming.clear();
            for (int k = start[s]; k < start[s + 1]; k++) {
                int line = (int) order[k];
                incoming.add(buffer.day(line), buffer.isReturn(line), buffer.quantity(line), buffer.amount(line),
                        buffer.promo(line));
            }
            writeIncoming(sku, location, channel, existing);
        }
        writeLeftovers(existing);
    }

    private void runStaged(SalesStaging staging) throws SQLException {
        staging.spill(buffer, connection);
        List<long[]> pairs = new ArrayList<>(); // {pair key, first day, last day}
        for (Map.Entry<Long, int[]> entry : staging.ranges().entrySet()) {
            long key = entry.getKey();
            int minDay = entry.getValue()[0];
            int maxDay = entry.getValue()[1];
            int[] covered = buffer.coverage((int) (key >>> 32), (int) key);
            if (covered != null) {
                minDay = Math.min(minDay, covered[0]);
                maxDay = Math.max(maxDay, covered[1]);
            }
            pairs.add(new long[] {key, minDay, maxDay});
        }
        pairs.sort(Comparator.<long[], String>comparing(p -> buffer.locations.value((int) (p[0] >>> 32)))
                .thenComparing(p -> buffer.channels.value((int) p[0])));
        for (long[] pair : pairs) {
            checkCancelled.run();
            writeStagedPair(buffer.locations.value((int) (pair[0] >>> 32)), buffer.channels.value((int) pair[0]),
                    (int) pair[1], (int) pair[2]);
        }
        flush();
        try (PreparedStatement purge = connection.prepareStatement(SalesStaging.PURGE)) {
            purge.executeUpdate();
        }
    }

    /** Merges the spills of one (location, channel), one series and quarter at a time, in (sku, quarter) order. */
    private void writeStagedPair(String location, String channel, int minDay, int maxDay) throws SQLException {
        Map<BlockKey, Existing> existing = overlapping(location, channel, minDay, maxDay);
        List<LineList> parts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SalesStaging.SELECT_PAIR)) {
            select.setString(1, location);
            select.setString(2, channel);
            try (ResultSet rows = select.executeQuery()) {
                String groupSku = null;
                int groupQuarter = 0;
                int partCount = 0;
                while (rows.next()) {
                    String sku = rows.getString(1);
                    int quarter = (int) Jdbc.date(rows, 2).toEpochDay();
                    if (groupSku != null && (quarter != groupQuarter || !sku.equals(groupSku))) {
                        mergeParts(parts, partCount);
                        writeIncoming(groupSku, location, channel, existing);
                        partCount = 0;
                    }
                    groupSku = sku;
                    groupQuarter = quarter;
                    if (partCount == parts.size()) parts.add(new LineList());
                    LineList part = parts.get(partCount++);
                    part.clear();
                    SalesBlockCodec.decodeInto(rows.getBytes(3), quarter, part);
                }
                if (groupSku != null) {
                    mergeParts(parts, partCount);
                    writeIncoming(groupSku, location, channel, existing);
                }
            }
        }
        writeLeftovers(existing);
    }

    /**
     * Merges the spills of one series and quarter into {@code incoming} by date; lines of one day keep the order of
     * the spills, which is the order of the file, as the in-memory sort keeps it.
     */
    private void mergeParts(List<LineList> parts, int partCount) {
        incoming.clear();
        int[] at = new int[partCount];
        while (true) {
            int best = -1;
            for (int p = 0; p < partCount; p++) {
                LineList part = parts.get(p);
                if (at[p] < part.size && (best < 0 || part.day[at[p]] < parts.get(best).day[at[best]])) best = p;
            }
            if (best < 0) return;
            incoming.addFrom(parts.get(best), at[best]++);
        }
    }

    /** Writes {@code incoming}, the lines of one series (sorted), merged with the kept lines of earlier blocks. */
    private void writeIncoming(String sku, String location, String channel, Map<BlockKey, Existing> existing)
            throws SQLException {
        inserted += incoming.size;
        int k = 0;
        while (k < incoming.size) {
            int quarter = Quarters.start(incoming.day[k]);
            int nextQuarter = Quarters.nextStart(quarter);
            Existing earlier = existing.remove(new BlockKey(sku, quarter));
            LineList kept = earlier == null ? null : earlier.kept;
            int keptAt = 0;
            block.clear();
            for (; k < incoming.size && incoming.day[k] < nextQuarter; k++) {
                while (kept != null && keptAt < kept.size && kept.day[keptAt] <= incoming.day[k]) {
                    block.addFrom(kept, keptAt++);
                }
                block.addFrom(incoming, k);
            }
            while (kept != null && keptAt < kept.size) block.addFrom(kept, keptAt++);
            if (earlier == null) {
                insertBlock(sku, location, channel, quarter);
            } else {
                replaced += earlier.dropped;
                updateBlock(earlier.id, quarter);
            }
        }
    }

    /** Earlier blocks of the pair that no incoming line met: rewritten without their replaced lines, or deleted. */
    private void writeLeftovers(Map<BlockKey, Existing> existing) throws SQLException {
        for (Existing earlier : existing.values()) {
            if (earlier.dropped == 0) continue;
            replaced += earlier.dropped;
            if (earlier.kept.size == 0) {
                deleteBlock(earlier.id);
            } else {
                block.clear();
                for (int i = 0; i < earlier.kept.size; i++) block.addFrom(earlier.kept, i);
                updateBlock(earlier.id, earlier.quarter);
            }
        }
    }

    private Map<BlockKey, Existing> overlapping(String location, String channel, int minDay, int maxDay)
            throws SQLException {
        Map<BlockKey, Existing> existing = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_OVERLAPPING)) {
            select.setString(1, location);
            select.setString(2, channel);
            select.setObject(3, LocalDate.ofEpochDay(Quarters.start(minDay)));
            select.setObject(4, LocalDate.ofEpochDay(maxDay));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int quarter = (int) Jdbc.date(rows, 3).toEpochDay();
                    Existing earlier = new Existing(rows.getLong(1), quarter);
                    SalesBlockCodec.decode(rows.getBytes(4), quarter, (day, isReturn, quantity, amount, promo) -> {
                        if (day < minDay || day > maxDay) {
                            earlier.kept.add(day, isReturn, quantity, amount, promo);
                        } else {
                            earlier.dropped++;
                        }
                    });
                    existing.put(new BlockKey(rows.getString(2), quarter), earlier);
                }
            }
        }
        return existing;
    }

    private record BlockKey(String sku, int quarter) {}

    private void insertBlock(String sku, String location, String channel, int quarter) throws SQLException {
        insert.setString(1, sku);
        insert.setString(2, location);
        insert.setString(3, channel);
        insert.setObject(4, LocalDate.ofEpochDay(quarter));
        insert.setObject(5, LocalDate.ofEpochDay(block.day[0]));
        insert.setObject(6, LocalDate.ofEpochDay(block.day[block.size - 1]));
        insert.setInt(7, block.size);
        insert.setBytes(8, codec.encode(block, 0, block.size, quarter));
        insert.addBatch();
        if (++pendingInserts == BATCH) {
            insert.executeBatch();
            pendingInserts = 0;
        }
    }

    private void updateBlock(long id, int quarter) throws SQLException {
        update.setObject(1, LocalDate.ofEpochDay(block.day[0]));
        update.setObject(2, LocalDate.ofEpochDay(block.day[block.size - 1]));
        update.setInt(3, block.size);
        update.setBytes(4, codec.encode(block, 0, block.size, quarter));
        update.setLong(5, id);
        update.addBatch();
        if (++pendingUpdates == BATCH) {
            update.executeBatch();
            pendingUpdates = 0;
        }
    }

    private void deleteBlock(long id) throws SQLException {
        delete.setLong(1, id);
        delete.addBatch();
        if (++pendingDeletes == BATCH) {
            delete.executeBatch();
            pendingDeletes = 0;
        }
    }

    private void flush() throws SQLException {
        if (pendingInserts > 0) insert.executeBatch();
        if (pendingUpdates > 0) update.executeBatch();
        if (pendingDeletes > 0) delete.executeBatch();
        pendingInserts = pendingUpdates = pendingDeletes = 0;
    }
}
