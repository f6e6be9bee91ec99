package reassort.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.ScratchDirectory;
import reassort.app.bench.WorkbenchBenchmark;
import reassort.store.Store;

/** {@code reassort bench-workbench}: times the planner's grid (open, filter, sort, edit) over generated proposals. */
@Command(
        name = "bench-workbench",
        mixinStandardHelpOptions = true,
        description = {"Writes generated proposals into a throw-away store on disk, then times what the proposals grid"
                + " does without the toolkit: open (read the rows without explanations and index them), filter,"
                + " sort and persist an edit (with its audit entry, read back). Prints medians against the targets."})
public final class BenchWorkbenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--proposals", defaultValue = "100000", description = "Proposals in the store (default: ${DEFAULT-VALUE}).")
    int proposals;

    @Option(names = "--runs", defaultValue = "5", description = "Runs per measurement; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "6", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", description = "Where to create the throw-away store (default: the temp directory).")
    Path dir;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        if (proposals < 100) throw new CliFailure("--proposals (" + proposals + ") is too few to time. Maybe use 100000.");
        if (runs < 1) throw new CliFailure("--runs (" + runs + ") must be 1 or more. Maybe use 5.");
        PrintWriter out = spec.commandLine().getOut();
        var progress = CliProgress.to(spec.commandLine().getErr(), quiet);
        try (ScratchDirectory scratch = ScratchDirectory.create(dir, "reassort-bench-workbench");
                Store store = Store.open(scratch.path(), WorkbenchBenchmark.fixedClock())) {
            WorkbenchBenchmark bench = new WorkbenchBenchmark(store, WorkbenchBenchmark.fixedClock());
            long start = System.nanoTime();
            bench.generate(proposals, seed, progress);
            double generated = (System.nanoTime() - start) / 1e9;
            WorkbenchBenchmark.Result r = bench.measure(runs, progress);
            out.printf(Locale.ROOT, "Proposals grid over %,d proposals (store on disk, written in %.1f s), medians of %d"
                    + " runs, %d cores:%n", r.proposals(), generated, r.runs(), Runtime.getRuntime().availableProcessors());
            line(out, "open the grid (light rows + index)", r.openMillis(), Double.NaN, 1000);
            out.printf(Locale.ROOT, "  %-44s %8.1f ms  (of which: the store's query alone)%n",
                    "read the light rows", r.readMillis());
            out.printf(Locale.ROOT, "  %-44s %8.1f ms  (the full rows with explanations, for comparison)%n",
                    "read every proposal in full", r.fullReadMillis());
            line(out, "filter (11 filters)", r.filterMillis(), r.filterMaxMillis(), 100);
            line(out, "sort, first time per column (key built)", r.sortColdMillis(), Double.NaN, 100);
            line(out, "sort (23 columns, both directions)", r.sortMillis(), r.sortMaxMillis(), 100);
            line(out, "edit persisted (read, write + audit, read)", r.editMillis(), r.editMaxMillis(), 50);
            return 0;
        }
    }

    private static void line(PrintWriter out, String what, double median, double max, double target) {
        out.printf(Locale.ROOT, "  %-44s %8.1f ms%s  target ≤ %.0f ms %s%n", what, median,
                Double.isNaN(max) ? "" : String.format(Locale.ROOT, " (max %.1f)", max), target,
                median <= target ? "✓" : "✗");
    }
}
