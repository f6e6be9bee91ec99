package reassort.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.plan.RunPlan;
import reassort.store.AuditEntry;
import reassort.store.ProposalEdit;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.StoredProposal;

/**
 * {@code reassort proposals …}: the planner's review without a window — list, edit, approve, reject, reset and the
 * audit trail of the stored order proposals (what a nightly batch or a script needs, e.g. approving every unflagged
 * proposal of a supplier).
 */
@Command(
        name = "proposals",
        mixinStandardHelpOptions = true,
        description = "Lists, edits, approves, rejects or resets the stored order proposals, and prints their audit "
                + "trail. Every change is kept across recomputations and recorded (who, when, old, new, reason).",
        subcommands = {ProposalsCommand.ListProposals.class, ProposalsCommand.Edit.class,
            ProposalsCommand.Approve.class, ProposalsCommand.Reject.class, ProposalsCommand.Reset.class,
            ProposalsCommand.History.class})
public final class ProposalsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Which proposals a bulk command touches. */
    static final class Selection {
        @Option(names = "--status", split = ",", paramLabel = "STATUS",
                description = "Only these statuses (PROPOSED, EDITED, APPROVED, REJECTED, EXPORTED).")
        Set<ProposalStatus> statuses;

        @Option(names = "--supplier", paramLabel = "CODE", description = "Only proposals from this supplier or source.")
        String source;

        @Option(names = "--location", paramLabel = "CODE", description = "Only proposals for this location.")
        String location;

        @Option(names = "--unflagged", description = "Only proposals the engine raised no flag on.")
        boolean unflagged;

        @Option(names = "--ordering", description = "Only proposals with a quantity to order.")
        boolean ordering;

        Predicate<StoredProposal> predicate() {
            return p -> (statuses == null || statuses.contains(p.status()))
                    && (source == null || source.equalsIgnoreCase(p.sourceCode()))
                    && (location == null || location.equalsIgnoreCase(p.location()))
                    && (!unflagged || p.flags().isEmpty())
                    && (!ordering || p.effectiveQuantity() > 0);
        }
    }

    /** One proposal by its codes, or every proposal a selection matches. */
    static final class Target {
        @Option(names = "--item", arity = "2", paramLabel = "SKU LOCATION", description = "The proposal of SKU at LOCATION.")
        List<String> item;

        @Option(names = "--all", description = "Every proposal the selection options match.")
        boolean all;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints the proposals, one line each.")
    static final class ListProposals implements Callable<Integer> {
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
                List<StoredProposal> matching = workspace.plans().proposals().stream()
                        .filter(selection.predicate()).toList();
                PrintWriter o = spec.commandLine().getOut();
                o.printf(Locale.ROOT, "%-14s %-10s %-12s %-9s %10s %10s %-10s %s%n", "SKU", "LOCATION", "SOURCE",
                        "STATUS", "COMPUTED", "TO ORDER", "ORDER ON", "REASON / FLAGS");
                int shown = 0;
                for (StoredProposal p : matching) {
                    if (limit > 0 && shown++ == limit) {
                        o.printf(Locale.ROOT, "… and %,d more (use --limit 0 for all)%n", matching.size() - limit);
                        break;
                    }
                    o.printf(Locale.ROOT, "%-14s %-10s %-12s %-9s %10s %10s %-10s %s%n", p.sku(), p.location(),
                            p.sourceCode(), p.status(), units(p.quantity()), units(p.effectiveQuantity()),
                            p.effectiveOrderDate(), p.editReason() != null ? p.editReason() : String.join("; ", p.flags()));
                }
                o.printf(Locale.ROOT, "proposals=%d%n", matching.size());
                return 0;
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Changes the quantity and/or order date of one proposal, with a reason (status EDITED).")
    static final class Edit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Parameters(index = "1", paramLabel = "LOCATION")
        String location;

        @Option(names = "--quantity", paramLabel = "UNITS", description = "Units to order (0 cancels the order).")
        Double quantity;

        @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Order date.")
        LocalDate date;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept in the audit trail).")
        String reason;

        @Override
        public Integer call() {
            if (quantity == null && date == null) {
                throw new CliFailure("Nothing to change for SKU " + sku + " at " + location
                        + ". Maybe give --quantity or --date.", 2);
            }
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                StoredProposal p;
                try {
                    p = workspace.plans().edit(sku.strip(), location.strip(),
                            quantity == null ? Double.NaN : quantity, date, reason);
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(e.getMessage(), 2);
                }
                spec.commandLine().getOut().printf(Locale.ROOT, "%s at %s: %s units on %s (computed %s units on %s), %s%n",
                        p.sku(), p.location(), units(p.effectiveQuantity()), p.effectiveOrderDate(),
                        units(p.quantity()), p.orderDate(), p.status());
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

        /** The statuses a bulk change leaves alone unless --status names them: nothing already sent out. */
        private boolean eligible(StoredProposal p) {
            return selection.statuses != null || p.status() != ProposalStatus.EXPORTED && p.status() != status();
        }

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                RunPlan plans = workspace.plans();
                List<ProposalKey> keys;
                if (target.all) {
                    keys = plans.proposals().stream().filter(selection.predicate()).filter(this::eligible)
                            .map(p -> new ProposalKey(p.sku(), p.location())).toList();
                } else {
                    try {
                        keys = List.of(new ProposalKey(target.item.get(0).strip(), target.item.get(1).strip()));
                    } catch (IllegalArgumentException e) {
                        throw new CliFailure(e.getMessage(), 2);
                    }
                }
                int changed;
                try {
                    changed = plans.setStatus(keys, status(), reason);
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(e.getMessage(), 2);
                }
                spec.commandLine().getOut().printf(Locale.ROOT, "%,d proposal(s) now %s.%n", changed, status());
                return 0;
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves proposals for ordering (an edit is kept). With --all, every matching proposal "
                    + "not yet approved or exported.")
    static final class Approve extends StatusChange {
        @Override
        ProposalStatus status() {
            return ProposalStatus.APPROVED;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Turns proposals down: nothing is ordered, and recomputations keep them rejected.")
    static final class Reject extends StatusChange {
        @Override
        ProposalStatus status() {
            return ProposalStatus.REJECTED;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Drops the planner's edit and status: back to the computed proposal.")
    static final class Reset extends StatusChange {
        @Override
        ProposalStatus status() {
            return ProposalStatus.PROPOSED;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Prints the audit trail of one SKU × location: who, when, old, new, reason.")
    static final class History implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Parameters(index = "1", paramLabel = "LOCATION")
        String location;

        @Override
        public Integer call() {
            try (Workspace workspace = WorkspaceOpener.open(store)) {
                List<AuditEntry> trail = workspace.plans().auditTrail(sku.strip(), location.strip());
                PrintWriter o = spec.commandLine().getOut();
                if (trail.isEmpty()) o.printf(Locale.ROOT, "No change recorded for SKU %s at %s.%n", sku, location);
                for (AuditEntry e : trail) {
                    o.printf(Locale.ROOT, "%s  %-12s %-10s %-8s %s → %s%s%n", e.at(), e.actor(), e.subject(), e.action(),
                            e.oldValue(), e.newValue(), e.reason() == null ? "" : "  (" + e.reason() + ")");
                }
                return 0;
            }
        }
    }

    static String units(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }
}
