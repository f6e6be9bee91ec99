package reassort.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.forecast.ForecastSummary;
import reassort.app.forecast.NoSalesException;
import reassort.app.forecast.RunForecast;
import reassort.io.write.CsvConvention;
import reassort.store.ForecastRun;
import reassort.store.PromotionUplift;
import reassort.store.ReturnsEstimate;

/** {@code reassort forecast}: forecasts every series in the store and saves the run. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = "Forecasts every SKU × location × channel with sales in the store (weekly, automatic method "
                + "choice), saves the run in the store and prints a summary.")
public final class ForecastCommand implements Callable<Integer> {
    /** Method mixes beyond these are summed into one line. */
    private static final int METHODS_SHOWN = 12;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--horizon", paramLabel = "WEEKS", defaultValue = "" + RunForecast.DEFAULT_HORIZON,
            description = "Weeks to forecast after the last complete week of sales (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Also write the per-series results (method, reason, accuracy, forecast per week) as CSV.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        if (horizon < 1 || horizon > 104) {
            throw new CliFailure("--horizon " + horizon + " is out of range; use 1 to 104 weeks (13 is a quarter).", 2);
        }
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            ForecastSummary summary;
            try {
                summary = workspace.forecasts().run(horizon, CliProgress.to(spec.commandLine().getErr(), quiet));
            } catch (NoSalesException e) {
                throw new CliFailure(e.getMessage());
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "Forecast run %d in %s: %,d series, %d weeks from %s (history from %s).%n",
                    summary.runId(), workspace.storeDescription(), summary.series(), summary.horizon(),
                    summary.firstWeek(), summary.historyFrom());
            o.println("Methods used (series whose forecast includes each):");
            for (Map.Entry<String, Long> method : summary.methodUse().entrySet()) {
                o.printf(Locale.ROOT, "  %,8d  %s%n", method.getValue(), method.getKey());
            }
            o.println("Combinations chosen:");
            int shown = 0;
            long others = 0;
            for (Map.Entry<String, Long> method : summary.methods().entrySet()) {
                if (shown++ < METHODS_SHOWN) o.printf(Locale.ROOT, "  %,8d  %s%n", method.getValue(), method.getKey());
                else others += method.getValue();
            }
            if (others > 0) {
                o.printf(Locale.ROOT, "  %,8d  other combinations (%d)%n", others, summary.methods().size() - METHODS_SHOWN);
            }
            o.printf(Locale.ROOT, "Seasonal profile borrowed from the category: %,d series; stockout weeks censored: %,d.%n",
                    summary.seriesWithPooledProfile(), summary.censoredWeeks());
            StringBuilder returns = new StringBuilder("Returns (rate after mean delay):");
            String separator = " ";
            for (ReturnsEstimate estimate : summary.channelReturns()) {
                returns.append(separator).append(estimate.channel()).append(' ')
                        .append(String.format(Locale.ROOT, "%.1f %%", 100 * estimate.returnRate()));
                if (Double.isFinite(estimate.meanDelayWeeks())) {
                    returns.append(String.format(Locale.ROOT, " after %.1f weeks", estimate.meanDelayWeeks()));
                }
                separator = ", ";
            }
            if (summary.channelReturns().isEmpty()) returns.append(" not estimated (history too short)");
            o.println(returns);
            o.printf(Locale.ROOT, "  series with enough returns for their own rate: %,d%n", summary.seriesWithOwnReturns());
            if (summary.uplifts().isEmpty()) {
                o.println("Promotion uplift: no measurable promoted week.");
            } else {
                o.println("Promotion uplift per channel × category (promoted sales / baseline):");
                for (PromotionUplift uplift : summary.uplifts()) {
                    o.printf(Locale.ROOT, "  %-20s %-24s ×%.2f  (%,d series, %,d weeks)%n", uplift.channel(),
                            uplift.category(), uplift.uplift(), uplift.series(), uplift.promotedWeeks());
                }
            }
            if (out != null) {
                ForecastRun run = workspace.forecasts().latestRun()
                        .orElseThrow(() -> new CliFailure("The forecast run just saved could not be read back."));
                long rows = workspace.forecastExport().write(run, out, CsvConvention.english());
                o.printf(Locale.ROOT, "Wrote %,d series to %s.%n", rows, out);
            }
            o.printf(Locale.ROOT, "series=%d MASE=%s RMSSE=%s wMAPE=%s bias=%s ms_per_series=%.2f elapsed_ms=%d%n",
                    summary.series(), figure(summary.meanMase(), 3), figure(summary.meanRmsse(), 3),
                    figure(summary.meanWmape(), 1), figure(summary.meanBias(), 1), summary.millisPerSeries(),
                    summary.elapsedMillis());
            return 0;
        }
    }

    private static String figure(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "n/a";
    }
}
