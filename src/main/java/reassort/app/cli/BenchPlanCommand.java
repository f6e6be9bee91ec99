package reassort.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.ScratchDirectory;
import reassort.app.bench.PlanBenchmark;
import reassort.domain.ProgressListener;
import reassort.store.Store;
import reassort.store.StoreBenchmark.Timing;

/**
 * {@code reassort bench-plan}: generates a retailer with N SKU × location series in a throw-away store, then times
 * forecast → safety stock → proposals (with their explanations) through the real use cases, several runs, and
 * prints the median time and the heap peak. Run it with a fixed heap, e.g. {@code java -Xmx1g -jar … bench-plan}.
 */
@Command(
        name = "bench-plan",
        mixinStandardHelpOptions = true,
        description = {"Times planning end to end on a generated retailer: forecast every series, then safety stock,"
                + " policy and proposals with their explanations saved in the store (the use cases of `reassort plan"
                + " --forecast`). Prints each run, the median and the heap peak."})
public final class BenchPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--series", paramLabel = "COUNT", defaultValue = "100000",
            description = "SKU × location series to generate, one channel each (default: ${DEFAULT-VALUE}).")
    int series;

    @Option(names = "--locations", paramLabel = "COUNT", defaultValue = "20",
            description = "Locations: one warehouse selling on the web and supplying the stores (default: ${DEFAULT-VALUE}).")
    int locations;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Timed runs on the same store; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "20240304", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to create the throw-away store (default: the temp directory).")
    Path dir;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the generated store in DIR and reuse it when it is already there (same --series,"
                    + " --locations and --seed), instead of a throw-away store.")
    Path keep;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        if (series < 1) throw new CliFailure("--series (" + series + ") must be at least 1. Maybe use 100000.", Cli.EXIT_USAGE);
        if (locations < 2) {
            throw new CliFailure("--locations (" + locations + ") must be at least 2 (a warehouse and a store).", Cli.EXIT_USAGE);
        }
        if (runs < 1) throw new CliFailure("--runs (" + runs + ") must be at least 1.", Cli.EXIT_USAGE);
        PrintWriter out = spec.commandLine().getOut();
        ProgressListener progress = CliProgress.to(spec.commandLine().getErr(), quiet);
        PlanBenchmark bench = new PlanBenchmark(series, locations, seed);
        out.printf(Locale.ROOT, "JVM max heap %d MB, %d processors, load average %.2f%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), loadAverage());
        try (ScratchDirectory directory = ScratchDirectory.create(dir, "reassort-bench-plan");
                Store store = Store.open(keep == null ? directory.path() : keep, bench.clock())) {
            if (keep != null && PlanBenchmark.isPopulated(store)) {
                out.printf(Locale.ROOT, "Reusing the generated retailer kept in %s.%n", keep);
            } else {
                PlanBenchmark.Generated generated = bench.populate(store, progress);
                out.printf(Locale.ROOT, "Generated %,d SKUs × %d locations = %,d series, %,d weekly sales lines over %d"
                        + " weeks in %.1f s (not timed below).%n", generated.skus(), generated.locations(),
                        generated.series(), generated.salesLines(), 156, generated.timing().elapsed().toMillis() / 1e3);
            }
            out.flush();
            List<PlanBenchmark.Run> timed = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                double load = loadAverage();
                PlanBenchmark.Run r = bench.run(store, progress);
                timed.add(r);
                out.printf(Locale.ROOT, "run %d (load %.2f): forecast %s | plan %s | total %.1f s%n", run, load,
                        describe(r.forecast()), describe(r.plan()), r.seconds());
                out.flush();
            }
            PlanBenchmark.Run median = PlanBenchmark.median(timed);
            long peak = timed.stream().mapToLong(PlanBenchmark.Run::peakHeapBytes).max().orElse(0);
            out.printf(Locale.ROOT, "%,d series forecast, %,d SKU × locations planned (%,d with an order, %,d skipped).%n",
                    median.forecastSummary().series(), median.planSummary().items(), median.planSummary().orderLines(),
                    median.planSummary().skipped());
            out.printf(Locale.ROOT, "series=%d runs=%d median_s=%.1f forecast_s=%.1f plan_s=%.1f ms_per_series=%.3f"
                    + " peak_heap_mb=%d max_heap_mb=%d load=%.2f%n", median.forecastSummary().series(), runs,
                    median.seconds(), median.forecast().elapsed().toMillis() / 1e3,
                    median.plan().elapsed().toMillis() / 1e3, median.seconds() * 1e3 / median.forecastSummary().series(),
                    peak >> 20, Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        }
        return 0;
    }

    private static String describe(Timing timing) {
        return String.format(Locale.ROOT, "%.1f s (JVM CPU %.1f s, heap peak %d MB)", timing.elapsed().toMillis() / 1e3,
                timing.processCpu().toMillis() / 1e3, timing.peakHeapBytes() >> 20);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
