package reassort.app.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reassort.domain.SeriesKey;
import reassort.engine.forecast.AdjustedForecast;
import reassort.io.write.Column;
import reassort.io.write.CsvConvention;
import reassort.io.write.CsvTableWriter;
import reassort.store.ForecastRun;
import reassort.store.PlannerOverride;
import reassort.store.Store;

/**
 * The per-series results of a stored forecast run as one CSV table: method, reason, demand class, accuracy, and
 * per week the statistical forecast and the final one (with the planner's overrides). Streams from the store.
 */
public final class ForecastExport {
    private final Store store;

    public ForecastExport(Store store) {
        this.store = store;
    }

    /** Writes {@code run} to {@code target} (replaced only once complete); returns the number of series written. */
    public long write(ForecastRun run, Path target, CsvConvention convention) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("sku"), Column.text("location"),
                Column.text("channel"), Column.text("method"), Column.text("reason"), Column.text("demand_class"),
                Column.number("adi", 3), Column.number("cv2", 3), Column.integer("history_weeks"),
                Column.number("mase", 3), Column.number("rmsse", 3), Column.number("wmape", 2),
                Column.number("bias", 2), Column.bool("overridden")));
        for (int k = 0; k < run.horizon(); k++) columns.add(Column.number("forecast " + run.firstWeek().plusWeeks(k), 2));
        for (int k = 0; k < run.horizon(); k++) columns.add(Column.number("final " + run.firstWeek().plusWeeks(k), 2));
        for (int k = 0; k < run.horizon(); k++) columns.add(Column.number("error_sd_" + (k + 1), 2));
        Map<SeriesKey, List<PlannerOverride>> overrides = new HashMap<>();
        for (PlannerOverride override : store.overrides()) {
            overrides.computeIfAbsent(override.key(), k -> new ArrayList<>()).add(override);
        }
        try (CsvTableWriter csv = CsvTableWriter.create(target, convention, columns)) {
            Object[] cells = new Object[columns.size()];
            store.forEachSeriesForecast(run.id(), forecast -> {
                AdjustedForecast adjusted = RunForecast.adjusted(run.firstWeek(), forecast,
                        overrides.getOrDefault(forecast.key(), List.of()));
                int c = 0;
                cells[c++] = forecast.key().sku();
                cells[c++] = forecast.key().location();
                cells[c++] = forecast.key().channel();
                cells[c++] = forecast.method();
                cells[c++] = forecast.reason();
                cells[c++] = forecast.demandClass();
                cells[c++] = finite(forecast.adi());
                cells[c++] = finite(forecast.cv2());
                cells[c++] = (long) forecast.historyWeeks();
                cells[c++] = finite(forecast.mase());
                cells[c++] = finite(forecast.rmsse());
                cells[c++] = finite(forecast.wmape());
                cells[c++] = finite(forecast.bias());
                cells[c++] = !adjusted.applied().isEmpty();
                for (double v : adjusted.statistical()) cells[c++] = finite(v);
                for (double v : adjusted.adjusted()) cells[c++] = finite(v);
                for (double v : forecast.errorStdDev()) cells[c++] = finite(v);
                try {
                    csv.row(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.commit();
            return csv.rowCount();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the forecasts to " + target + ": " + e.getMessage()
                    + ". Maybe the file is open in a spreadsheet, or pass --out with another path.", e);
        }
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
