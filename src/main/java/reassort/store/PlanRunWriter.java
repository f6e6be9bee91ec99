package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reassort.domain.ProgressListener;

/**
 * One plan run being saved, all or nothing: each {@link #add} replaces the computed part of the SKU × location's
 * proposal (keeping a planner's edit and its status) or inserts a new one; {@link #commit} makes the run visible
 * and drops the untouched, unedited proposals of SKU × locations the run no longer plans. {@link #close} without a
 * commit, a failure or a cancellation leave the store as it was. Not thread-safe.
 */
public final class PlanRunWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlanRunWriter.class);
    private static final int BATCH = 500;

    private final Database database;
    private final Instant createdAt;
    private final long forecastRunId;
    private final LocalDate asOf;
    private Connection connection;
    private PreparedStatement update;
    private PreparedStatement insert;
    private long runId;
    private long items;
    private long orderLines;
    private int pending;
    private boolean finished;
    private final Set<String> existing = new HashSet<>();

    PlanRunWriter(Database database, Clock clock, long forecastRunId, LocalDate asOf) {
        this.database = database;
        this.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        this.forecastRunId = forecastRunId;
        this.asOf = asOf;
    }

    public long itemsAdded() {
        return items;
    }

    /** Saves the computed proposal of one SKU × location (its status and edit fields are ignored). */
    public void add(StoredProposal proposal) {
        ensureOpen();
        boolean interrupted = Interrupts.lower();
        try {
            statements();
            PreparedStatement statement = existing.contains(key(proposal.sku(), proposal.location())) ? update : insert;
            PlanRows.bindComputed(statement, runId, proposal);
            statement.addBatch();
            if (++pending == BATCH) flush();
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            Interrupts.restore(interrupted);
        }
        items++;
        if (proposal.quantity() > 0) orderLines++;
    }

    /** Makes the run visible; a cancellation up to this point rolls it back instead. */
    public PlanRun commit(long elapsedMillis) {
        ensureOpen();
        ProgressListener.checkCancelled();
        try {
            statements();
            flush();
            Jdbc.update(connection, "UPDATE plan_run SET item_count = ?, order_lines = ?, elapsed_millis = ? WHERE id = ?",
                    items, orderLines, elapsedMillis, runId);
            // A planner's edit outlives the SKU × location dropping out of the plan; a bare computation does not.
            Jdbc.update(connection, "DELETE FROM proposal WHERE plan_run_id <> ? AND status IN ('PROPOSED', 'EXPORTED')",
                    runId);
            ProgressListener.checkCancelled();
            connection.commit();
            finished = true;
            LOG.info("Plan run {} committed: {} proposals, {} order lines", runId, items, orderLines);
            return new PlanRun(runId, createdAt, forecastRunId, asOf, items, orderLines, elapsedMillis);
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            if (!finished) rollback();
            else {
                release();
                database.checkpoint();
            }
        }
    }

    /** Drops everything added; does nothing once committed or rolled back. */
    public void rollback() {
        if (finished && connection == null) return;
        boolean interrupted = Interrupts.lower();
        try {
            if (connection != null && !finished) connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Plan run rollback failed", e);
        } finally {
            finished = true;
            release();
            Interrupts.restore(interrupted);
        }
    }

    @Override
    public void close() {
        rollback();
    }

    private void flush() throws SQLException {
        if (pending == 0) return;
        update.executeBatch();
        insert.executeBatch();
        pending = 0;
    }

    private static String key(String sku, String location) {
        return sku + '\u0000' + location;
    }

    private void statements() throws SQLException {
        if (connection != null) return;
        connection = database.connection();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(false);
        try (PreparedStatement header = connection.prepareStatement("INSERT INTO plan_run (created_at, forecast_run_id, "
                + "as_of, item_count, order_lines, elapsed_millis) VALUES (?, ?, ?, 0, 0, 0)", new String[] {"ID"})) {
            header.setObject(1, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            header.setLong(2, forecastRunId);
            header.setObject(3, asOf);
            header.executeUpdate();
            try (var keys = header.getGeneratedKeys()) {
                keys.next();
                runId = keys.getLong(1);
            }
        }
        // Which rows exist decides update or insert, so both can go in batches.
        for (String[] row : Jdbc.list(connection, "SELECT sku, location FROM proposal",
                r -> new String[] {r.getString(1), r.getString(2)})) {
            existing.add(key(row[0], row[1]));
        }
        update = connection.prepareStatement(PlanRows.UPDATE_COMPUTED);
        insert = connection.prepareStatement(PlanRows.INSERT);
    }

    private void release() {
        try {
            if (update != null) update.close();
            if (insert != null) insert.close();
            if (connection != null) {
                Database.readCommitted(connection);
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Plan run connection could not be released", e);
        } finally {
            update = null;
            insert = null;
            connection = null;
        }
    }

    private StoreException failed(SQLException e) {
        rollback();
        return new StoreException("The plan run could not be saved in the store " + database.description() + ": "
                + e.getMessage() + " Nothing was changed.", e);
    }

    private void ensureOpen() {
        if (finished) {
            throw new IllegalStateException("This plan run is already committed or rolled back. Maybe start a new run.");
        }
    }
}
