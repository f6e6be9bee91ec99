package reassort.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.domain.ProgressListener;
import reassort.engine.allocation.AllocationEngine;
import reassort.engine.allocation.AllocationResult;
import reassort.engine.allocation.AllocationRules;
import reassort.engine.allocation.AtpItem;
import reassort.engine.allocation.AvailableToPromise;
import reassort.engine.allocation.OmnichannelSimulation;
import reassort.engine.allocation.SyntheticNetwork;

/**
 * {@code reassort bench-allocation}: times available-to-promise, scarce-supply allocation and transfer planning over a
 * generated network (engine only, no store); with {@code --simulate}, compares the service per channel with and
 * without channel buffers and ship-from-store pooling on a generated network where web demand competes with stores.
 */
@Command(
        name = "bench-allocation",
        mixinStandardHelpOptions = true,
        description = {"Times allocation over a generated network (default 10,000 SKUs × 50 locations × 4 channels):"
                + " available to promise per channel and date, scarce supply shared by priorities, minimums and fair share,"
                + " transfer proposals; reports wall time and peak heap (engine only, target ≤ 10 s).",
                "With --simulate, replays a generated network where web demand competes with stores and prints the service"
                + " per channel with and without buffers and ship-from-store pooling."})
public final class BenchAllocationCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--skus", defaultValue = "10000", description = "Generated SKUs (default: ${DEFAULT-VALUE}); 0 skips the timing.")
    int skus;

    @Option(names = "--locations", defaultValue = "50", description = "Locations per SKU, one warehouse and stores (default: ${DEFAULT-VALUE}).")
    int locations;

    @Option(names = "--simulate", description = "Also run the simulation of buffers and pooling.")
    boolean simulate;

    @Option(names = "--sim-skus", defaultValue = "200", description = "SKUs simulated per setting (default: ${DEFAULT-VALUE}).")
    int simSkus;

    @Option(names = "--seed", defaultValue = "20261122", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        if (skus < 0 || locations < 2 || simSkus < 1) {
            throw new CliFailure("--skus (" + skus + ") must be zero or more, --locations (" + locations + ") at least 2 and"
                    + " --sim-skus (" + simSkus + ") at least 1. Maybe use the defaults.");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (skus > 0) time(out);
        if (simulate) simulate(out);
        return 0;
    }

    private void time(PrintWriter out) {
        LocalDate today = LocalDate.of(2026, 11, 23);
        AllocationRules rules = AllocationRules.defaults();
        // warm-up of the JIT on a small network
        run(SyntheticNetwork.generate(Math.min(500, skus), locations, seed + 1, today, rules), today, rules);
        SyntheticNetwork.Generated network = SyntheticNetwork.generate(skus, locations, seed, today, rules);
        System.gc();
        long inputHeap = usedHeap();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long start = System.nanoTime();
        long[] atpNanos = new long[1];
        AllocationResult result = run(network, today, rules, atpNanos);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        long explained = 0;
        long renderStart = System.nanoTime();
        for (int i = 0; i < result.lines().size(); i += 100) explained += result.lines().get(i).explanation().size();
        double renderMillis = (System.nanoTime() - renderStart) / 1e6;
        int lines = result.lines().size();
        out.printf(Locale.ROOT, "Allocation bench: %,d SKUs × %d locations × %d channels (%,d positions promised per"
                + " channel, %,d allocation lines, %,d SKUs short of supply, %,d transfer proposals).%n", skus, locations,
                network.channels(), network.atpItems().size(), lines, network.input().requests().stream()
                        .filter(r -> r.totalNeed() > r.supply()).count(), result.transfers().size());
        out.printf(Locale.ROOT, "Time: %.2f s wall in all (available to promise %.2f s, allocation and transfers %.2f s)"
                + " on %d cores — target ≤ 10 s.%n", seconds, atpNanos[0] / 1e9, seconds - atpNanos[0] / 1e9,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "Heap: generated input %.0f MB; peak during the run %.0f MB (sum of pool peaks, garbage"
                + " included; max heap %.0f MB). Explanations are built on demand: %.1f steps per line, %.3f ms per line.%n",
                inputHeap / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6,
                (double) explained / Math.max(1, (lines + 99) / 100), renderMillis / Math.max(1, (lines + 99) / 100));
        out.printf(Locale.ROOT, "skus=%d locations=%d lines=%d allocated=%.0f transfers=%d seconds=%.2f peak_heap_mb=%.0f%n",
                skus, locations, lines, result.allocatedUnits(), result.transfers().size(), seconds, peak / 1e6);
    }

    private AllocationResult run(SyntheticNetwork.Generated network, LocalDate today, AllocationRules rules) {
        return run(network, today, rules, new long[1]);
    }

    private AllocationResult run(SyntheticNetwork.Generated network, LocalDate today, AllocationRules rules, long[] atpNanos) {
        long atpStart = System.nanoTime();
        List<AtpItem> items = network.atpItems();
        double[] promised = new double[items.size()];
        IntStream.range(0, items.size()).parallel().forEach(i -> {
            double sum = 0;
            for (var atp : AvailableToPromise.of(items.get(i), rules, today).values()) sum += atp.availableNow();
            promised[i] = sum;
        });
        atpNanos[0] = System.nanoTime() - atpStart;
        return new AllocationEngine().run(network.input(), CliProgress.to(spec.commandLine().getErr(), quiet));
    }

    private void simulate(PrintWriter out) {
        OmnichannelSimulation.Settings defaults = OmnichannelSimulation.Settings.defaults();
        OmnichannelSimulation.Settings settings = new OmnichannelSimulation.Settings(simSkus, defaults.stores(), defaults.days(),
                defaults.warmupDays(), defaults.webShare(), defaults.storeCoverDays(), defaults.warehouseCoverDays(),
                defaults.minLeadDays(), defaults.maxLeadDays());
        long start = System.nanoTime();
        List<OmnichannelSimulation.Outcome> outcomes = new OmnichannelSimulation(settings)
                .run(seed, quiet ? ProgressListener.NONE : CliProgress.to(spec.commandLine().getErr(), false));
        out.printf(Locale.ROOT, "%nSimulation: %d SKUs × %d stores (every other one ships from store) + web at the warehouse"
                + " (%.0f %% of demand, 5 %% of days ×4), %d days after %d of warm-up, lost sales, weekly replenishment,"
                + " supplier lead time %d–%d days, seed %d.%n", settings.skus(), settings.stores(), settings.webShare() * 100,
                settings.days() - settings.warmupDays(), settings.warmupDays(), settings.minLeadDays(), settings.maxLeadDays(), seed);
        out.printf(Locale.ROOT, "%-42s %11s %11s %15s %12s %12s%n", "setting", "store fill", "web fill", "web from stores",
                "store stock", "WH stock");
        for (OmnichannelSimulation.Outcome o : outcomes) {
            out.printf(Locale.ROOT, "%-42s %10.1f%% %10.1f%% %14.1f%% %12.1f %12.1f%n", o.setting(), o.storeFillRate() * 100,
                    o.webFillRate() * 100, o.webFromStores() * 100, o.meanStoreStock(), o.meanWarehouseStock());
        }
        out.printf(Locale.ROOT, "Simulation took %.1f s.%n", (System.nanoTime() - start) / 1e9);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
