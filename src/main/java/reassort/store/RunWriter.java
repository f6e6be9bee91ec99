package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reassort.domain.ProgressListener;

/**
 * The all-or-nothing lifecycle shared by the writers of stored runs (forecast runs, plan runs): one transaction opened
 * on first use with the run's header row, rows added in batches, a commit that makes everything visible at once, and
 * a rollback on failure, cancellation or close without commit. Not thread-safe.
 */
abstract class RunWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunWriter.class);

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    final Database database;
    private final String what;
    Connection connection;
    long runId;
    private boolean finished;

    /** @param what the run in the planner's words, e.g. "forecast run" */
    RunWriter(Database database, String what) {
        this.database = database;
        this.what = what;
    }

    /** Inserts the run's header row and returns its generated id. */
    abstract PreparedStatement header(Connection connection) throws SQLException;

    /** Prepares the writer's statements once the run is open. */
    abstract void prepare(Connection connection) throws SQLException;

    /** Closes the writer's statements. */
    abstract void closeStatements() throws SQLException;

    /** Opens the transaction and writes the header, once. */
    final void begin() throws SQLException {
        if (connection != null) return;
        connection = database.connection();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(false);
        try (PreparedStatement header = header(connection)) {
            header.executeUpdate();
            try (var keys = header.getGeneratedKeys()) {
                keys.next();
                runId = keys.getLong(1);
            }
        }
        prepare(connection);
    }

    /** Runs one write (an add) inside the run, keeping the thread's interrupt flag away from H2. */
    final void write(SqlWork<?> work) {
        ensureOpen();
        boolean interrupted = Interrupts.lower();
        try {
            begin();
            work.run();
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    /** Finishes the run with {@code finish} and commits; a cancellation up to this point rolls it back instead. */
    final <T> T commitWith(SqlWork<T> finish) {
        ensureOpen();
        ProgressListener.checkCancelled();
        try {
            begin();
            T result = finish.run();
            ProgressListener.checkCancelled();
            connection.commit();
            finished = true;
            return result;
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            if (!finished) {
                rollback();
            } else {
                release();
                database.checkpoint();
            }
        }
    }

    /** Drops everything added; does nothing once committed or rolled back. */
    public final void rollback() {
        if (finished && connection == null) return;
        boolean interrupted = Interrupts.lower();
        try {
            if (connection != null && !finished) connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback of a {} failed", what, e);
        } finally {
            finished = true;
            release();
            Interrupts.restore(interrupted);
        }
    }

    @Override
    public final void close() {
        rollback();
    }

    private void release() {
        try {
            closeStatements();
            if (connection != null) {
                Database.readCommitted(connection);
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("The connection of a {} could not be released", what, e);
        } finally {
            connection = null;
        }
    }

    final StoreException failed(SQLException e) {
        rollback();
        return new StoreException("The " + what + " could not be saved in the store " + database.description() + ": "
                + e.getMessage() + " Nothing was changed.", e);
    }

    final void ensureOpen() {
        if (finished) {
            throw new IllegalStateException("This " + what + " is already committed or rolled back. Maybe start a new run.");
        }
    }
}
