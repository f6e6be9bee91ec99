package reassort.app.cli;

import java.io.PrintWriter;
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
import reassort.app.imports.FileToImport;
import reassort.app.imports.ImportFiles;
import reassort.app.imports.ImportRejectedException;
import reassort.app.imports.ImportSummary;
import reassort.app.imports.ImportedCounts;
import reassort.app.imports.InspectedFile;
import reassort.io.FileMapping;

/** {@code reassort import FILE…}: reads spreadsheets into the store, all or nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports sales history and master data from XLSX, XLS and CSV files (French or English Excel) into the"
                    + " store, in one all-or-nothing step. Columns are recognised from French and English headers;"
                    + " a mapping file (--mapping) or the mapping remembered for files of the same shape fills the rest.",
            "If any row is rejected, nothing is imported unless --accept-valid is given; --report writes every"
                    + " rejected or doubtful value (file, sheet, row, column, value, reason) as CSV."
        })
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import together.")
    List<Path> files;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Column mapping for sheets the headers do not explain (format: see the README).")
    Path mapping;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the issue report here (CSV).")
    Path report;

    @Option(names = "--accept-valid", description = "Import the valid rows even when some rows are rejected.")
    boolean acceptValid;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        FileMapping overrides = mapping == null ? null : ImportFiles.readMappingFile(mapping);
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            ImportFiles imports = workspace.imports();
            List<FileToImport> requests = new ArrayList<>();
            for (Path file : files) {
                FileMapping fileMapping = null;
                if (overrides != null) {
                    InspectedFile inspected = imports.inspect(List.of(file), reassort.domain.ProgressListener.NONE).get(0);
                    fileMapping = ImportFiles.overlay(inspected.mapping(), overrides);
                }
                requests.add(new FileToImport(file, fileMapping));
            }
            ImportSummary summary;
            try {
                summary = imports.importNow(requests, acceptValid, report,
                        CliProgress.to(spec.commandLine().getErr(), quiet));
            } catch (ImportRejectedException rejected) {
                throw new CliFailure(rejected.getMessage() + (report != null ? " Report: " + report + "." : "")
                        + " Fix the rows, or pass --accept-valid to import the valid rows.");
            }
            print(workspace, summary);
            return 0;
        }
    }

    private void print(Workspace workspace, ImportSummary summary) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Imported %s into %s (import %d):%n",
                String.join(", ", summary.files()), workspace.storeDescription(), summary.runId());
        out.printf(Locale.ROOT, "  %-20s %12s %12s %12s %12s%n", "data", "read", "inserted", "replaced", "updated");
        for (ImportedCounts counts : summary.counts()) {
            out.printf(Locale.ROOT, "  %-20s %,12d %,12d %,12d %,12d%n", counts.dataset(), counts.read(),
                    counts.inserted(), counts.replaced(), counts.updated());
        }
        out.printf(Locale.ROOT, "  %,d row(s) rejected, %,d warning(s).%s%n", summary.rowsRejected(),
                summary.warningCount(), report != null ? " Report: " + report : "");
    }
}
