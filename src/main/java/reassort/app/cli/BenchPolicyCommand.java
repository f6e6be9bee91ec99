package reassort.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.domain.ProgressListener;
import reassort.engine.policy.PolicyEngine;
import reassort.engine.policy.PolicyInput;
import reassort.engine.policy.PolicyResult;
import reassort.engine.policy.SafetyStockMethod;
import reassort.engine.policy.ServiceLevel;
import reassort.engine.policy.ServiceTarget;
import reassort.engine.simulation.PolicyBenchmark;
import reassort.engine.simulation.SyntheticPortfolio;

/**
 * {@code reassort bench-policy}: simulates the computed policy against a plain min/max rule tuned to the same
 * service, and times policy computation over generated series (engine only, no store).
 */
@Command(
        name = "bench-policy",
        mixinStandardHelpOptions = true,
        description = {"Compares, by simulation, the stock of the computed replenishment policy with a plain min/max rule"
                + " tuned to the same cycle service level, over several demand archetypes; then times the policy"
                + " computation over generated series (engine only)."})
public final class BenchPolicyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--periods", paramLabel = "WEEKS", defaultValue = "100000",
            description = "Weeks simulated per archetype and per rule; 0 skips the simulation (default: ${DEFAULT-VALUE}).")
    int periods;

    @Option(names = "--target", paramLabel = "PROBABILITY", defaultValue = "0.95",
            description = "Cycle service target of the computed policy, e.g. 0.95 (default: ${DEFAULT-VALUE}).")
    double target;

    @Option(names = "--series", paramLabel = "COUNT", defaultValue = "100000",
            description = "Generated series (SKU × location) to time the policy computation on; 0 skips it (default: ${DEFAULT-VALUE}).")
    int series;

    @Option(names = "--seed", defaultValue = "20240304", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (periods != 0 && periods < 1000) {
            throw new CliFailure("--periods (" + periods + ") is too short to measure service. Maybe use 20000 or more, or 0 to skip the simulation.");
        }
        if (series < 0) {
            throw new CliFailure("--series (" + series + ") must be zero or more. Maybe use 100000.");
        }
        ServiceTarget serviceTarget;
        try {
            serviceTarget = new ServiceTarget(reassort.engine.policy.ServiceMeasure.CYCLE_SERVICE, ServiceLevel.of(target));
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--target: " + e.getMessage());
        }
        if (periods > 0) simulate(out, serviceTarget);
        if (series > 0) throughput(out);
        return 0;
    }

    private void simulate(PrintWriter out, ServiceTarget serviceTarget) {
        long start = System.nanoTime();
        PolicyBenchmark.Comparison c = new PolicyBenchmark(periods, seed)
                .compare(PolicyBenchmark.archetypes(), serviceTarget, ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "Policy versus plain min/max — %d weeks simulated per archetype and rule, target %s,"
                + " weekly review, backorders, independent shipments (orders may cross), seed %d%n", periods, serviceTarget, seed);
        out.printf(Locale.ROOT, "Plain min/max: min = d·(L+R) + m·d, max = min + d·R; one safety cover m = %.2f weeks for"
                + " the whole portfolio, tuned to the policy's mean cycle service.%n%n", c.portfolioCover());
        out.printf(Locale.ROOT, "%-36s %-22s | %-21s | %-21s | %s%n", "", "", "computed policy", "plain min/max (one m)",
                "min/max, m per archetype");
        out.printf(Locale.ROOT, "%-36s %-22s | %6s %6s %7s | %6s %6s %7s | %6s %6s %7s%n", "archetype", "method",
                "CSL", "fill", "wks", "CSL", "fill", "wks", "m", "CSL", "wks");
        for (PolicyBenchmark.Row r : c.rows()) {
            out.printf(Locale.ROOT, "%-36s %-22s | %s %s %7.2f | %s %s %7.2f | %6.2f %s %7.2f%n", r.archetype().name(),
                    r.method(), pct(r.policy().cycleServiceLevel()), pct(r.policy().fillRate()), r.policyWeeksOfCover(),
                    pct(r.minMaxPortfolio().cycleServiceLevel()), pct(r.minMaxPortfolio().fillRate()), r.minMaxPortfolioWeeksOfCover(),
                    r.archetypeCover(), pct(r.minMaxArchetype().cycleServiceLevel()), r.minMaxArchetypeWeeksOfCover());
        }
        out.printf(Locale.ROOT, "%-36s %-22s | %s %6s %7.2f | %s %6s %7.2f | %6s %6s %7.2f%n", "mean CSL / total weeks of cover", "",
                pct(c.policyMeanCsl()), "", c.policyCover(), pct(c.minMaxMeanCsl()), "", c.minMaxPortfolioCover(), "", "",
                c.minMaxArchetypeCover());
        out.printf(Locale.ROOT, "%nStock ratio (computed policy / plain min/max at the same mean cycle service): %.3f — %.1f %% less"
                + " stock (target: at least 10 %% less). Against min/max tuned per archetype: %.3f.%n",
                c.stockRatio(), (1 - c.stockRatio()) * 100, c.policyCover() / c.minMaxArchetypeCover());
        out.printf(Locale.ROOT, "Simulation took %.1f s.%n%n", seconds);
    }

    private void throughput(PrintWriter out) {
        LocalDate today = LocalDate.of(2024, 3, 4);
        PolicyInput input = SyntheticPortfolio.generate(series, seed, today);
        PolicyEngine engine = new PolicyEngine(Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        engine.plan(new PolicyInput(input.items().subList(0, Math.min(2000, series)), input.suppliers(), input.locations(),
                input.transferLanes(), input.settings())); // warm-up of the JIT
        System.gc();
        long inputHeap = usedHeap();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        PolicyResult result = engine.plan(input);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.gc();
        long retained = usedHeap();
        long explanationSteps = result.proposals().stream().mapToLong(p -> p.explanation().size()).sum();
        out.printf(Locale.ROOT, "Policy computation: %d generated series (20 locations, 200 suppliers) planned in %.2f s"
                + " wall, %.2f s CPU on %d cores — %.0f series/s; %d order lines, %d supplier orders, %.1f explanation"
                + " steps per proposal.%n", series, seconds, cpuSeconds, Runtime.getRuntime().availableProcessors(),
                series / seconds, result.orderLines(), result.supplierOrders().size(), (double) explanationSteps / series);
        out.printf(Locale.ROOT, "Heap: input %.0f MB; input and proposals retained %.0f MB; peak during planning %.0f MB"
                + " (garbage included; max heap %.0f MB). Methods:", inputHeap / 1e6, retained / 1e6, peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        for (Map.Entry<SafetyStockMethod, Long> e : result.countByMethod().entrySet()) {
            out.printf(Locale.ROOT, " %s %d", e.getKey(), e.getValue());
        }
        out.println();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%5.1f%%", v * 100);
    }
}
