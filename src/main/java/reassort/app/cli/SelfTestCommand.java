package reassort.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.SelfTest;

/**
 * {@code reassort --self-test} (also {@code reassort self-test}): checks an installation end to end without a
 * window, in a temporary store. Exits 0, or non-zero with the failed step and its reason on one line.
 */
@Command(
        name = "self-test",
        aliases = "--self-test",
        mixinStandardHelpOptions = true,
        description = "Checks this installation without a window: creates a fresh store in a temporary directory, "
                + "imports the small sample retailer, plans, exports the orders to XLSX and reads them back, then "
                + "deletes it all. Exits 0 when every step passed.")
public final class SelfTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where to create the temporary directory (default: the system's temporary directory).")
    Path workDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        SelfTest.Report report;
        try {
            report = new SelfTest(Clock.systemDefaultZone()).run(workDir, CliProgress.to(spec.commandLine().getErr(), quiet));
        } catch (SelfTest.Failure failure) {
            throw new CliFailure(failure.getMessage());
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Self-test passed in %.1f s: %,d records imported, %,d SKU × "
                + "locations planned, %,d order lines exported to XLSX and read back (java %s, %s).%n",
                report.elapsedMillis() / 1000.0, report.recordsImported(), report.itemsPlanned(), report.orderLines(),
                System.getProperty("java.version"), System.getProperty("java.home"));
        return 0;
    }
}
