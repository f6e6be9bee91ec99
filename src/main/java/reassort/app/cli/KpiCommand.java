package reassort.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.engine.kpi.KpiReport;

/** {@code reassort kpi}: the KPI dashboard as tables. */
@Command(
        name = "kpi",
        mixinStandardHelpOptions = true,
        description = "Prints the planners' KPIs as of the latest stock snapshot: availability and stockout rate per "
                + "channel and category with the lost-sales estimate, stock value, days of cover and turnover per "
                + "channel and location, supplier on-time rate of open order lines, forecast accuracy and bias. "
                + "Definitions: docs/insight.md.")
public final class KpiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            KpiReport report = workspace.insights().kpis(CliProgress.to(spec.commandLine().getErr(), quiet));
            print(report, spec.commandLine().getOut());
            return 0;
        }
    }

    static void print(KpiReport r, PrintWriter o) {
        o.printf(Locale.ROOT, "KPIs as of %s, measured over %d weeks from %s.%n", r.asOf(), r.weeks(), r.windowFrom());
        o.printf(Locale.ROOT, "%nAvailability (share of SKU × location × channel weeks with stock on hand)%n");
        o.printf(Locale.ROOT, "%-22s %8s %10s %10s %10s %12s %14s%n", "group", "series", "weeks", "available",
                "stockout", "lost units", "lost value");
        availability(o, r.availabilityByChannel(), "channel ");
        availability(o, r.availabilityByCategory(), "category ");
        availability(o, List.of(r.totalAvailability()), "");
        o.printf(Locale.ROOT, "%nStock at cost (latest snapshot)%n");
        o.printf(Locale.ROOT, "%-22s %8s %12s %14s %12s %10s%n", "group", "items", "units", "value", "days cover",
                "turnover");
        stock(o, r.stockByChannel(), "channel ");
        stock(o, r.stockByLocation(), "location ");
        stock(o, r.stockByCategory(), "category ");
        stock(o, List.of(r.totalStock()), "");
        o.printf(Locale.ROOT, "%nSuppliers (open order lines; the store records no receipts)%n");
        o.printf(Locale.ROOT, "%-22s %10s %10s %10s %14s%n", "supplier", "open lines", "overdue", "on time",
                "days overdue");
        for (KpiReport.SupplierPunctuality s : r.suppliers()) {
            o.printf(Locale.ROOT, "%-22s %10d %10d %10s %14s%n", s.supplier(), s.openLines(), s.overdueLines(),
                    percent(s.onTimeRate()), Double.isNaN(s.meanDaysOverdue()) ? "-"
                            : String.format(Locale.ROOT, "%.1f (max %d)", s.meanDaysOverdue(), s.maxDaysOverdue()));
        }
        o.printf(Locale.ROOT, "%nForecast accuracy (rolling-origin validation of the latest run)%n");
        o.printf(Locale.ROOT, "%-22s %8s %10s %10s %10s%n", "group", "series", "MASE", "wMAPE", "bias");
        for (KpiReport.Accuracy a : concat(r.accuracyByChannel(), r.totalAccuracy())) {
            o.printf(Locale.ROOT, "%-22s %8d %10s %10s %10s%n", label(a.group(), "channel "), a.series(),
                    number(a.meanMase(), 3), number(a.wmape(), 1) + (Double.isNaN(a.wmape()) ? "" : " %"),
                    (Double.isNaN(a.bias()) ? "-" : String.format(Locale.ROOT, "%+.1f %%", a.bias())));
        }
    }

    private static void availability(PrintWriter o, List<KpiReport.Availability> rows, String prefix) {
        for (KpiReport.Availability a : rows) {
            o.printf(Locale.ROOT, "%-22s %8d %10d %10s %10s %12.0f %14.2f%n", label(a.group(), prefix), a.series(),
                    a.observedWeeks(), percent(a.rate()), percent(a.stockoutRate()), a.lostUnits(), a.lostValue());
        }
    }

    private static void stock(PrintWriter o, List<KpiReport.StockFigures> rows, String prefix) {
        for (KpiReport.StockFigures s : rows) {
            o.printf(Locale.ROOT, "%-22s %8d %12.0f %14.2f %12s %10s%n", label(s.group(), prefix), s.items(),
                    s.stockUnits(), s.stockValue(), number(s.daysOfCover(), 1), number(s.turnover(), 2));
        }
    }

    private static <T> List<T> concat(List<T> rows, T total) {
        List<T> all = new java.util.ArrayList<>(rows);
        all.add(total);
        return all;
    }

    private static String label(String group, String prefix) {
        String text = KpiReport.TOTAL.equals(group) ? "TOTAL" : prefix + group;
        return text.length() > 22 ? text.substring(0, 21) + "…" : text;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "-";
    }
}
