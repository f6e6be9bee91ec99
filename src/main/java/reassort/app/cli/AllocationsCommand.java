package reassort.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.allocation.AllocationFilter;
import reassort.app.allocation.AllocationReview;
import reassort.app.allocation.AllocationReview.AllocationTotals;
import reassort.store.AllocationEdit;
import reassort.store.AllocationKey;
import reassort.store.AuditEntry;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;

/**
 * {@code reassort allocations …}: the planner's review of the stored allocation proposals without a window — list,
 * edit, approve, reject, reset and the audit trail, one allocation or every one a selection matches.
 */
@Command(
        name = "allocations",
        mixinStandardHelpOptions = true,
        description = "Lists, edits, approves, rejects or resets the stored allocation proposals (SKU × location × channel "
                + "from a warehouse), and prints their audit trail. Every change is kept across new allocation runs and "
                + "recorded (who, when, old, new, reason).",
        subcommands = {AllocationsCommand.ListAllocations.class, AllocationsCommand.Edit.class,
            AllocationsCommand.Approve.class, AllocationsCommand.Reject.class, AllocationsCommand.Reset.class,
            AllocationsCommand.History.class})
public final class AllocationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Which allocations a list or a bulk command touches. */
    static final class Selection {
        @Option(names = "--status", split = ",", paramLabel = "STATUS",
                description = "Only these statuses (PROPOSED, EDITED, APPROVED, REJECTED, EXPORTED).")
        Set<ProposalStatus> statuses;

        @Option(names = "--sku", paramLabel = "CODE", description = "Only allocations of this SKU.")
        String sku;

        @Option(names = "--location", paramLabel = "CODE", description = "Only allocations to this location.")
        String location;

        @Option(names = "--channel", paramLabel = "CODE", description = "Only allocations to this channel (STORE, WEB, …).")
        String channel;

        @Option(names = "--source", paramLabel = "CODE", description = "Only allocations from this warehouse or hub.")
        String source;

        @Option(names = "--scarce", description = "Only SKUs whose source cannot cover every need.")
        boolean scarce;

        @Option(names = "--short", description = "Only allocations below their need (the location is at risk).")
        boolean shortOnly;

        AllocationFilter filter() {
            return new AllocationFilter(statuses, sku, location, channel, source, scarce, shortOnly);
        }

        boolean isEmpty() {
            return statuses == null && sku == null && location == null && channel == null && source == null && !scarce
                    && !shortOnly;
        }
    }

    /** One allocation by its codes, or every allocation a selection matches. */
    static final class Target {
        @Option(names = "--item", arity = "3", paramLabel = "SKU LOCATION CHANNEL", hideParamSyntax = true,
                description = "The allocation of SKU to LOCATION and CHANNEL (repeat for several).")
        List<String> item;

        @Option(names = "--all", description = "Every allocation the selection options match.")
        boolean all;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints the allocations, one line each, and their totals.")
    static final class ListAllocations implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @ArgGroup(exclusive = false)
        Selection selection = new Selection();

        @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most N lines (default 50; 0 = all).")
        int limit;

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                AllocationReview review = reviewWithRun(workspace);
                List<StoredAllocation> matching = review.allocations(selection.filter());
                TextTable table = new TextTable("SKU", "LOCATION", "CHANNEL", "SOURCE", "STATUS", ">NEED", ">COMPUTED",
                        ">ALLOCATED", "SCARCE", "REASON");
                int shown = limit > 0 ? Math.min(limit, matching.size()) : matching.size();
                for (StoredAllocation a : matching.subList(0, shown)) {
                    table.add(a.sku(), a.location(), a.channel(), a.source(), a.status().name(), units(a.need()),
                            units(a.quantity()), units(a.effectiveQuantity()), a.scarce() ? "yes" : "",
                            a.editReason() == null ? "" : a.editReason());
                }
                PrintWriter o = spec.commandLine().getOut();
                table.print(o);
                if (shown < matching.size()) {
                    o.printf(Locale.ROOT, "… and %,d more (use --limit 0 for all)%n", matching.size() - shown);
                }
                AllocationTotals t = AllocationTotals.of(matching);
                o.printf(Locale.ROOT, "allocations=%d need=%s computed=%s allocated=%s rejected=%d scarce=%d short=%d%n",
                        t.lines(), plain(t.need()), plain(t.computed()), plain(t.allocated()), t.rejected(), t.scarce(),
                        t.shortLines());
                return 0;
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Sets the quantity of one allocation, with a reason (status EDITED, kept across new runs).")
    static final class Edit implements Callable<Integer> {
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

        @Option(names = "--quantity", required = true, paramLabel = "UNITS", description = "Units to allocate (0 cancels it).")
        double quantity;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept in the audit trail).")
        String reason;

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                AllocationReview review = workspace.allocationReview();
                AllocationKey key;
                try {
                    AllocationEdit edit = AllocationEdit.of(sku, location, channel, quantity, reason);
                    key = edit.key();
                    review.edit(List.of(edit));
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(e.getMessage(), 2);
                }
                StoredAllocation a = review.allocations(new AllocationFilter(null, key.sku(), key.location(),
                        key.channel(), null, false, false)).get(0);
                spec.commandLine().getOut().printf(Locale.ROOT, "%s to %s × %s from %s: %s units (computed %s of %s "
                        + "needed), %s%n", a.sku(), a.location(), a.channel(), a.source(), units(a.effectiveQuantity()),
                        units(a.quantity()), units(a.need()), a.status());
                return 0;
            }
        }
    }

    /** approve, reject and reset differ only in the status they set. */
    abstract static class StatusChange implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @ArgGroup(exclusive = false)
        Selection selection = new Selection();

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (kept in the audit trail).")
        String reason;

        abstract ProposalStatus status();

        @Override
        public Integer call() {
            if (!target.all && !selection.isEmpty()) {
                throw new CliFailure("--item names one allocation; the selection options go with --all. Maybe drop them, "
                        + "or use --all.", 2);
            }
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                AllocationReview review = reviewWithRun(workspace);
                int changed;
                try {
                    changed = target.all ? review.setStatus(selection.filter(), status(), reason)
                            : review.setStatus(triples(target.item, AllocationKey::new), status(), reason);
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(e.getMessage(), 2);
                }
                spec.commandLine().getOut().printf(Locale.ROOT, "%,d allocation(s) now %s.%n", changed, status());
                return 0;
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves allocations for shipping (an edit is kept). With --all, every matching allocation "
                    + "not yet approved or exported.")
    static final class Approve extends StatusChange {
        @Override
        ProposalStatus status() {
            return ProposalStatus.APPROVED;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Turns allocations down: nothing is shipped, and new allocation runs keep them rejected.")
    static final class Reject extends StatusChange {
        @Override
        ProposalStatus status() {
            return ProposalStatus.REJECTED;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Drops the planner's edit and status: back to the computed allocation.")
    static final class Reset extends StatusChange {
        @Override
        ProposalStatus status() {
            return ProposalStatus.PROPOSED;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Prints the audit trail of the allocations of SKU at LOCATION (one CHANNEL, or all): who, when, "
                    + "old, new, reason.")
    static final class History implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Parameters(index = "1", paramLabel = "LOCATION")
        String location;

        @Parameters(index = "2", arity = "0..1", paramLabel = "CHANNEL")
        String channel;

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                List<AuditEntry> trail = workspace.allocationReview().allocationTrail(sku.strip(), location.strip(),
                        channel == null ? null : channel.strip());
                PrintWriter o = spec.commandLine().getOut();
                if (trail.isEmpty()) {
                    o.printf(Locale.ROOT, "No change recorded for the allocations of SKU %s to %s%s.%n", sku, location,
                            channel == null ? "" : " × " + channel.toUpperCase(Locale.ROOT));
                }
                printTrail(o, trail, "LOCATION", "CHANNEL");
                return 0;
            }
        }
    }

    /** The review, or a one-line failure when no allocation has been run in this store. */
    static AllocationReview reviewWithRun(Workspace workspace) {
        AllocationReview review = workspace.allocationReview();
        if (!review.hasRun()) {
            throw new CliFailure("No allocation in " + workspace.storeDescription() + " yet. Maybe run `reassort allocate` "
                    + "first.");
        }
        return review;
    }

    /** The keys named by a repeated three-value option, in the order given. */
    static <K> List<K> triples(List<String> values, Triple<K> key) {
        List<K> keys = new java.util.ArrayList<>(values.size() / 3);
        for (int i = 0; i + 2 < values.size(); i += 3) keys.add(key.of(values.get(i), values.get(i + 1), values.get(i + 2)));
        return keys;
    }

    interface Triple<K> {
        K of(String first, String second, String third);
    }

    static void printTrail(PrintWriter o, List<AuditEntry> trail, String locationHeader, String detailHeader) {
        if (trail.isEmpty()) return;
        TextTable table = new TextTable("AT", "ACTOR", "ACTION", locationHeader, detailHeader, "OLD", "NEW", "REASON");
        for (AuditEntry e : trail) {
            table.add(e.at().toString(), e.actor(), e.action(), e.location(), e.detail(), e.oldValue(), e.newValue(),
                    e.reason() == null ? "" : e.reason());
        }
        table.print(o);
    }

    static String units(double value) {
        return ProposalsCommand.units(value);
    }

    /** A total for the key=value line scripts read: no thousands separator. */
    static String plain(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
