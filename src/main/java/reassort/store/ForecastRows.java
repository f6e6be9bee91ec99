package reassort.store;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import reassort.domain.SeriesKey;

/** SQL and mappings of the forecast tables (schema 3). */
final class ForecastRows {
    private ForecastRows() {}

    static final String SERIES_COLUMNS = "sku, location, channel, method, reason, demand_class, adi, cv2, "
            + "history_weeks, point_forecast, error_std_dev, mase, rmsse, wmape, bias";
    static final String INSERT_SERIES = "INSERT INTO series_forecast (run_id, " + SERIES_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String RUN_COLUMNS = "id, created_at, horizon, first_week, series_count, mean_mase, mean_rmsse, "
            + "mean_wmape, mean_bias, elapsed_millis";
    static final String OVERRIDE_COLUMNS = "id, sku, location, channel, from_week, to_week, kind, amount, reason, "
            + "created_at";

    static void bindSeries(PreparedStatement s, long runId, SeriesForecast f) throws SQLException {
        s.setLong(1, runId);
        s.setString(2, f.key().sku());
        s.setString(3, f.key().location());
        s.setString(4, f.key().channel());
        s.setString(5, clip(f.method(), 1000));
        s.setString(6, clip(f.reason(), 4000));
        s.setString(7, f.demandClass());
        setDouble(s, 8, f.adi());
        setDouble(s, 9, f.cv2());
        s.setInt(10, f.historyWeeks());
        s.setBytes(11, encode(f.point()));
        s.setBytes(12, encode(f.errorStdDev()));
        setDouble(s, 13, f.mase());
        setDouble(s, 14, f.rmsse());
        setDouble(s, 15, f.wmape());
        setDouble(s, 16, f.bias());
    }

    static SeriesForecast series(ResultSet row) throws SQLException {
        return new SeriesForecast(new SeriesKey(row.getString(1), row.getString(2), row.getString(3)),
                row.getString(4), row.getString(5), row.getString(6), getDouble(row, 7), getDouble(row, 8),
                row.getInt(9), decode(row.getBytes(10)), decode(row.getBytes(11)), getDouble(row, 12),
                getDouble(row, 13), getDouble(row, 14), getDouble(row, 15));
    }

    static ForecastRun run(ResultSet row) throws SQLException {
        return new ForecastRun(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getInt(3),
                Jdbc.date(row, 4), row.getLong(5), getDouble(row, 6), getDouble(row, 7), getDouble(row, 8),
                getDouble(row, 9), row.getLong(10));
    }

    static PlannerOverride override(ResultSet row) throws SQLException {
        return new PlannerOverride(row.getLong(1), new SeriesKey(row.getString(2), row.getString(3), row.getString(4)),
                Jdbc.date(row, 5), Jdbc.date(row, 6), OverrideKind.valueOf(row.getString(7)), row.getDouble(8),
                row.getString(9), row.getObject(10, OffsetDateTime.class).toInstant());
    }

    static byte[] encode(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(8 * values.length);
        for (double v : values) buffer.putDouble(v);
        return buffer.array();
    }

    static double[] decode(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        double[] values = new double[bytes.length / 8];
        for (int i = 0; i < values.length; i++) values[i] = buffer.getDouble();
        return values;
    }

    /** NaN and infinities go in as NULL: they mean "not measured", which is what NULL says in SQL. */
    static void setDouble(PreparedStatement s, int index, double value) throws SQLException {
        if (Double.isFinite(value)) s.setDouble(index, value);
        else s.setNull(index, Types.DOUBLE);
    }

    static double getDouble(ResultSet row, int index) throws SQLException {
        double value = row.getDouble(index);
        return row.wasNull() ? Double.NaN : value;
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
