package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Bounds the memory of a large import: when its {@link SalesBuffer} is full, the buffered lines are spilled as packed
 * blocks (one per series and quarter, {@link SalesBlockCodec} layout) into {@code sales_staging}, inside the import's
 * open transaction, and the buffer is reused. {@link SalesCommit} merges the spills at commit, one (location, channel)
 * at a time, and empties the table. Nothing staged is ever visible to readers, and a rollback or a killed process
 * undoes it with the rest of the import.
 */
final class SalesStaging {
    static final String INSERT = "INSERT INTO sales_staging (location, channel, sku, period_start, spill, line_count, "
            + "payload) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String SELECT_PAIR = "SELECT sku, period_start, payload FROM sales_staging "
            + "WHERE location = ? AND channel = ? ORDER BY sku, period_start, spill";
    static final String PURGE = "DELETE FROM sales_staging";
    private static final int BATCH = 256;

    /** Location × channel pair key (ids of the buffer) → {first day, last day} of the lines spilled there. */
    private final Map<Long, int[]> ranges = new HashMap<>();
    private final SalesBlockCodec codec = new SalesBlockCodec();
    private final LineList lines = new LineList();
    private int spills;
    private long stagedLines;

    boolean isEmpty() {
        return spills == 0;
    }

    long stagedLines() {
        return stagedLines;
    }

    Map<Long, int[]> ranges() {
        return ranges;
    }

    /** Writes the buffer's lines to staging and empties it (keeping its code ids and coverage). */
    void spill(SalesBuffer buffer, Connection connection) throws SQLException {
        if (buffer.size() == 0) return;
        SalesCommit.Sorted sorted = SalesCommit.sort(buffer);
        int pending = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int s = 0; s < buffer.seriesCount(); s++) {
                lines.clear();
                for (int k = sorted.start()[s]; k < sorted.start()[s + 1]; k++) {
                    int line = (int) sorted.order()[k];
                    lines.add(buffer.day(line), buffer.isReturn(line), buffer.quantity(line), buffer.amount(line),
                            buffer.promo(line));
                }
                int location = buffer.seriesLocation(s);
                int channel = buffer.seriesChannel(s);
                int first = lines.day[0];
                int last = lines.day[lines.size - 1];
                ranges.merge(((long) location << 32) | channel, new int[] {first, last},
                        (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                String locationCode = buffer.locations.value(location);
                String channelCode = buffer.channels.value(channel);
                String sku = buffer.skus.value(buffer.seriesSku(s));
                int from = 0;
                while (from < lines.size) {
                    int quarter = Quarters.start(lines.day[from]);
                    int nextQuarter = Quarters.nextStart(quarter);
                    int to = from;
                    while (to < lines.size && lines.day[to] < nextQuarter) to++;
                    insert.setString(1, locationCode);
                    insert.setString(2, channelCode);
                    insert.setString(3, sku);
                    insert.setObject(4, LocalDate.ofEpochDay(quarter));
                    insert.setInt(5, spills);
                    insert.setInt(6, to - from);
                    insert.setBytes(7, codec.encode(lines, from, to, quarter));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                    from = to;
                }
            }
            if (pending > 0) insert.executeBatch();
        }
        lines.clear();
        stagedLines += buffer.size();
        spills++;
        buffer.clearLines();
    }
}
