package reassort.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.forecast.Level;
import reassort.app.forecast.LevelForecast;
import reassort.app.forecast.LevelForecasts;
import reassort.domain.SeriesKey;
import reassort.io.write.Column;
import reassort.io.write.CsvConvention;
import reassort.io.write.CsvTableWriter;

/** {@code reassort forecast-levels}: the latest forecast run summed at one level, with the weekly history. */
@Command(
        name = "forecast-levels",
        mixinStandardHelpOptions = true,
        description = "Prints the latest forecast run summed bottom-up at one level (sku, location, channel, "
                + "category or total) beside the weekly sales of the same groups; levels add up by construction.")
public final class ForecastLevelsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "total",
            description = "series, sku, location, channel, category or total (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--history", paramLabel = "WEEKS", defaultValue = "13",
            description = "Weeks of sales shown before the forecast (default: ${DEFAULT-VALUE}).")
    int historyWeeks;

    @Option(names = "--sku", paramLabel = "SKU", description = "Only the series of this SKU.")
    String sku;

    @Option(names = "--location", paramLabel = "CODE", description = "Only the series of this location.")
    String location;

    @Option(names = "--channel", paramLabel = "CODE", description = "Only the series of this channel.")
    String channel;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Also write every group with its weekly history, forecast and error deviation as CSV.")
    Path out;

    @Override
    public Integer call() {
        Level chosen;
        try {
            chosen = Level.parse(level);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--level: " + e.getMessage(), 2);
        }
        if (historyWeeks < 0 || historyWeeks > 312) {
            throw new CliFailure("--history " + historyWeeks + " is out of range; use 0 to 312 weeks (52 is a year).", 2);
        }
        Predicate<SeriesKey> filter = key -> (sku == null || sku.equals(key.sku()))
                && (location == null || location.equals(key.location()))
                && (channel == null || channel.equals(key.channel()));
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            LevelForecasts levels = workspace.forecasts().aggregate(chosen, filter, historyWeeks)
                    .orElseThrow(() -> new CliFailure("No forecast run in the store " + workspace.storeDescription()
                            + " yet. Run reassort forecast first."));
            PrintWriter o = spec.commandLine().getOut();
            int horizon = levels.run().horizon();
            o.printf(Locale.ROOT, "Forecast run %d by %s: %d groups, %d weeks from %s; history %d weeks from %s.%n",
                    levels.run().id(), chosen.name().toLowerCase(Locale.ROOT), levels.groups().size(), horizon,
                    levels.run().firstWeek(), historyWeeks, levels.historyFrom());
            o.printf(Locale.ROOT, "%-28s %7s %12s %12s %12s %10s %12s%n", "group", "series", "sold/wk hist",
                    "last week", "week 1", "± sd", "total fcst");
            double[] sums = new double[4];
            for (LevelForecast group : levels.groups()) {
                double[] history = group.history();
                double mean = 0;
                for (double v : history) mean += v;
                mean = history.length == 0 ? Double.NaN : mean / history.length;
                double last = history.length == 0 ? Double.NaN : history[history.length - 1];
                o.printf(Locale.ROOT, "%-28s %7d %12.1f %12.1f %12.1f %10.1f %12.1f%n", group.group(), group.series(),
                        mean, last, group.point()[0], group.errorStdDev()[0], group.totalForecast());
                sums[0] += group.series();
                sums[1] += group.point()[0];
                sums[2] += group.totalForecast();
            }
            o.printf(Locale.ROOT, "%-28s %7d %12s %12s %12.1f %10s %12.1f%n", "(sum of groups)", (long) sums[0], "", "",
                    sums[1], "", sums[2]);
            long unmeasured = levels.groups().stream().mapToLong(LevelForecast::seriesWithoutError).sum();
            o.printf(Locale.ROOT, "± sd: √Σσ² of the series (errors taken as independent); %,d series without a "
                    + "measured error add none.%n", unmeasured);
            if (out != null) {
                write(levels, historyWeeks);
                o.printf(Locale.ROOT, "Wrote %,d groups to %s.%n", levels.groups().size(), out);
            }
            return 0;
        }
    }

    private void write(LevelForecasts levels, int weeks) {
        int horizon = levels.run().horizon();
        List<Column> columns = new ArrayList<>(List.of(Column.text("level"), Column.text("group"), Column.integer("series"),
                Column.integer("series_without_error")));
        for (int t = 0; t < weeks; t++) columns.add(Column.number("sold " + levels.historyFrom().plusWeeks(t), 2));
        for (int k = 0; k < horizon; k++) columns.add(Column.number("forecast " + levels.run().firstWeek().plusWeeks(k), 2));
        for (int k = 0; k < horizon; k++) columns.add(Column.number("error_sd_" + (k + 1), 2));
        try (CsvTableWriter csv = CsvTableWriter.create(out, CsvConvention.english(), columns)) {
            for (LevelForecast group : levels.groups()) {
                List<Object> cells = new ArrayList<>();
                cells.add(levels.level().name().toLowerCase(Locale.ROOT));
                cells.add(group.group());
                cells.add(group.series());
                cells.add(group.seriesWithoutError());
                for (double v : group.history()) cells.add(v);
                for (double v : group.point()) cells.add(Double.isFinite(v) ? v : null);
                for (double v : group.errorStdDev()) cells.add(Double.isFinite(v) ? v : null);
                csv.row(cells.toArray());
            }
            csv.commit();
        } catch (IOException e) {
            throw new CliFailure("Could not write " + out + ": " + e.getMessage()
                    + ". Maybe the file is open in a spreadsheet, or pass --out with another path.");
        }
    }
}
