package reassort.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.export.ExportLanguage;

/** {@code reassort export-review}: the full proposal grid as a protected XLSX for offline review. */
@Command(
        name = "export-review",
        mixinStandardHelpOptions = true,
        description = "Writes every current proposal to an XLSX for offline review: only the order quantity, order "
                + "date and reason can be edited; read the edited copy back with import-review.")
public final class ExportReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx file to write.")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr", description = "fr (default) or en.")
    String language;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        ExportLanguage lang;
        try {
            lang = ExportLanguage.parse(language);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            long rows;
            try {
                rows = workspace.reviews().writeReview(out, lang, CliProgress.to(spec.commandLine().getErr(), quiet));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new CliFailure(e.getMessage());
            }
            spec.commandLine().getOut().printf("Wrote %s: %d proposals to review.%n", out, rows);
            return 0;
        }
    }
}
