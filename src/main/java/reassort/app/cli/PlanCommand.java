package reassort.app.cli;

import java.io.PrintWriter;
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
import reassort.app.forecast.NoSalesException;
import reassort.app.plan.PlanSummary;
import reassort.store.StoredProposal;

/** {@code reassort plan}: forecast → policy → proposals stored; or the explanation of one stored proposal. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Plans replenishment of every SKU × location from the latest forecast (safety stock, policy, "
                + "order proposal), stores the proposals with their explanations and prints a summary. "
                + "Planners' edits in the store are kept. With --explain, prints how one stored proposal was computed.")
public final class PlanCommand implements Callable<Integer> {
    private static final int SOURCES_SHOWN = 15;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--forecast", description = "Forecast every series first, even when a forecast run is stored.")
    boolean forecast;

    @Option(names = "--explain", arity = "2", paramLabel = "SKU LOCATION",
            description = "Print the step-by-step explanation of the stored proposal of SKU at LOCATION (no planning).")
    List<String> explain;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            if (explain != null) return explain(workspace, explain.get(0).strip(), explain.get(1).strip());
            PlanSummary summary;
            try {
                summary = workspace.plans().run(forecast, CliProgress.to(spec.commandLine().getErr(), quiet));
            } catch (NoSalesException e) {
                throw new CliFailure(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new CliFailure("The plan could not be made: " + e.getMessage());
            }
            print(summary, workspace.storeDescription());
            return 0;
        }
    }

    private int explain(Workspace workspace, String sku, String location) {
        StoredProposal p;
        try {
            p = workspace.plans().proposal(sku, location).orElseThrow(() -> new CliFailure(
                    "No stored proposal for SKU " + sku + " at " + location + " in " + workspace.storeDescription()
                            + ". Maybe check the codes, or run `reassort plan` first."));
        } catch (IllegalStateException unreadable) {
            throw new CliFailure(unreadable.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(p.explanation());
        o.printf(Locale.ROOT, "Status %s (plan run %d)%n", p.status(), p.planRunId());
        if (p.isEdited()) {
            o.printf(Locale.ROOT, "Planner's edit: %s units, order on %s — %s (recomputed: %s units on %s)%n",
                    units(p.effectiveQuantity()), p.effectiveOrderDate(), p.editReason(), units(p.quantity()),
                    p.orderDate());
        }
        return 0;
    }

    private void print(PlanSummary s, String storeDescription) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Plan run %d in %s as of %s from forecast run %d%s: %,d SKU × locations planned, "
                + "%,d with an order.%n", s.planRunId(), storeDescription, s.asOf(), s.forecastRunId(),
                s.forecastRan() ? " (just made)" : "", s.items(), s.orderLines());
        if (s.skipped() > 0) {
            o.printf(Locale.ROOT, "Not planned: %,d SKU × locations, e.g. %s.%n", s.skipped(), String.join("; ", s.skipReasons()));
        }
        o.printf(Locale.ROOT, "Proposed: %s units, value %.2f.%n", units(s.totalUnits()), s.totalValue());
        o.println("By source (order lines, units, value):");
        int shown = 0;
        for (Map.Entry<String, PlanSummary.SourceTotal> e : s.bySupplier().entrySet()) {
            if (shown++ == SOURCES_SHOWN) {
                o.printf(Locale.ROOT, "  … and %d more sources%n", s.bySupplier().size() - SOURCES_SHOWN);
                break;
            }
            o.printf(Locale.ROOT, "  %-16s %8d lines %12s units %14.2f%n", e.getKey(), e.getValue().lines(),
                    units(e.getValue().units()), e.getValue().value());
        }
        o.print("Safety-stock methods:");
        s.methods().forEach((method, count) -> o.printf(Locale.ROOT, " %s %,d;", method, count));
        o.println();
        if (s.flags().isEmpty()) o.println("Flags: none.");
        else {
            o.println("Flags (proposals):");
            s.flags().forEach((flag, count) -> o.printf(Locale.ROOT, "  %,8d  %s%n", count, flag));
        }
        o.println("Explain one: reassort plan --explain SKU LOCATION");
        o.printf(Locale.ROOT, "items=%d order_lines=%d units=%.0f value=%.2f elapsed_ms=%d%n", s.items(), s.orderLines(),
                s.totalUnits(), s.totalValue(), s.elapsedMillis());
    }

    private static String units(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.2f", value);
    }
}
