package reassort.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.export.ReviewChange;
import reassort.app.export.ReviewDiff;
import reassort.app.export.ReviewIssue;
import reassort.io.SpreadsheetRefusedException;
import reassort.store.ProposalKey;

/** {@code reassort import-review FILE}: the differences of an edited review file, applied when asked. */
@Command(
        name = "import-review",
        mixinStandardHelpOptions = true,
        description = "Reads a review file edited by a planner, prints every change (quantity, date, reason) and every "
                + "conflict (the proposal changed since the export); with --apply, applies the accepted changes as "
                + "audited edits. Conflicts are applied only when named with --only.")
public final class ImportReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The edited review file (.xlsx).")
    Path file;

    @Option(names = "--apply", description = "Apply the accepted changes (default: only print the differences).")
    boolean apply;

    @Option(names = "--accept-all", description = "Accept every change without a conflict.")
    boolean acceptAll;

    @Option(names = "--only", split = ",", paramLabel = "SKU@LOC",
            description = "Accept only these changes (conflicts included), e.g. 120003@MAG-PARIS,120004@WEB.")
    List<String> only;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        if (apply && !acceptAll && (only == null || only.isEmpty())) {
            throw new CliFailure("--apply needs --accept-all or --only SKU@LOC,… to say which changes to apply.");
        }
        Set<ProposalKey> chosen = chosen();
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            ReviewDiff diff;
            try {
                diff = workspace.reviews().read(file, CliProgress.to(spec.commandLine().getErr(), quiet));
            } catch (SpreadsheetRefusedException e) {
                throw new CliFailure(e.getMessage());
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s, sheet %s: %d rows, %d unchanged, %d changed (%d in conflict), %d errors.%n",
                    file.getFileName(), diff.sheet(), diff.rows(), diff.unchanged(), diff.changes().size(),
                    diff.conflicts(), diff.issues().size());
            for (ReviewChange c : diff.changes()) o.println(describe(c));
            for (ReviewIssue issue : diff.issues()) o.println("error: " + issue.describe());
            if (!apply) return diff.hasErrors() ? Cli.EXIT_FAILURE : 0;
            if (diff.hasErrors()) {
                throw new CliFailure(diff.issues().size() + " cell(s) cannot be taken, e.g. "
                        + diff.issues().get(0).describe() + " Nothing applied.");
            }
            Predicate<ReviewChange> accepted = chosen.isEmpty() ? c -> !c.conflict() : c -> chosen.contains(c.key());
            int applied;
            try {
                applied = workspace.reviews().apply(diff, accepted);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new CliFailure(e.getMessage());
            }
            o.printf(Locale.ROOT, "Applied %d change(s), audited as REIMPORT.%n", applied);
            return 0;
        }
    }

    private Set<ProposalKey> chosen() {
        Set<ProposalKey> keys = new HashSet<>();
        if (only == null) return keys;
        for (String item : only) {
            int at = item.lastIndexOf('@');
            if (at <= 0 || at == item.length() - 1) {
                throw new CliFailure("--only " + item + " is not SKU@LOCATION. Maybe write 120003@MAG-PARIS.");
            }
            keys.add(new ProposalKey(item.substring(0, at).strip(), item.substring(at + 1).strip()));
        }
        return keys;
    }

    private static String describe(ReviewChange c) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "row %d %s@%s:", c.row(), c.key().sku(),
                c.key().location()));
        if (c.quantityChanged()) b.append(String.format(Locale.ROOT, " quantity %s -> %s;", units(c.exportedQuantity()),
                units(c.newQuantity())));
        if (c.dateChanged()) b.append(" order date ").append(c.exportedDate()).append(" -> ").append(c.newDate()).append(';');
        if (c.reasonChanged()) b.append(" reason \"").append(c.newReason()).append("\";");
        if (c.conflict()) {
            b.append(String.format(Locale.ROOT, " CONFLICT: the store now has %s on %s", units(c.currentQuantity()),
                    c.currentDate()));
        }
        return b.toString();
    }

    private static String units(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
