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

/**
 * One forecast run being saved, all or nothing: series go in with {@link #add} (written in batches inside one
 * transaction, so memory does not grow with the number of series) and become visible together at
 * {@link #commit}; {@link #close} without a commit, a failure or a cancellation leave no trace. Committing also
 * drops the runs older than the last {@link Store#KEPT_FORECAST_RUNS}. Not thread-safe: calls must not overlap
 * (they may come from different threads one after the other).
 */
public final class ForecastRunWriter extends RunWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ForecastRunWriter.class);
    private static final int BATCH = 500;

    private final Instant createdAt;
    private final int horizon;
    private final LocalDate firstWeek;
    private PreparedStatement insert;
    private PreparedStatement insertReturns;
    private long series;
    private int pending;
    private int pendingReturns;
    private final Mean mase = new Mean();
    private final Mean rmsse = new Mean();
    private final Mean wmape = new Mean();
    private final Mean bias = new Mean();

    ForecastRunWriter(Database database, Clock clock, int horizon, LocalDate firstWeek) {
        super(database, "forecast run");
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
        write(() -> {
            ForecastRows.bindSeries(insert, runId, forecast);
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
            return null;
        });
        series++;
        mase.add(forecast.mase());
        rmsse.add(forecast.rmsse());
        wmape.add(forecast.wmape());
        bias.add(forecast.bias());
    }

    /** Adds a returns estimate of a channel or of one series to the run. */
    public void addReturns(ReturnsEstimate estimate) {
        write(() -> {
            PreparedStatement s = insertReturns;
            s.setLong(1, runId);
            s.setString(2, estimate.channel());
            s.setString(3, estimate.sku());
            s.setString(4, estimate.location());
            s.setDouble(5, estimate.soldUnits());
            s.setDouble(6, estimate.returnedUnits());
            s.setDouble(7, estimate.returnRate());
            ForecastRows.setDouble(s, 8, estimate.meanDelayWeeks());
            s.setBytes(9, ForecastRows.encode(estimate.delayWeights()));
            s.addBatch();
            if (++pendingReturns == BATCH) {
                s.executeBatch();
                pendingReturns = 0;
            }
            return null;
        });
    }

    /** Adds the pooled promotion uplift of one channel × category to the run. */
    public void addUplift(PromotionUplift uplift) {
        write(() -> {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO forecast_uplift (run_id, channel, "
                    + "category, series_count, promoted_weeks, promoted_sales, baseline_sales) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, runId);
                s.setString(2, uplift.channel());
                s.setString(3, uplift.category());
                s.setLong(4, uplift.series());
                s.setLong(5, uplift.promotedWeeks());
                s.setDouble(6, uplift.promotedSales());
                s.setDouble(7, uplift.baselineSales());
                return s.executeUpdate();
            }
        });
    }

    /** Makes the run visible; a cancellation up to this point rolls it back instead. */
    public ForecastRun commit(long elapsedMillis) {
        ForecastRun committed = commitWith(() -> {
            if (pending > 0) insert.executeBatch();
            pending = 0;
            if (pendingReturns > 0) insertReturns.executeBatch();
            pendingReturns = 0;
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
            return run;
        });
        LOG.info("Forecast run {} committed: {} series", committed.id(), series);
        return committed;
    }

    @Override
    PreparedStatement header(Connection connection) throws SQLException {
        PreparedStatement header = connection.prepareStatement("INSERT INTO forecast_run (created_at, horizon, "
                + "first_week, series_count, elapsed_millis) VALUES (?, ?, ?, 0, 0)", new String[] {"ID"});
        header.setObject(1, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
        header.setInt(2, horizon);
        header.setObject(3, firstWeek);
        return header;
    }

    @Override
    void prepare(Connection connection) throws SQLException {
        insert = connection.prepareStatement(ForecastRows.INSERT_SERIES);
        insertReturns = connection.prepareStatement("INSERT INTO forecast_returns (run_id, channel, sku, location, "
                + "sold_units, returned_units, return_rate, mean_delay_weeks, delay_weights) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    void closeStatements() throws SQLException {
        try {
            if (insert != null) insert.close();
            if (insertReturns != null) insertReturns.close();
        } finally {
            insert = null;
            insertReturns = null;
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
