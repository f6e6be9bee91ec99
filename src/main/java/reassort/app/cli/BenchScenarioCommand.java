package reassort.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.ScratchDirectory;
import reassort.app.allocation.AllocationComparison;
import reassort.app.bench.ScenarioBenchmark;
import reassort.domain.ProgressListener;
import reassort.store.Store;

/** {@code reassort bench-scenario}: times a promotion scenario touching many SKUs on a generated store. */
@Command(
        name = "bench-scenario",
        mixinStandardHelpOptions = true,
        description = "Generates a store (SKUs in 10 categories, a warehouse selling on WEB/MKP/B2B and supplying stores "
                + "that sell in STORE/CC/SFS, a forecast of every series) and times a scenario promoting whole "
                + "categories on every channel and location: compute and comparison, median of the runs.")
public final class BenchScenarioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--skus", defaultValue = "1500", description = "SKUs in the store (default: ${DEFAULT-VALUE}).")
    int skus;

    @Option(names = "--stores", defaultValue = "8", description = "Stores besides the warehouse (default: ${DEFAULT-VALUE}).")
    int stores;

    @Option(names = "--promoted", defaultValue = "1000", description = "SKUs the scenario promotes (default: ${DEFAULT-VALUE}).")
    int promoted;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (skus < ScenarioBenchmark.CATEGORIES || promoted < 1 || promoted > skus || runs < 1 || stores < 1) {
            throw new CliFailure("Need --skus ≥ 10, 1 ≤ --promoted ≤ --skus, --stores ≥ 1 and --runs ≥ 1 (got " + skus
                    + ", " + promoted + ", " + stores + ", " + runs + "). Maybe keep the defaults.");
        }
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        try (ScratchDirectory scratch = ScratchDirectory.create(null, "bench-scenario");
                Store store = Store.open(scratch.path(), clock)) {
            long started = System.nanoTime();
            ScenarioBenchmark bench = new ScenarioBenchmark(store, clock);
            long series = bench.generate(skus, stores, seed);
            double setup = (System.nanoTime() - started) / 1e9;
            bench.run(skus, stores, promoted, 1, setup, series, ProgressListener.NONE); // warm-up
            ScenarioBenchmark.Result r = bench.run(skus, stores, promoted, runs, setup, series, ProgressListener.NONE);
            out.printf(Locale.ROOT, "Generated store: %,d SKUs, %d locations, %,d series forecast (%.1f s to generate).%n",
                    r.skus(), r.locations(), r.series(), r.setupSeconds());
            out.printf(Locale.ROOT, "Scenario: %,d SKUs promoted on every channel and location; %,d SKU × locations read, "
                    + "%,d replanned, %,d affected, %,d proposals changed.%n", r.promotedSkus(), r.itemsRead(),
                    r.itemsPlanned(), r.itemsAffected(), r.proposalsChanged());
            out.printf(Locale.ROOT, "Compute + comparison: median %d ms over %d runs %s (target ≤ 5000 ms).%n",
                    r.medianMillis(), runs, Arrays.toString(r.runMillis()));
            out.printf(Locale.ROOT, "Process CPU time per run: median %d ms %s; load average %.1f on %d cores.%n",
                    r.medianCpuMillis(), Arrays.toString(r.runCpuMillis()),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "Projection: %d replications per item; scenario cycle service %.2f %% [%.2f, %.2f], "
                    + "stock value at the end %,.0f [%,.0f, %,.0f] (5–95 %% over the replications).%n", r.replications(),
                    100 * r.scenarioService().mean(), 100 * r.scenarioService().low(), 100 * r.scenarioService().high(),
                    r.scenarioStockValue().mean(), r.scenarioStockValue().low(), r.scenarioStockValue().high());
            AllocationComparison a = r.allocation();
            if (a.computed()) {
                out.printf(Locale.ROOT, "Allocation: %,d SKUs, %,d SKU × sources (%,d short), %,d lines (%,d changed), "
                        + "allocated %,.0f → %,.0f, shortfall %,.0f → %,.0f, transfers %d → %d.%n", a.skus(),
                        a.scenarioSources(), a.scenarioScarce(), a.lines().size(), a.changes().size(),
                        a.baselineAllocated(), a.scenarioAllocated(), a.baselineShortfall(), a.scenarioShortfall(),
                        a.baselineTransfers().count(), a.scenarioTransfers().count());
            } else {
                out.printf(Locale.ROOT, "Allocation not computed: %s.%n", a.notComputed());
            }
            out.println("Phases (median wall / CPU ms):");
            for (ScenarioBenchmark.Phase phase : r.phases()) {
                out.printf(Locale.ROOT, "  %-56s %6d / %6d%n", phase.name(), phase.medianWallMillis(),
                        phase.medianCpuMillis());
            }
            out.printf(Locale.ROOT, "median_ms=%d cpu_ms=%d affected=%d%n", r.medianMillis(), r.medianCpuMillis(),
                    r.itemsAffected());
        }
        return 0;
    }
}
