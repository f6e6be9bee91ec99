package reassort.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.forecast.RunForecast;
import reassort.domain.SeriesKey;
import reassort.engine.forecast.AdjustedForecast;
import reassort.store.ForecastRun;
import reassort.store.OverrideKind;
import reassort.store.PlannerOverride;

/** {@code reassort forecast-override}: a planner's change to one series' forecast, kept across forecast runs. */
@Command(
        name = "forecast-override",
        mixinStandardHelpOptions = true,
        description = "Overrides the forecast of one SKU × location × channel over a range of weeks (a value per "
                + "week or a percent change, with a reason). Overrides survive every new forecast run.")
public final class ForecastOverrideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "SKU")
    String sku;

    @Parameters(index = "1", paramLabel = "LOCATION")
    String location;

    @Parameters(index = "2", paramLabel = "CHANNEL")
    String channel;

    @Parameters(index = "3", paramLabel = "FROM", description = "A day of the first week covered (yyyy-MM-dd).")
    LocalDate from;

    @Parameters(index = "4", paramLabel = "TO", description = "A day of the last week covered (yyyy-MM-dd).")
    LocalDate to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Amount amount;

    static final class Amount {
        @Option(names = "--value", paramLabel = "UNITS", description = "Units per week.")
        Double units;

        @Option(names = "--percent", paramLabel = "PCT", description = "Change in percent (+20, -50).")
        Double percent;
    }

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (reviewed later).")
    String reason;

    @Override
    public Integer call() {
        SeriesKey key;
        try {
            key = new SeriesKey(sku, location, channel);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage(), 2);
        }
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            RunForecast forecasts = workspace.forecasts();
            PlannerOverride saved;
            try {
                saved = amount.units != null
                        ? forecasts.addOverride(key, from, to, OverrideKind.UNITS, amount.units, reason)
                        : forecasts.addOverride(key, from, to, OverrideKind.PERCENT, amount.percent, reason);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(e.getMessage(), 2);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "Override %d saved for %s, weeks of %s to %s: %s (%s).%n", saved.id(), key,
                    saved.fromWeek(), saved.toWeek(), saved.kind() == OverrideKind.UNITS
                            ? String.format(Locale.ROOT, "%s units a week", amount.units)
                            : String.format(Locale.ROOT, "%+.1f %%", amount.percent), saved.reason());
            var adjusted = forecasts.adjustedForecast(key);
            var run = forecasts.latestRun();
            if (adjusted.isEmpty() || run.isEmpty()) {
                o.println("The latest forecast run has no forecast of this series yet; the override applies once "
                        + "one does (run reassort forecast).");
            } else {
                print(o, run.get(), adjusted.get());
            }
            return 0;
        }
    }

    private static void print(PrintWriter o, ForecastRun run, AdjustedForecast adjusted) {
        double[] statistical = adjusted.statistical();
        double[] finals = adjusted.adjusted();
        o.println("week        statistical     final");
        for (int k = 0; k < statistical.length; k++) {
            o.printf(Locale.ROOT, "%s %11.2f %9.2f%s%n", run.firstWeek().plusWeeks(k), statistical[k], finals[k],
                    adjusted.isOverridden(adjusted.firstPeriod() + k) ? "  *" : "");
        }
    }
}
