package reassort.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Export marks written in a transaction that is not committed yet: {@link #commit} once the exported files are in
 * place, or {@link #close} without committing to drop every mark and audit entry at once. Lets the marking of a
 * large export run while its files are written (issue 7) and still land all or nothing, after the files.
 * Owns a connection until committed or closed; not for use by two threads at once.
 */
public final class PendingMarks implements AutoCloseable {
    private final Database database;
    private final Connection connection;
    private final String what;
    private final int count;
    private boolean finished;

    private PendingMarks(Database database, Connection connection, String what, int count) {
        this.database = database;
        this.connection = connection;
        this.what = what;
        this.count = count;
        this.finished = connection == null;
    }

    /** Nothing to mark: commits nothing. */
    static PendingMarks none() {
        return new PendingMarks(null, null, "mark nothing", 0);
    }

    /**
     * Runs {@code marking} in a new transaction (snapshot isolation, as {@link Database#inSnapshot} does) and keeps
     * it open. A failure rolls back and closes the connection before it is thrown.
     */
    static PendingMarks prepare(Database database, String what, Jdbc.Work<Integer> marking) {
        boolean interrupted = Interrupts.lower();
        Connection connection = null;
        try {
            connection = database.connection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            int marked = marking.run(connection);
            return new PendingMarks(database, connection, what, marked);
        } catch (SQLException e) {
            abandon(connection, e);
            throw new StoreException("Could not " + what + " in the store " + database.description() + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            abandon(connection, e);
            throw e;
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    /** How many proposals the marks cover. */
    public int count() {
        return count;
    }

    /** Makes the marks and their audit entries visible and durable; returns how many proposals were marked. */
    public int commit() {
        if (finished) {
            if (connection == null) return 0;
            throw new IllegalStateException("These export marks were already committed or dropped.");
        }
        boolean interrupted = Interrupts.lower();
        try {
            connection.commit();
            finished = true;
            abandon(connection, null); // nothing left to roll back: returns the connection to the pool
            database.checkpoint();
            return count;
        } catch (SQLException e) {
            close();
            throw new StoreException("Could not " + what + " in the store " + database.description() + ": "
                    + e.getMessage(), e);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    /** Drops the marks unless they were committed. */
    @Override
    public void close() {
        if (finished) return;
        finished = true;
        boolean interrupted = Interrupts.lower();
        try {
            abandon(connection, null);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    private static void abandon(Connection connection, Throwable failure) {
        if (connection == null) return;
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (failure != null) failure.addSuppressed(e);
        }
        try {
            release(connection);
        } catch (SQLException e) {
            if (failure != null) failure.addSuppressed(e);
        }
    }

    private static void release(Connection connection) throws SQLException {
        try (connection) {
            Database.readCommitted(connection);
        }
    }
}
