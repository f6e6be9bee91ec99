package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reassort.domain.Dataset;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesLine;
import reassort.domain.SalesPeriod;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

/**
 * One import into the store, all or nothing: records go in with {@link #add}, become visible together at
 * {@link #commit}, and vanish with {@link #rollback} or a {@link #close} without commit. Readers never see part
 * of an import, and a process killed half-way leaves the store as it was (the database rolls back the open
 * transaction when it is next opened).
 *
 * <p>Sales lines wait in a compact buffer (about 30 bytes a line) and are written as sales blocks at commit,
 * which applies the replacement rule of {@link SalesCommit}. Other records are upserted by key in batches
 * inside the import's transaction as they come. Not thread-safe: one thread feeds an import at a time.
 */
public final class ImportWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportWriter.class);
    private static final int BATCH = 1000;
    /** Sales lines held in memory before they are spilled to staging: about 60 MB with the commit's sort. */
    static final int DEFAULT_SPILL_THRESHOLD = 2_000_000;

    private enum State { OPEN, COMMITTED, ROLLED_BACK }

    private final Database database;
    private final Clock clock;
    private final String sourceName;
    private final Instant startedAt;
    private final Runnable onFinish;
    private SalesBuffer sales = new SalesBuffer();
    private final int spillThreshold;
    private SalesStaging staging = new SalesStaging();
    private final Map<Dataset, Upsert<?>> upserts = new EnumMap<>(Dataset.class);
    private final Map<String, Promotion> promotions = new LinkedHashMap<>();
    private long promotionsAdded;
    private Connection connection;
    private State state = State.OPEN;
    private boolean finished;

    ImportWriter(Database database, Clock clock, String sourceName, Runnable onFinish) {
        this(database, clock, sourceName, onFinish, DEFAULT_SPILL_THRESHOLD);
    }

    /** {@code spillThreshold}: sales lines buffered before they are spilled to staging (tests use tiny ones). */
    ImportWriter(Database database, Clock clock, String sourceName, Runnable onFinish, int spillThreshold) {
        if (spillThreshold < 1) {
            throw new IllegalArgumentException("The spill threshold (" + spillThreshold + ") must be positive.");
        }
        this.spillThreshold = spillThreshold;
        this.database = database;
        this.clock = clock;
        this.sourceName = sourceName == null || sourceName.isBlank() ? "(unnamed source)" : sourceName.strip();
        this.startedAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // the column keeps microseconds
        this.onFinish = onFinish;
    }

    /** Adds any domain record of a {@link Dataset}: a SalesLine, Product, Location, Supplier, StockPosition, … */
    public void add(Record record) {
        ensureOpen();
        if (record instanceof SalesLine line) {
            if (sales.size() >= spillThreshold) spill();
            sales.add(line);
        } else if (record instanceof SalesPeriod period) {
            sales.cover(period);
        } else if (record instanceof Product product) {
            upsert(Dataset.PRODUCTS, "product", MasterData.MERGE_PRODUCT, MasterData::bindProduct, product);
        } else if (record instanceof Location location) {
            upsert(Dataset.LOCATIONS, "location", MasterData.MERGE_LOCATION, MasterData::bindLocation, location);
        } else if (record instanceof Supplier supplier) {
            upsert(Dataset.SUPPLIERS, "supplier", MasterData.MERGE_SUPPLIER, MasterData::bindSupplier, supplier);
        } else if (record instanceof StockPosition stock) {
            upsert(Dataset.STOCK, "stock_position", MasterData.MERGE_STOCK, MasterData::bindStock, stock);
        } else if (record instanceof PurchaseOrderLine line) {
            upsert(Dataset.PURCHASE_ORDERS, "purchase_order_line", MasterData.MERGE_ORDER, MasterData::bindOrder,
                    line);
        } else if (record instanceof Promotion promotion) {
            promotions.put(promotion.code(), promotion);
            promotionsAdded++;
        } else {
            throw new IllegalArgumentException("The store cannot import a " + (record == null ? "null record"
                    : record.getClass().getSimpleName()) + "; it takes the records of reassort.domain.Dataset.");
        }
    }

    /** Sales lines added so far (they are held until the commit). */
    public long salesLinesAdded() {
        return staging.stagedLines() + sales.size();
    }

    public String sourceName() {
        return sourceName;
    }

    /** Commits the import; {@code issues} are the data problems found, of which the first are kept. */
    public ImportOutcome commit(List<ImportIssueRow> issues) {
        return commit(issues, issues.size(), () -> {});
    }

    /**
     * Commits the import when the caller kept only some of the issues it found: {@code totalIssueCount} is how
     * many there were in all.
     */
    public ImportOutcome commit(List<ImportIssueRow> issues, long totalIssueCount) {
        return commit(issues, totalIssueCount, () -> {});
    }

    /** {@code justBeforeCommit} runs after every write and before the transaction commits (tests kill the JVM there). */
    ImportOutcome commit(List<ImportIssueRow> issues, long totalIssueCount, Runnable justBeforeCommit) {
        ensureOpen();
        try {
            // A cancellation before the commit is honoured here; one arriving during it, by the checks between
            // (location, channel) groups and just before the transaction commits.
            ProgressListener.checkCancelled();
            Connection c = connection();
            Map<Dataset, DatasetCounts> counts = new EnumMap<>(Dataset.class);
            for (Upsert<?> upsert : upserts.values()) counts.put(upsert.dataset, upsert.finish());
            if (!promotions.isEmpty()) counts.put(Dataset.PROMOTIONS, writePromotions(c));
            long salesLines = salesLinesAdded();
            SalesCommit.Result written = SalesCommit.write(sales, staging, c, ProgressListener::checkCancelled);
            if (written.inserted() != written.replaced()) { // every block holds its kept lines and the incoming ones
                Jdbc.update(c, "UPDATE sales_total SET line_count = line_count + ?", written.inserted() - written.replaced());
            }
            if (salesLines > 0) counts.put(Dataset.SALES, new DatasetCounts(written.inserted(), written.replaced(), 0));
            Instant finishedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            long runId = insertRun(c, finishedAt, totalIssueCount);
            insertCounts(c, runId, counts);
            insertIssues(c, runId, issues);
            ProgressListener.checkCancelled();
            justBeforeCommit.run();
            c.commit();
            state = State.COMMITTED;
            LOG.info("Import {} of {} committed: {}", runId, sourceName, counts);
            return new ImportOutcome(
                    new ImportRun(runId, sourceName, startedAt, finishedAt, ImportRun.COMMITTED, counts, totalIssueCount));
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("The import of " + sourceName + " could not be saved in the store "
                    + database.description() + ": " + e.getMessage() + " Nothing was changed.", e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        } finally {
            finish();
            if (state == State.COMMITTED) database.checkpoint();
        }
    }

    /** Drops everything added; the store stays as it was. Does nothing once committed or rolled back. */
    public void rollback() {
        if (state != State.OPEN) return;
        boolean interrupted = Interrupts.lower();
        try {
            rollbackQuietly();
        } finally {
            finish();
            Interrupts.restore(interrupted);
        }
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        rollback();
    }

    boolean isOpen() {
        return state == State.OPEN;
    }

    private void ensureOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("The import of " + sourceName + " is already "
                    + (state == State.COMMITTED ? "committed" : "rolled back") + ". Maybe begin a new import.");
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = database.connection();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(false);
        }
        return connection;
    }

    /** Moves the buffered sales lines to staging, inside the import's transaction, so the buffer can be reused. */
    private void spill() {
        boolean interrupted = Interrupts.lower();
        try {
            int lines = sales.size();
            staging.spill(sales, connection());
            LOG.debug("Import of {} spilled {} sales lines to staging", sourceName, lines);
        } catch (SQLException e) {
            rollbackQuietly();
            finish();
            throw new StoreException("The import of " + sourceName + " could not be saved in the store "
                    + database.description() + ": " + e.getMessage() + " Nothing was changed.", e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            finish();
            throw e;
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    private <T> void upsert(Dataset dataset, String table, String sql, Jdbc.Binder<T> binder, T value) {
        boolean interrupted = Interrupts.lower();
        try {
            @SuppressWarnings("unchecked")
            Upsert<T> upsert = (Upsert<T>) upserts.get(dataset);
            if (upsert == null) {
                upsert = new Upsert<>(dataset, table, connection(), sql, binder);
                upserts.put(dataset, upsert);
            }
            upsert.add(value);
        } catch (SQLException e) {
            rollbackQuietly();
            finish();
            throw new StoreException("The import of " + sourceName + " could not be saved in the store "
                    + database.description() + ": " + e.getMessage() + " Nothing was changed.", e);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    /** Batched MERGE of one dataset; counts what was new by counting the table before and after. */
    private static final class Upsert<T> {
        final Dataset dataset;
        final String table;
        final Connection connection;
        final PreparedStatement statement;
        final Jdbc.Binder<T> binder;
        final long rowsBefore;
        long written;
        int pending;

        Upsert(Dataset dataset, String table, Connection connection, String sql, Jdbc.Binder<T> binder)
                throws SQLException {
            this.dataset = dataset;
            this.table = table;
            this.connection = connection;
            this.binder = binder;
            this.rowsBefore = Jdbc.count(connection, "SELECT COUNT(*) FROM " + table);
            this.statement = connection.prepareStatement(sql);
        }

        void add(T value) throws SQLException {
            binder.bind(statement, value);
            statement.addBatch();
            written++;
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        DatasetCounts finish() throws SQLException {
            if (pending > 0) statement.executeBatch();
            pending = 0;
            statement.close();
            long inserted = Jdbc.count(connection, "SELECT COUNT(*) FROM " + table) - rowsBefore;
            return new DatasetCounts(inserted, 0, written - inserted);
        }
    }

    private DatasetCounts writePromotions(Connection c) throws SQLException {
        long before = Jdbc.count(c, "SELECT COUNT(*) FROM promotion");
        try (PreparedStatement merge = c.prepareStatement(MasterData.MERGE_PROMOTION);
                PreparedStatement clearChannels = c.prepareStatement(
                        "DELETE FROM promotion_channel WHERE promotion_code = ?");
                PreparedStatement addChannel = c.prepareStatement(
                        "INSERT INTO promotion_channel (promotion_code, channel) VALUES (?, ?)")) {
            for (Promotion promotion : promotions.values()) {
                MasterData.bindPromotion(merge, promotion);
                merge.addBatch();
                clearChannels.setString(1, promotion.code());
                clearChannels.addBatch();
                for (String channel : promotion.channels()) {
                    addChannel.setString(1, promotion.code());
                    addChannel.setString(2, channel);
                    addChannel.addBatch();
                }
            }
            merge.executeBatch();
            clearChannels.executeBatch();
            addChannel.executeBatch();
        }
        long inserted = Jdbc.count(c, "SELECT COUNT(*) FROM promotion") - before;
        return new DatasetCounts(inserted, 0, promotionsAdded - inserted);
    }

    private long insertRun(Connection c, Instant finishedAt, long issueCount) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO import_run (source_name, started_at, "
                + "finished_at, status, issue_count) VALUES (?, ?, ?, ?, ?)", new String[] {"ID"})) {
            insert.setString(1, clip(sourceName, 2000));
            insert.setObject(2, OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC));
            insert.setObject(3, OffsetDateTime.ofInstant(finishedAt, ZoneOffset.UTC));
            insert.setString(4, ImportRun.COMMITTED);
            insert.setLong(5, issueCount);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertCounts(Connection c, long runId, Map<Dataset, DatasetCounts> counts)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO import_run_count (run_id, dataset, inserted, "
                + "replaced, updated) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<Dataset, DatasetCounts> entry : counts.entrySet()) {
                insert.setLong(1, runId);
                insert.setString(2, entry.getKey().name());
                insert.setLong(3, entry.getValue().inserted());
                insert.setLong(4, entry.getValue().replaced());
                insert.setLong(5, entry.getValue().updated());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertIssues(Connection c, long runId, List<ImportIssueRow> issues) throws SQLException {
        List<ImportIssueRow> kept = new ArrayList<>(issues.subList(0, Math.min(issues.size(), Store.KEPT_ISSUES)));
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO import_issue (run_id, seq, file_name, sheet, "
                + "row_number, column_name, cell_value, reason, severity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (ImportIssueRow issue : kept) {
                insert.setLong(1, runId);
                insert.setInt(2, ++seq);
                insert.setString(3, clip(issue.file(), 2000));
                insert.setString(4, clip(issue.sheet(), 200));
                insert.setInt(5, issue.row());
                insert.setString(6, clip(issue.column(), 200));
                insert.setString(7, clip(issue.value(), 1000));
                insert.setString(8, clip(issue.reason(), 2000));
                insert.setString(9, issue.severity().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private void rollbackQuietly() {
        if (connection == null) return;
        boolean interrupted = Interrupts.lower();
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rolling back the import of {} failed; the database drops it when reopened", sourceName, e);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    private void finish() {
        if (finished) return;
        finished = true;
        if (state == State.OPEN) state = State.ROLLED_BACK;
        sales = new SalesBuffer();
        staging = new SalesStaging();
        promotions.clear();
        if (connection != null) {
            boolean interrupted = Interrupts.lower();
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                LOG.debug("Resetting the import connection failed", e);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the import connection failed", e);
            } finally {
                Interrupts.restore(interrupted);
            }
            connection = null;
        }
        onFinish.run();
    }
}
