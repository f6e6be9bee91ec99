package reassort.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import reassort.app.allocation.AllocationSummary;
import reassort.app.allocation.RunAllocation;
import reassort.app.forecast.NoSalesException;
import reassort.engine.allocation.AllocationRules;
import reassort.engine.allocation.ChannelBuffer;
import reassort.engine.allocation.PresentationMinimum;
import reassort.store.StoredTransfer;

/** {@code reassort allocate}: shares scarce stock between stores and channels, proposes transfers; or explains one. */
@Command(
        name = "allocate",
        mixinStandardHelpOptions = true,
        description = "Shares each warehouse's stock and inbound receipts between the stores' replenishment needs and its "
                + "web and marketplace channels (channel priorities, presentation minimums, fair share on days of cover), "
                + "proposes transfers from overstocked stores to locations at risk, and stores both as proposals. "
                + "With --explain, prints how the allocations and transfers of one SKU at one location were computed and "
                + "what each channel may promise there.")
public final class AllocateCommand implements Callable<Integer> {
    private static final int TRANSFERS_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Allocation rules CSV (docs/allocation.md) to store and use from now on.")
    Path rulesFile;

    @Option(names = "--default-rules", description = "Drop the stored rules: the defaults apply again.")
    boolean defaultRules;

    @Option(names = "--plan", description = "Plan replenishment first (forecasting when no forecast is stored).")
    boolean plan;

