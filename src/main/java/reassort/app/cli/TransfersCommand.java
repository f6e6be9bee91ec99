package reassort.app.cli;

import static reassort.app.cli.AllocationsCommand.plain;
import static reassort.app.cli.AllocationsCommand.units;

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
import reassort.app.allocation.AllocationReview;
import reassort.app.allocation.AllocationReview.TransferTotals;
import reassort.app.allocation.TransferFilter;
import reassort.store.AuditEntry;
import reassort.store.ProposalStatus;
import reassort.store.StoredTransfer;
import reassort.store.TransferEdit;
import reassort.store.TransferKey;

/**
 * {@code reassort transfers …}: the planner's review of the stored transfer proposals (moving a SKU's overstock from
 * one location to another at risk) without a window — list, edit, approve, reject, reset and the audit trail.
 */
@Command(
        name = "transfers",
        mixinStandardHelpOptions = true,
        description = "Lists, edits, approves, rejects or resets the stored transfer proposals (SKU from one location to "
                + "another), and prints their audit trail. Every change is kept across new allocation runs and recorded "
                + "(who, when, old, new, reason).",
        subcommands = {TransfersCommand.ListTransfers.class, TransfersCommand.Edit.class, TransfersCommand.Approve.class,
            TransfersCommand.Reject.class, TransfersCommand.Reset.class, TransfersCommand.History.class})
public final class TransfersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Which transfers a list or a bulk command touches. */
    static final class Selection {
        @Option(names = "--status", split = ",", paramLabel = "STATUS",
                description = "Only these statuses (PROPOSED, EDITED, APPROVED, REJECTED, EXPORTED).")
        Set<ProposalStatus> statuses;

        @Option(names = "--sku", paramLabel = "CODE", description = "Only transfers of this SKU.")
        String sku;

        @Option(names = "--location", paramLabel = "CODE", description = "Only transfers leaving or reaching this location.")
        String location;

        @Option(names = "--from", paramLabel = "CODE", description = "Only transfers leaving this location.")
        String from;

        @Option(names = "--to", paramLabel = "CODE", description = "Only transfers reaching this location.")
        String to;

        TransferFilter filter() {
            return new TransferFilter(statuses, sku, location, from, to);
        }

        boolean isEmpty() {
            return statuses == null && sku == null && location == null && from == null && to == null;
        }
    }

    /** One transfer by its codes, or every transfer a selection matches. */
    static final class Target {
        @Option(names = "--item", arity = "3", paramLabel = "SKU FROM TO", hideParamSyntax = true, description = "The transfer of SKU from FROM to TO (repeat for several).")
        List<String> item;

        @Option(names = "--all", description = "Every transfer the selection options match.")
        boolean all;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints the transfers, one line each, and their totals.")
    static final class ListTransfers implements Callable<Integer> {
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
                AllocationReview review = AllocationsCommand.reviewWithRun(workspace);
                List<StoredTransfer> matching = review.transfers(selection.filter());
                TextTable table = new TextTable("SKU", "FROM", "TO", "STATUS", ">COMPUTED", ">TO MOVE", ">BENEFIT", ">COST",
                        "REASON");
                int shown = limit > 0 ? Math.min(limit, matching.size()) : matching.size();
                for (StoredTransfer t : matching.subList(0, shown)) {
                    table.add(t.sku(), t.from(), t.to(), t.status().name(), units(t.quantity()), units(t.effectiveQuantity()),
                            money(t.benefit()), money(t.cost()), t.editReason() == null ? "" : t.editReason());
                }
                PrintWriter o = spec.commandLine().getOut();
                table.print(o);
                if (shown < matching.size()) {
                    o.printf(Locale.ROOT, "… and %,d more (use --limit 0 for all)%n", matching.size() - shown);
                }
                TransferTotals t = TransferTotals.of(matching);
                o.printf(Locale.ROOT, "transfers=%d computed=%s to_move=%s rejected=%d benefit=%.2f cost=%.2f "
                        + "net_benefit=%.2f%n", t.transfers(), plain(t.computed()), plain(t.moved()), t.rejected(),
                        t.benefit(), t.cost(), t.netBenefit());
                return 0;
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Sets the quantity of one transfer, with a reason (status EDITED, kept across new runs).")
    static final class Edit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Parameters(index = "1", paramLabel = "FROM")
        String from;

        @Parameters(index = "2", paramLabel = "TO")
        String to;

        @Option(names = "--quantity", required = true, paramLabel = "UNITS", description = "Units to move (0 cancels it).")
        double quantity;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept in the audit trail).")
        String reason;

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                AllocationReview review = workspace.allocationReview();
                TransferKey key;
                try {
                    TransferEdit edit = TransferEdit.of(sku, from, to, quantity, reason);
                    key = edit.key();
                    review.editTransfers(List.of(edit));
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(e.getMessage(), 2);
                }
                StoredTransfer t = review.transfers(new TransferFilter(null, key.sku(), null, key.from(), key.to())).get(0);
                spec.commandLine().getOut().printf(Locale.ROOT, "%s from %s to %s: %s units (computed %s), %s%n", t.sku(),
                        t.from(), t.to(), units(t.effectiveQuantity()), units(t.quantity()), t.status());
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
                throw new CliFailure("--item names one transfer; the selection options go with --all. Maybe drop them, "
                        + "or use --all.", 2);
            }
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                AllocationReview review = AllocationsCommand.reviewWithRun(workspace);
                int changed;
                try {
                    changed = target.all ? review.setTransferStatus(selection.filter(), status(), reason)
                            : review.setTransferStatus(AllocationsCommand.triples(target.item, TransferKey::new), status(),
                                    reason);
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(e.getMessage(), 2);
                }
                spec.commandLine().getOut().printf(Locale.ROOT, "%,d transfer(s) now %s.%n", changed, status());
                return 0;
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves transfers (an edit is kept). With --all, every matching transfer not yet approved or "
                    + "exported.")
    static final class Approve extends StatusChange {
        @Override
        ProposalStatus status() {
            return ProposalStatus.APPROVED;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Turns transfers down: nothing moves, and new allocation runs keep them rejected.")
    static final class Reject extends StatusChange {
        @Override
        ProposalStatus status() {
            return ProposalStatus.REJECTED;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Drops the planner's edit and status: back to the computed transfer.")
    static final class Reset extends StatusChange {
        @Override
        ProposalStatus status() {
            return ProposalStatus.PROPOSED;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Prints the audit trail of the transfers of SKU leaving or reaching LOCATION (only those "
                    + "between LOCATION and OTHER when given): who, when, old, new, reason.")
    static final class History implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Parameters(index = "1", paramLabel = "LOCATION")
        String location;

        @Parameters(index = "2", arity = "0..1", paramLabel = "OTHER")
        String other;

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                List<AuditEntry> trail = workspace.allocationReview().transferTrail(sku.strip(), location.strip(),
                        other == null ? null : other.strip());
                PrintWriter o = spec.commandLine().getOut();
                if (trail.isEmpty()) {
                    o.printf(Locale.ROOT, "No change recorded for the transfers of SKU %s at %s%s.%n", sku, location,
                            other == null ? "" : " with " + other);
                }
                AllocationsCommand.printTrail(o, trail, "FROM", "TO");
                return 0;
            }
        }
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }
}
