package reassort.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.allocation.AllocationComparison;
import reassort.app.scenario.EstimatedEffect;
import reassort.app.scenario.ScenarioResult;
import reassort.app.scenario.Scenarios;
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.engine.scenario.Estimate;
import reassort.engine.scenario.ScenarioComparison;
import reassort.store.ScenarioChange;
import reassort.store.StoredScenario;

/** {@code reassort scenario run|list|promote|delete}: what-if promotion scenarios over the plan. */
@Command(
        name = "scenario",
        mixinStandardHelpOptions = true,
        description = "What-if promotion scenarios over the current plan: run one from a promotion file and print "
                + "its comparison with the baseline, list the saved ones, promote one into the plan, delete one.",
        subcommands = {ScenarioCommand.Run.class, ScenarioCommand.ListScenarios.class, ScenarioCommand.Promote.class,
                ScenarioCommand.Delete.class})
public final class ScenarioCommand implements Callable<Integer> {
    private static final int CHANGES_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Runs the promotions of FILE (the PROMOTIONS import's columns: Code, Name, SKU, Category, "
                    + "Channels, Location, Start, End, Discount %, Mechanic) against the plan and prints the "
                    + "comparison. With --name the scenario is saved (replacing one of that name).")
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Option(names = "--promotions", required = true, paramLabel = "FILE", description = "Promotion file (CSV, XLSX, XLS).")
        Path file;

        @Option(names = "--name", paramLabel = "NAME", description = "Save the scenario under this name.")
        String name;

        @Option(names = "--uplift", paramLabel = "FACTOR",
                description = "Expected uplift of every promotion (1.5 = +50 %%); default: estimated from past promotions.")
        Double uplift;

        @Option(names = "--dip", paramLabel = "SHARE",
                description = "Post-promotion dip (0.1 = 10 %% less); default: estimated from past promotions.")
        Double dip;

        @Option(names = "--dip-weeks", paramLabel = "WEEKS", defaultValue = "1", description = "Weeks the dip lasts (default 1).")
        int dipWeeks;

        @Option(names = "--cannibalisation", paramLabel = "SHARE", defaultValue = "0",
                description = "Share of a SKU promotion's extra units taken from its category's other SKUs (default 0).")
        double cannibalisation;

