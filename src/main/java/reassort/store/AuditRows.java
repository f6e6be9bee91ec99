package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** SQL and mappings of the audit trail (schema 7), written inside the transaction of the change it records. */
final class AuditRows {
    private AuditRows() {}

    static final String COLUMNS = "id, at, actor, subject, sku, location, detail, action, old_value, new_value, reason";

    /** A batch of audit rows on one connection; {@link #flush} before the transaction commits. */
    static final class Batch implements AutoCloseable {
        private final PreparedStatement insert;
        private final OffsetDateTime at;
        private final String actor;

        Batch(Connection connection, Instant at, String actor) throws SQLException {
            this.insert = connection.prepareStatement("INSERT INTO audit_entry (at, actor, subject, sku, location, "
                    + "detail, action, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            this.at = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            this.actor = clip(actor, 200);
        }

        void add(String subject, String sku, String location, String detail, String action, String oldValue,
                String newValue, String reason) throws SQLException {
            insert.setObject(1, at);
            insert.setString(2, actor);
            insert.setString(3, subject);
            insert.setString(4, sku);
            insert.setString(5, location);
            insert.setString(6, detail == null ? "" : clip(detail, 200));
            insert.setString(7, action);
            insert.setString(8, clip(oldValue, 4000));
            insert.setString(9, clip(newValue, 4000));
            insert.setString(10, clip(reason, 2000));
            insert.addBatch();
        }

        void flush() throws SQLException {
            insert.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    static AuditEntry entry(ResultSet r) throws SQLException {
        return new AuditEntry(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                r.getString(10), r.getString(11));
    }

    /** How an order proposal's quantity, order date and status read in the trail, e.g. "60 units, order 2026-11-18, EDITED". */
    static String describe(double quantity, LocalDate orderDate, ProposalStatus status) {
        return String.format(Locale.ROOT, "%s units, order %s, %s", number(quantity), orderDate, status);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String clip(String text, int max) {
        if (text == null) return null;
        return text.length() <= max ? text : text.substring(0, max);
    }
}
