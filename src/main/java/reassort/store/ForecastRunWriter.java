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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reassort.domain.ProgressListener;

/**
 * One forecast run being saved, all or nothing: series go in with {@link #add} (written in batches inside one
 * transaction, so memory does not grow with the number of series) and become visible together at
 * {@link #commit}; {@link #close} without a commit, a failure or a cancellation leave no trace. Committing also
 * drops the runs older than the last {@link Store#KEPT_FORECAST_RUNS}. Not thread-safe: calls must not overlap
 * (they may come from different threads one after the other).
 */
public final class ForecastRunWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ForecastRunWriter.class);
    private static final int BATCH = 500;

    private final Database database;
    private final Instant createdAt;
    private final int horizon;
    private final LocalDate firstWeek;
    private Connection connection;
    private PreparedStatement insert;
    private long runId;
    private long series;
    private int pending;
    private final Mean mase = new Mean();
    private final Mean rmsse = new Mean();
    private final Mean wmape = new Mean();
    private final Mean bias = new Mean();
    private boolean finished;

    ForecastRunWriter(Database database, Clock clock, int horizon, LocalDate firstWeek) {
        this.database = database;
        this.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        this.horizon = horizon;
        this.firstWeek = firstWeek;
    }

    public int horizon() {
        return horizon;
    }

    public LocalDate firstWeek() {
        return firstWeek;
    }

    public long seriesAdded() {
        return series;
    }

    /** Adds the forecast of one series; its horizon must be the run's. */
    public void add(SeriesForecast forecast) {
        ensureOpen();
        if (forecast.horizon() != horizon) {
            throw new IllegalArgumentException("Forecast of " + forecast.key() + " has " + forecast.horizon()
                    + " weeks but the run forecasts " + horizon + ".");
        }
        boolean interrupted = Interrupts.lower();
        try {
            statement();
            ForecastRows.bindSeries(insert, runId, forecast);
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            Interrupts.restore(interrupted);
        }
        series++;
        mase.add(forecast.mase());
        rmsse.add(forecast.rmsse());
        wmape.add(forecast.wmape());
        bias.add(forecast.bias());
    }

    /** Adds a returns estimate of a channel or of one series to the run. */
    public void addReturns(ReturnsEstimate estimate) {
        ensureOpen();
        boolean interrupted = Interrupts.lower();
        try {
            statement();
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO forecast_returns (run_id, channel, sku, "
                    + "location, sold_units, returned_units, return_rate, mean_delay_weeks, delay_weights) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, runId);
                s.setString(2, estimate.channel());
                s.setString(3, estimate.sku());
                s.setString(4, estimate.location());
                s.setDouble(5, estimate.soldUnits());
                s.setDouble(6, estimate.returnedUnits());
                s.setDouble(7, estimate.returnRate());
                ForecastRows.setDouble(s, 8, estimate.meanDelayWeeks());
                s.setBytes(9, ForecastRows.encode(estimate.delayWeights()));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    /** Adds the pooled promotion uplift of one channel × category to the run. */
    public void addUplift(PromotionUplift uplift) {
        ensureOpen();
        boolean interrupted = Interrupts.lower();
        try {
            statement();
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO forecast_uplift (run_id, channel, "
                    + "category, series_count, promoted_weeks, promoted_sales, baseline_sales) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, runId);
                s.setString(2, uplift.channel());
                s.setString(3, uplift.category());
                s.setLong(4, uplift.series());
                s.setLong(5, uplift.promotedWeeks());
                s.setDouble(6, uplift.promotedSales());
                s.setDouble(7, uplift.baselineSales());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    /** Makes the run visible; a cancellation up to this point rolls it back instead. */
    public ForecastRun commit(long elapsedMillis) {
        ensureOpen();
        ProgressListener.checkCancelled();
        try {
            statement();
            if (pending > 0) insert.executeBatch();
            pending = 0;
            ForecastRun run = new ForecastRun(runId, createdAt, horizon, firstWeek, series, mase.value(),
                    rmsse.value(), wmape.value(), bias.value(), elapsedMillis);
            try (PreparedStatement update = connection.prepareStatement("UPDATE forecast_run SET series_count = ?, "
                    + "mean_mase = ?, mean_rmsse = ?, mean_wmape = ?, mean_bias = ?, elapsed_millis = ? WHERE id = ?")) {
                update.setLong(1, series);
                ForecastRows.setDouble(update, 2, run.meanMase());
                ForecastRows.setDouble(update, 3, run.meanRmsse());
                ForecastRows.setDouble(update, 4, run.meanWmape());
                ForecastRows.setDouble(update, 5, run.meanBias());
                update.setLong(6, elapsedMillis);
                update.setLong(7, runId);
                update.executeUpdate();
            }
            // ON DELETE CASCADE removes their series.
            Jdbc.update(connection, "DELETE FROM forecast_run WHERE id NOT IN (SELECT id FROM forecast_run "
                    + "ORDER BY id DESC FETCH FIRST ? ROWS ONLY)", Store.KEPT_FORECAST_RUNS);
            ProgressListener.checkCancelled();
            connection.commit();
            finished = true;
            LOG.info("Forecast run {} committed: {} series", runId, series);
            return run;
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
            LOG.warn("Forecast run rollback failed", e);
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

    private void statement() throws SQLException {
        if (connection != null) return;
        connection = database.connection();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(false);
        try (PreparedStatement header = connection.prepareStatement("INSERT INTO forecast_run (created_at, horizon, "
                + "first_week, series_count, elapsed_millis) VALUES (?, ?, ?, 0, 0)", new String[] {"ID"})) {
            header.setObject(1, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            header.setInt(2, horizon);
            header.setObject(3, firstWeek);
            header.executeUpdate();
            try (var keys = header.getGeneratedKeys()) {
                keys.next();
                runId = keys.getLong(1);
            }
        }
        insert = connection.prepareStatement(ForecastRows.INSERT_SERIES);
    }

    private void release() {
        try {
            if (insert != null) insert.close();
            if (connection != null) {
                Database.readCommitted(connection);
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Forecast run connection could not be released", e);
        } finally {
            insert = null;
            connection = null;
        }
    }

    private StoreException failed(SQLException e) {
        rollback();
        return new StoreException("The forecast run could not be saved in the store " + database.description() + ": "
                + e.getMessage() + " Nothing was changed.", e);
    }

    private void ensureOpen() {
        if (finished) {
            throw new IllegalStateException("This forecast run is already committed or rolled back. Maybe start a new run.");
        }
    }

    private static final class Mean {
        private double sum;
        private long count;

        void add(double value) {
            if (Double.isFinite(value)) {
                sum += value;
                count++;
            }
        }

        double value() {
            return count == 0 ? Double.NaN : sum / count;
        }
    }
}
