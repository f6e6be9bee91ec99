package reassort.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.Workspace;
import reassort.app.imports.ImportSummary;

/** {@code reassort load-sample}: the workbench's "Load the sample retailer", without a window. */
@Command(
        name = "load-sample",
        mixinStandardHelpOptions = true,
        description = "Generates the sample retailer (history up to last Sunday) and imports it into the store.")
public final class LoadSampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        try (Workspace workspace = WorkspaceOpener.open(store)) {
            ImportSummary summary = workspace.sample().load(CliProgress.to(spec.commandLine().getErr(), quiet));
            spec.commandLine().getOut().printf(Locale.ROOT, "Loaded the sample retailer into %s: %,d records (import %d).%n",
                    workspace.storeDescription(), summary.recordsWritten(), summary.runId());
            return 0;
        }
    }
}
