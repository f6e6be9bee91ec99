package reassort.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 database behind a store: opened embedded (no server, no socket), migrated by Flyway, kept open by one
 * connection for as long as the store is, and lent out through a small pool.
 *
 * <p>Files are reached through H2's {@code async:} file system: a plain {@code FileChannel} is closed for good
 * when a thread using it is interrupted, which is how the workbench cancels a task (H2 issues #227, #1076).
 */
final class Database implements AutoCloseable {
    static final String FILE_NAME = "reassort";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String MIGRATIONS = "classpath:db/migration";
    /**
     * The version of the newest migration under {@code db/migration} (DatabaseTest checks it). A store already at
     * this version opens without Flyway, whose set-up and classpath scan cost about a second of a cold start.
     */
    static final int LATEST_SCHEMA_VERSION = 14;

    private final Path directory;
    private final String description;
    private final String url;
    private final Connection keeper;
    private final JdbcConnectionPool pool;

    private Database(Path directory, String url, String description) {
        this.directory = directory;
        this.description = description;
        this.url = url;
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(32);
        try {
            this.keeper = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            if (directory != null && e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreLockedException(directory, e);
            }
            throw new StoreException("The store " + description + " could not be opened: " + e.getMessage()
                    + " Maybe pass --store to use another store.", e);
        }
    }

    static Database open(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (absolute.toString().contains(";")) {
            throw new StoreException("The store directory " + absolute + " contains a ';', which the database "
                    + "cannot take in a path. Maybe pass --store with another directory.");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new StoreException("The store " + absolute + " is a file, not a directory. Maybe pass the "
                    + "directory that holds " + FILE_NAME + ".mv.db.");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new StoreException("The store directory " + absolute + " could not be created (" + e + "). "
                    + "Maybe pass --store with a directory you can write to.", e);
        }
        Database database = new Database(absolute, "jdbc:h2:async:" + absolute.resolve(FILE_NAME), absolute.toString());
        return database.migrated();
    }

    static Database inMemory() {
        Database database = new Database(null, "jdbc:h2:mem:reassort-" + UUID.randomUUID(), "in memory");
        return database.migrated();
    }

    private Database migrated() {
        if (isAtLatestSchema()) return this;
        try {
            Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .load();
            for (MigrationInfo migration : flyway.info().all()) {
                if (migration.getState().name().startsWith("FUTURE")) {
                    throw new StoreException("The store " + description + " was written by a newer Reassort "
                            + "(schema version " + migration.getVersion() + "). Update Reassort, or pass --store "
                            + "to use another store.");
                }
            }
            int applied = flyway.migrate().migrationsExecuted;
            if (applied > 0) {
                LOG.info("Store {}: {} schema migration(s) applied", description, applied);
                checkpoint();
            }
            return this;
        } catch (FlywayException e) {
            close();
            throw new StoreException("The store " + description + " could not be prepared: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Whether every migration up to {@link #LATEST_SCHEMA_VERSION} succeeded here, and none beyond it exists.
     * Version numbers have gaps (there is no V10), so the history's row count says nothing: Flyway applies
     * migrations in version order and stops at a failure, so a history whose newest version is the latest and whose
     * rows all succeeded is complete.
     */
    boolean isAtLatestSchema() {
        try (Statement statement = keeper.createStatement();
                var result = statement.executeQuery("SELECT MAX(CAST(\"version\" AS INT)), "
                        + "MIN(CASE WHEN \"success\" THEN 1 ELSE 0 END) FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" IS NOT NULL")) {
            result.next();
            return result.getInt(1) == LATEST_SCHEMA_VERSION && result.getInt(2) == 1;
        } catch (SQLException | RuntimeException e) {
            return false; // a new store (no history table yet) or an unexpected shape: Flyway decides
        }
    }

    Path directory() {
        return directory;
    }

    String description() {
        return description;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * A session of its own on the open database, outside the pool: the pool's connection wrapper takes a lock on
     * every call a result set makes ({@code getDouble}, {@code getString}, …), which over a bulk read of 100,000
     * rows × 24 columns cost about a third of the time. The keeper holds the database open, so this only opens a
     * session. The caller closes it.
     */
    Connection unpooledConnection() throws SQLException {
        return org.h2.Driver.load().connect(url, credentials());
    }

    private static java.util.Properties credentials() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", "");
        return properties;
    }

    /**
     * Runs {@code work} in one transaction that sees the store as of its first read, then commits. A long read
     * (a stream of series, several queries for one answer) so never mixes data from before and after an import
     * committed meanwhile, as READ COMMITTED would, statement by statement and even within a lazy result.
     */
    <T> T inSnapshot(Jdbc.Work<T> work) throws SQLException {
        return inSnapshot(connection(), work);
    }

    /** As {@link #inSnapshot(Jdbc.Work)} on {@code connection}, which it closes. */
    <T> T inSnapshot(Connection opened, Jdbc.Work<T> work) throws SQLException {
        try (Connection connection = opened) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                readCommitted(connection);
            }
        }
    }

    /** Back to H2's default, for connections returning to the pool. */
    static void readCommitted(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    /** Forces committed changes to disk now rather than at H2's next background write. */
    void checkpoint() {
        if (directory == null) return;
        boolean interrupted = Interrupts.lower();
        try (Statement statement = keeper.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            LOG.warn("Store {}: checkpoint failed", description, e);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    @Override
    public void close() {
        pool.dispose();
        try {
            if (keeper != null) keeper.close();
        } catch (SQLException e) {
            LOG.warn("Store {}: closing failed", description, e);
        }
    }
}
