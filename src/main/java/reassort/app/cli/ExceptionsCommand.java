package reassort.app.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.engine.kpi.ExceptionItem;
import reassort.engine.kpi.ExceptionSettings;
import reassort.engine.kpi.ExceptionType;

/** {@code reassort exceptions}: what a planner should look at first. */
@Command(
        name = "exceptions",
        mixinStandardHelpOptions = true,
        description = "Lists the exceptions, most severe first: stockout risk before the next receipt, overstock, "
                + "forecast far from recent sales, supplier order lines past their date, data problems. "
                + "Definitions: docs/insight.md.")
public final class ExceptionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: stockout_risk, overstock, "
            + "forecast_vs_sales, supplier_drift or data_problem.")
    String type;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Print at most N exceptions (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Option(names = "--overstock-weeks", paramLabel = "WEEKS", defaultValue = "26",
            description = "Cover beyond which stock is overstock (default: ${DEFAULT-VALUE}).")
    double overstockWeeks;

    @Option(names = "--forecast-ratio", paramLabel = "RATIO", defaultValue = "2",
            description = "Forecast ÷ recent sales (or its inverse) beyond which they are far apart "
                    + "(default: ${DEFAULT-VALUE}).")
    double forecastRatio;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        ExceptionType only = type == null ? null : parse(type);
        if (limit < 0) throw new CliFailure("--limit " + limit + " must be 0 (all) or more.", 2);
        ExceptionSettings settings;
        try {
            settings = ExceptionSettings.defaults().withOverstockWeeks(overstockWeeks).withForecastRatio(forecastRatio);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage(), 2);
        }
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            List<ExceptionItem> all = workspace.insights().exceptions(settings,
                    CliProgress.to(spec.commandLine().getErr(), quiet));
            Map<ExceptionType, Long> counts = new EnumMap<>(ExceptionType.class);
            for (ExceptionItem e : all) counts.merge(e.type(), 1L, Long::sum);
            List<ExceptionItem> shown = all.stream().filter(e -> only == null || e.type() == only)
                    .limit(limit == 0 ? Long.MAX_VALUE : limit).toList();
            long matching = only == null ? all.size() : counts.getOrDefault(only, 0L);
            PrintWriter o = spec.commandLine().getOut();
            StringBuilder byType = new StringBuilder();
            for (ExceptionType t : ExceptionType.values()) {
                if (byType.length() > 0) byType.append(", ");
                byType.append(t.name().toLowerCase(Locale.ROOT)).append(' ').append(counts.getOrDefault(t, 0L));
            }
            o.printf(Locale.ROOT, "%d exceptions (%s); showing %d.%n", all.size(), byType, shown.size());
            o.printf(Locale.ROOT, "%-8s %-18s %-30s %s%n", "severity", "type", "item", "why");
            for (ExceptionItem e : shown) {
                String item = e.item().length() > 30 ? e.item().substring(0, 29) + "…" : e.item();
                o.printf(Locale.ROOT, "%-8s %-18s %-30s %s%n", e.severity(), e.type().name().toLowerCase(Locale.ROOT),
                        item, e.explanation());
            }
            if (shown.size() < matching) {
                o.printf(Locale.ROOT, "… %d more; use --limit 0 for all.%n", matching - shown.size());
            }
            return 0;
        }
    }

    private static ExceptionType parse(String text) {
        try {
            return ExceptionType.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--type " + text + " is unknown. Use stockout_risk, overstock, forecast_vs_sales, "
                    + "supplier_drift or data_problem.", 2);
        }
    }
}