    @Option(names = "--explain", arity = "2", paramLabel = "SKU LOCATION",
            description = "Print the stored allocations and transfers of SKU at LOCATION, step by step, and its "
                    + "availability per channel (no allocation run).")
    List<String> explain;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        if (rulesFile != null && !Files.isRegularFile(rulesFile)) {
            throw new CliFailure("The rules file " + rulesFile + " does not exist. Maybe check the path, or start from "
                    + "data-samples/allocation/allocation-rules.csv.");
        }
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            RunAllocation allocation = workspace.allocations();
            PrintWriter out = spec.commandLine().getOut();
            try {
                if (defaultRules) allocation.resetRules();
                if (rulesFile != null) {
                    AllocationRules rules = allocation.importRules(rulesFile);
                    out.printf(Locale.ROOT, "Rules from %s stored: %s%n", rulesFile.getFileName(), describe(rules));
                }
                if (explain != null) return explain(workspace, allocation, explain.get(0).strip(), explain.get(1).strip());
                if (plan || workspace.plans().latestRun().isEmpty()) {
                    workspace.plans().run(false, CliProgress.to(spec.commandLine().getErr(), quiet));
                }
                AllocationSummary summary = allocation.run(CliProgress.to(spec.commandLine().getErr(), quiet));
                print(summary, workspace.storeDescription(), allocation.rules());
                printTransfers(allocation.transfers());
                return 0;
            } catch (NoSalesException e) {
                throw new CliFailure(e.getMessage());
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new CliFailure("The allocation could not be made: " + e.getMessage());
            }
        }
    }

    private int explain(Workspace workspace, RunAllocation allocation, String sku, String location) {
        if (allocation.latestRun().isEmpty()) {
            throw new CliFailure("No allocation in " + workspace.storeDescription() + " yet. Maybe run `reassort allocate` first.");
        }
        String text = allocation.explain(sku, location);
        if (text.isEmpty()) {
            throw new CliFailure("Nothing allocated, transferred or held for SKU " + sku + " at " + location + " in "
                    + workspace.storeDescription() + ". Maybe check the codes.");
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void print(AllocationSummary s, String storeDescription, AllocationRules rules) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Allocation run %d in %s as of %s from plan run %d (%s): %,d SKU × sources, %,d short of "
                + "supply; %,d allocation lines.%n", s.runId(), storeDescription, s.asOf(), s.planRunId(), s.rulesSource(),
                s.sources(), s.scarce(), s.lines());
        o.printf(Locale.ROOT, "Rules: %s%n", describe(rules));
        o.printf(Locale.ROOT, "Allocated %s of %s units needed (%.1f %%).%n", units(s.allocatedUnits()), units(s.neededUnits()),
                s.neededUnits() > 0 ? 100 * s.allocatedUnits() / s.neededUnits() : 100.0);
        AllocationSummary.NettingTotals n = s.netting();
        o.printf(Locale.ROOT, "Planner decisions netted: %,d edited/approved/exported lines hold %s units, %,d rejected lines "
                + "free %s units for the others.%n", n.heldLines(), units(n.heldUnits()), n.rejectedLines(), units(n.freedUnits()));
        if (n.overSupplySources() > 0) {
            o.printf(Locale.ROOT, "Warning: on %,d SKU × sources planner decisions hold %s units more than the supply: their "
                    + "undecided lines get 0.%n", n.overSupplySources(), units(n.overSupplyUnits()));
        }
        o.println("By channel (lines, needed, allocated, share):");
        for (Map.Entry<String, AllocationSummary.ChannelTotal> e : s.byChannel().entrySet()) {
            AllocationSummary.ChannelTotal t = e.getValue();
            o.printf(Locale.ROOT, "  %-8s %8d %12s %12s %6.1f %%%n", e.getKey(), t.lines(), units(t.needed()),
                    units(t.allocated()), t.needed() > 0 ? 100 * t.allocated() / t.needed() : 100.0);
        }
        o.printf(Locale.ROOT, "Transfers proposed: %,d (%s units, net benefit %.2f).%n", s.transfers(), units(s.transferUnits()),
                s.transferNetBenefit());
        o.println("Explain one: reassort allocate --explain SKU LOCATION");
        o.printf(Locale.ROOT, "sources=%d scarce=%d lines=%d needed=%.0f allocated=%.0f transfers=%d elapsed_ms=%d%n",
                s.sources(), s.scarce(), s.lines(), s.neededUnits(), s.allocatedUnits(), s.transfers(), s.elapsedMillis());
        o.printf(Locale.ROOT, "netting held_lines=%d held=%.0f rejected_lines=%d freed=%.0f over_supply_sources=%d "
                + "over_supply=%.0f%n", n.heldLines(), n.heldUnits(), n.rejectedLines(), n.freedUnits(), n.overSupplySources(),
                n.overSupplyUnits());
    }

    private void printTransfers(List<StoredTransfer> transfers) {
        PrintWriter o = spec.commandLine().getOut();
        transfers.stream().sorted(java.util.Comparator.comparingDouble((StoredTransfer t) -> t.cost() - t.benefit()))
                .limit(TRANSFERS_SHOWN).forEach(t -> o.printf(Locale.ROOT, "  transfer %-10s %-14s → %-14s %6s units  "
                        + "benefit %8.2f  cost %7.2f  %s%n", t.sku(), t.from(), t.to(), units(t.effectiveQuantity()),
                        t.benefit(), t.cost(), t.status()));
    }

    static String describe(AllocationRules rules) {
        StringBuilder b = new StringBuilder();
        for (ChannelBuffer buffer : rules.buffers()) b.append(buffer.describe()).append("; ");
        for (PresentationMinimum m : rules.minimums()) {
            b.append("presentation minimum ").append(units(m.units())).append(" (").append(m.scope()).append("); ");
        }
        b.append("priorities ").append(new java.util.TreeMap<>(rules.channelPriorities())).append("; fair share ")
                .append(rules.fairShare()).append("; transfer cost ").append(units(rules.transferCost().perTransfer()))
                .append(" + ").append(rules.transferCost().perUnit()).append("/unit, at least ")
                .append(units(rules.transferCost().minimumUnits())).append(" units; overstock beyond ")
                .append(units(rules.overstockCoverDays())).append(" days of cover");
        return b.toString();
    }

    private static String units(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.2f", value);
    }
}
