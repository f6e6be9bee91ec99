package reassort.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.export.ExportFormat;
import reassort.app.export.ExportKind;
import reassort.app.export.ExportLanguage;
import reassort.app.export.ExportRequest;
import reassort.app.export.ExportResult;
import reassort.store.ProposalStatus;

/**
 * {@code reassort export}: the approved supplier orders (or transfers, or allocations) as XLSX (a sheet per supplier,
 * shipping location or source warehouse) or CSV, marked EXPORTED.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Exports supplier order proposals (approved ones by default), or with --kind transfers or "
                + "allocations, to an XLSX workbook with one sheet per supplier, shipping location or source warehouse "
                + "(header block, lines, totals), or to CSV in the French or English convention, then marks them "
                + "EXPORTED with the file name and time.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "orders",
            description = "What to export: orders (default, a sheet per supplier), transfers (a sheet per shipping "
                    + "location) or allocations (a sheet per source warehouse).")
    String kind;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Which proposals: APPROVED (default), EDITED, PROPOSED, EXPORTED; comma-separated.")
    List<String> statuses;

    @Option(names = "--per-location", description = "One sheet (or CSV file) per supplier (shipping location, source) "
            + "× destination.")
    boolean perLocation;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "xlsx",
            description = "xlsx (default), csv-fr (; and decimal comma, UTF-8 with BOM) or csv-en.")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr",
            description = "Headers and dates of an XLSX: fr (default, dd/mm/yyyy) or en (yyyy-mm-dd).")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR",
            description = "The file to write, or a folder (CSV: one file per sheet there).")
    Path out;

    @Option(names = "--no-mark", description = "Do not mark the proposals as exported.")
    boolean noMark;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        ExportRequest request;
        ExportKind what;
        try {
            what = ExportKind.parse(kind);
            request = new ExportRequest(statuses(), Set.of(), perLocation, ExportFormat.parse(format),
                    ExportLanguage.parse(language), out, !noMark);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            ExportResult result;
            try {
                result = workspace.exports(what).export(request, CliProgress.to(spec.commandLine().getErr(), quiet));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new CliFailure(e.getMessage());
            }
            PrintWriter o = spec.commandLine().getOut();
            for (Path file : result.files()) o.println("Wrote " + file);
            o.printf(Locale.ROOT, "Exported %,d %sin %d %s: %,.0f units, value %.2f; %d proposals marked EXPORTED.%n",
                    result.lines(), lines(what), result.groups(), groups(what), result.units(), result.value(),
                    result.marked());
            return 0;
        }
    }

    private static String lines(ExportKind what) {
        return switch (what) {
            case ORDERS -> "lines ";
            case TRANSFERS -> "transfer lines ";
            case ALLOCATIONS -> "allocation lines ";
        };
    }

    private String groups(ExportKind what) {
        String by = switch (what) {
            case ORDERS -> "supplier";
            case TRANSFERS -> "shipping location";
            case ALLOCATIONS -> "source";
        };
        return perLocation ? by + " × destination groups" : by + "s";
    }

    private Set<ProposalStatus> statuses() {
        if (statuses == null || statuses.isEmpty()) return EnumSet.of(ProposalStatus.APPROVED);
        Set<ProposalStatus> set = EnumSet.noneOf(ProposalStatus.class);
        for (String s : statuses) {
            try {
                set.add(ProposalStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CliFailure("Status \"" + s + "\" is not known. Maybe use APPROVED, EDITED, PROPOSED or EXPORTED.");
            }
        }
        return set;
    }
}