        @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
        boolean quiet;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new CliFailure("Promotion file " + file + " does not exist. Maybe check the path.");
            }
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                ProgressListener progress = CliProgress.to(spec.commandLine().getErr(), quiet);
                Scenarios scenarios = workspace.scenarios();
                ScenarioResult result;
                try {
                    List<Promotion> promotions = scenarios.readPromotions(file, progress);
                    List<ScenarioChange> changes = new ArrayList<>();
                    for (Promotion p : promotions) {
                        changes.add(new ScenarioChange(p, uplift == null ? Double.NaN : uplift,
                                dip == null ? Double.NaN : dip, dipWeeks, cannibalisation));
                    }
                    if (name == null) {
                        result = scenarios.runUnsaved(file.getFileName().toString(), changes, progress);
                    } else {
                        StoredScenario saved = scenarios.find(name)
                                .map(existing -> scenarios.edit(existing.id(), changes))
                                .orElseGet(() -> scenarios.create(name, changes));
                        result = scenarios.run(saved.id(), progress);
                    }
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new CliFailure("The scenario could not run: " + e.getMessage());
                }
                print(spec.commandLine().getOut(), result);
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the saved scenarios.")
    static final class ListScenarios implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                PrintWriter o = spec.commandLine().getOut();
                List<StoredScenario> all = workspace.scenarios().list();
                if (all.isEmpty()) o.println("No scenario saved. Make one: reassort scenario run --promotions FILE --name NAME");
                for (StoredScenario s : all) {
                    o.printf(Locale.ROOT, "%-30s %2d promotion(s)  %s%n", s.name(), s.changes().size(),
                            s.lastSummary() == null ? "(not run since last change)" : s.lastSummary());
                }
                return 0;
            }
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = "Reruns scenario NAME and makes its proposals the planner's: each proposal it changes is "
                    + "edited with the reason \"Scenario NAME\" and audited as PROMOTE. Prints the scenario's allocation; "
                    + "the stored allocation changes when `reassort allocate` is rerun.")
    static final class Promote implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
        boolean quiet;

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                Scenarios scenarios = workspace.scenarios();
                StoredScenario scenario = scenarios.find(name).orElseThrow(() -> new CliFailure("No scenario named \""
                        + name + "\". See them with `reassort scenario list`."));
                Scenarios.Promoted promoted;
                try {
                    promoted = scenarios.promote(scenario.id(), CliProgress.to(spec.commandLine().getErr(), quiet));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new CliFailure("Scenario \"" + name + "\" could not be promoted: " + e.getMessage());
                }
                PrintWriter o = spec.commandLine().getOut();
                o.printf(Locale.ROOT, "Scenario %s promoted: %d proposal(s) edited (reason \"Scenario %s\", audited as %s)%s.%n",
                        promoted.name(), promoted.proposalsChanged(), promoted.name(), Scenarios.PROMOTE_ACTION,
                        promoted.notInPlan() == 0 ? "" : "; " + promoted.notInPlan()
                                + " not in the stored plan (run `reassort plan` and promote again)");
                allocation(o, promoted.result().allocation());
                o.println("The stored allocation is not changed: rerun `reassort allocate` to share the warehouses' stock "
                        + "with the promoted proposals (the scenario's extra channel demand this week is not in the stored "
                        + "forecast, so the rerun serves the web and marketplace as the plan does).");
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes (discards) scenario NAME.")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                StoredScenario scenario = workspace.scenarios().find(name).orElseThrow(() -> new CliFailure(
                        "No scenario named \"" + name + "\". See them with `reassort scenario list`."));
                workspace.scenarios().delete(scenario.id());
                spec.commandLine().getOut().printf(Locale.ROOT, "Scenario %s deleted.%n", scenario.name());
                return 0;
            }
        }
    }

    static void print(PrintWriter o, ScenarioResult r) {
        ScenarioComparison c = r.comparison();
        o.printf(Locale.ROOT, "Scenario %s: %d SKU × locations replanned, %d affected, %d weeks from %s, %d Monte Carlo runs each.%n",
                r.name(), c.itemsPlanned(), c.itemsAffected(), c.weeks(), c.firstDay(), c.replications());
        o.println("Promotion effects (uplift [90 % interval], dip, basis):");
        for (EstimatedEffect e : r.effects()) {
            o.printf(Locale.ROOT, "  %-12s %-6s %-20s x%.2f [%.2f–%.2f]  dip %.0f %% × %d wk  %s%s%n", e.promotionCode(),
                    e.channel(), e.category(), e.effect().uplift(), e.effect().upliftLow(), e.effect().upliftHigh(),
                    100 * e.effect().postPromotionDip(), e.effect().dipWeeks(), e.effect().basis(),
                    e.fit().isEmpty() ? "" : " (" + e.fit() + ")");
        }
        o.println("Per channel          units base → scen (extra)        revenue base → scen (extra)     cycle service base / scen / unplanned [scen 90 %]");
        for (ScenarioComparison.ChannelComparison ch : c.channels()) {
            o.printf(Locale.ROOT, "  %-8s %10.0f → %10.0f (%+9.0f)  %12.2f → %12.2f (%+11.2f)  %s / %s / %s %s%n", ch.channel(),
                    ch.baselineUnits(), ch.scenarioUnits(), ch.extraUnits(), ch.baselineRevenue(), ch.scenarioRevenue(),
                    ch.extraRevenue(), pct(ch.baselineService()), pct(ch.scenarioService()), pct(ch.unplannedService()),
                    interval(ch.scenarioService()));
        }
        o.println("Totals                      baseline        scenario   unplanned (baseline orders, scenario demand)");
        side(o, "units (forecast)", c.baseline().units(), c.scenario().units(), c.unplanned().units(), "%.0f");
        side(o, "revenue", c.baseline().revenue(), c.scenario().revenue(), c.unplanned().revenue(), "%.2f");
        side(o, "proposed now (units)", c.baseline().proposedUnits(), c.scenario().proposedUnits(), Double.NaN, "%.0f");
        side(o, "proposed now (value)", c.baseline().proposedValue(), c.scenario().proposedValue(), Double.NaN, "%.2f");
        side(o, "ordered over period", c.baseline().orderedUnits().mean(), c.scenario().orderedUnits().mean(),
                c.unplanned().orderedUnits().mean(), "%.0f");
        side(o, "stock value at end", c.baseline().stockValueAtEnd().mean(), c.scenario().stockValueAtEnd().mean(),
                c.unplanned().stockValueAtEnd().mean(), "%.2f");
        side(o, "days of cover at end", c.baseline().daysOfCover().mean(), c.scenario().daysOfCover().mean(),
                c.unplanned().daysOfCover().mean(), "%.1f");
        side(o, "stockout item-weeks", c.baseline().stockoutWeeks().mean(), c.scenario().stockoutWeeks().mean(),
                c.unplanned().stockoutWeeks().mean(), "%.1f");
        side(o, "cycle service %", 100 * c.baseline().cycleService().mean(), 100 * c.scenario().cycleService().mean(),
                100 * c.unplanned().cycleService().mean(), "%.1f");
        side(o, "fill rate %", 100 * c.baseline().fillRate().mean(), 100 * c.scenario().fillRate().mean(),
                100 * c.unplanned().fillRate().mean(), "%.1f");
        o.println("Extra stock to buy per week (projected mean units, value):");
        for (ScenarioComparison.WeekOrders w : c.orders()) {
            if (Math.abs(w.extraUnits()) < 0.5) continue;
            o.printf(Locale.ROOT, "  week of %s  %+10.0f units  %+12.2f%n", w.weekStart(), w.extraUnits(),
                    w.scenarioValue() - w.baselineValue());
        }
        o.printf(Locale.ROOT, "Proposals changed: %d%n", c.changes().size());
        int shown = 0;
        for (ScenarioComparison.ItemChange ch : c.changes()) {
            if (shown++ == CHANGES_SHOWN) {
                o.printf(Locale.ROOT, "  … and %d more%n", c.changes().size() - CHANGES_SHOWN);
                break;
            }
            o.printf(Locale.ROOT, "  %-12s %-12s %8.0f on %s → %8.0f on %s%n", ch.sku(), ch.location(),
                    ch.baselineQuantity(), ch.baselineOrderDate(), ch.scenarioQuantity(), ch.scenarioOrderDate());
        }
        allocation(o, r.allocation());
        o.printf(Locale.ROOT, "scenario=%s affected=%d changed=%d extra_units=%.0f extra_revenue=%.2f elapsed_ms=%d%n",
                r.name(), c.itemsAffected(), c.changes().size(), c.extraUnits(), c.extraRevenue(), r.elapsedMillis());
    }

    /** The scenario's allocation against the plan's, or why there is none. */
    static void allocation(PrintWriter o, AllocationComparison a) {
        if (!a.computed()) {
            o.printf(Locale.ROOT, "Allocation not computed: %s.%n", a.notComputed());
            o.println("allocation=not_computed");
            return;
        }
        o.printf(Locale.ROOT, "Allocation of the %d affected SKU(s) (%s): SKU × sources %d → %d, short of supply %d → %d%n",
                a.skus(), a.rulesSource(), a.baselineSources(), a.scenarioSources(), a.baselineScarce(), a.scenarioScarce());
        o.println("  channel       need base → scen     allocated base → scen (extra)   shortfall base → scen   fill base → scen");
        for (AllocationComparison.ChannelRow ch : a.channels()) {
            o.printf(Locale.ROOT, "  %-8s %9.0f → %9.0f   %9.0f → %9.0f (%+7.0f)   %9.0f → %9.0f   %5.1f %% → %5.1f %%%n",
                    ch.channel(), ch.baselineNeed(), ch.scenarioNeed(), ch.baselineAllocated(), ch.scenarioAllocated(),
                    ch.extraAllocated(), ch.baselineShortfall(), ch.scenarioShortfall(), 100 * ch.baselineFill(),
                    100 * ch.scenarioFill());
        }
        o.println("  per location: allocated base → scen (extra), locations that change");
        int shown = 0;
        for (AllocationComparison.LocationRow l : a.locations()) {
            if (l.extraAllocated() == 0) continue;
            if (shown++ == CHANGES_SHOWN) {
                o.println("    …");
                break;
            }
            o.printf(Locale.ROOT, "    %-12s %9.0f → %9.0f (%+7.0f)%n", l.location(), l.baselineAllocated(),
                    l.scenarioAllocated(), l.extraAllocated());
        }
        o.printf(Locale.ROOT, "  transfers: %d (%.0f units) → %d (%.0f units); added %d (%.0f units), dropped %d%n",
                a.baselineTransfers().count(), a.baselineTransfers().units(), a.scenarioTransfers().count(),
                a.scenarioTransfers().units(), a.transfersAdded(), a.transferUnitsAdded(), a.transfersDropped());
        o.printf(Locale.ROOT, "  allocation lines changed: %d%n", a.changes().size());
        shown = 0;
        for (AllocationComparison.LineChange l : a.changes()) {
            if (shown++ == CHANGES_SHOWN) {
                o.printf(Locale.ROOT, "    … and %d more%n", a.changes().size() - CHANGES_SHOWN);
                break;
            }
            o.printf(Locale.ROOT, "    %-12s %-8s → %-12s %-6s %8.0f → %8.0f (need %.0f → %.0f)%n", l.sku(), l.source(),
                    l.location(), l.channel(), l.baselineQuantity(), l.scenarioQuantity(), l.baselineNeed(),
                    l.scenarioNeed());
        }
        o.printf(Locale.ROOT, "allocation=computed allocated=%.0f→%.0f shortfall=%.0f→%.0f lines_changed=%d "
                + "transfers_added=%d%n", a.baselineAllocated(), a.scenarioAllocated(), a.baselineShortfall(),
                a.scenarioShortfall(), a.changes().size(), a.transfersAdded());
    }

    private static void side(PrintWriter o, String label, double base, double scen, double unplanned, String format) {
        String f = "  %-22s " + format.replace("%", "%14") + " " + format.replace("%", "%15") + " %s%n";
        o.printf(Locale.ROOT, f, label, base, scen,
                Double.isNaN(unplanned) ? "" : String.format(Locale.ROOT, format.replace("%", "%11"), unplanned));
    }

    private static String pct(Estimate e) {
        return e.known() ? String.format(Locale.ROOT, "%.1f %%", 100 * e.mean()) : "–";
    }

    private static String interval(Estimate e) {
        return e.known() ? String.format(Locale.ROOT, "[%.1f–%.1f]", 100 * e.low(), 100 * e.high()) : "";
    }
}
