package reassort.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.ScratchDirectory;
import reassort.app.bench.ExportBenchmark;
import reassort.app.bench.ExportBenchmark.Result;
import reassort.app.export.ExportFormat;
import reassort.store.Store;

/** {@code reassort bench-export}: the order export benchmark (run it with a fixed heap, e.g. {@code java -Xmx512m}). */
@Command(
        name = "bench-export",
        mixinStandardHelpOptions = true,
        description = "Fills a throw-away store with N supplier order proposals, then reports the median time and peak "
                + "heap of exporting them to XLSX (a sheet per supplier) and to French CSV, and the time of one export "
                + "that also marks them EXPORTED, then the same for N transfers. Target: 100,000 lines in 5 s or less, "
                + "marking included. Run with a fixed heap: "
                + "java -Xmx512m -jar target/reassort.jar bench-export.")
public final class BenchExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lines", defaultValue = "100000", description = "Order lines (default: ${DEFAULT-VALUE}).")
    int lines;

    @Option(names = "--runs", defaultValue = "3", description = "Runs per measurement; medians are reported.")
    int runs;

    @Option(names = "--dir", description = "Where to put the throw-away store and files (default: target/bench).")
    Path dir = Path.of("target", "bench");

    @Override
    public Integer call() {
        if (lines < 1 || runs < 1) throw new CliFailure("--lines and --runs must be at least 1 (got " + lines + ", " + runs + ").");
        PrintWriter out = spec.commandLine().getOut();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CliFailure("Cannot create " + dir + ": " + e.getMessage() + ". Maybe pass --dir.");
        }
        Clock clock = Clock.systemDefaultZone();
        try (ScratchDirectory scratch = ScratchDirectory.create(dir, "bench-export");
                Store store = Store.open(scratch.path().resolve("store"), clock)) {
            long started = System.nanoTime();
            ExportBenchmark.fill(store, lines, LocalDate.now(clock), 42);
            out.printf(Locale.ROOT, "JVM max heap %d MB, %d processors, %,d lines (store filled in %.1f s), %d runs each (median)%n",
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), lines,
                    (System.nanoTime() - started) / 1e9, runs);
            Result xlsx = ExportBenchmark.time(store, clock, ExportFormat.XLSX, scratch.path().resolve("orders.xlsx"), runs);
            print(out, xlsx, scratch.path().resolve("orders.xlsx"));
            Result csv = ExportBenchmark.time(store, clock, ExportFormat.CSV_FR, scratch.path().resolve("orders.csv"), runs);
            print(out, csv, scratch.path().resolve("orders.csv"));
            Result marked = ExportBenchmark.timeWithMarking(store, clock, scratch.path().resolve("orders-marked.xlsx"));
            print(out, marked, scratch.path().resolve("orders-marked.xlsx"));
            ExportBenchmark.fillTransfers(store, lines, LocalDate.now(clock), 43);
            Result transfers = ExportBenchmark.timeTransfersWithMarking(store, clock,
                    scratch.path().resolve("transfers-marked.xlsx"));
            print(out, transfers, scratch.path().resolve("transfers-marked.xlsx"));
            out.printf(Locale.ROOT, "XLSX export %.2f s wall (target <= 5 s; on a loaded machine compare the CPU times); heap peak <= %d MB (sum of the heap pools' peaks, an upper bound)%n",
                    seconds(xlsx), Math.max(xlsx.maxPeakHeapBytes(), csv.maxPeakHeapBytes()) >> 20);
            return 0;
        } catch (UncheckedIOException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    private static void print(PrintWriter out, Result r, Path file) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = -1;
        }
        out.printf(Locale.ROOT, "%-45s %8.2f s (thread CPU %.2f s, process CPU %.2f s)  %,9.0f lines/s  heap peak %5d MB  "
                + "file %,d KB%n", r.what(), seconds(r), r.median().threadCpu().toNanos() / 1e9,
                r.median().processCpu().toNanos() / 1e9, r.median().items() / Math.max(1e-9, seconds(r)),
                r.maxPeakHeapBytes() >> 20, bytes >> 10);
    }

    private static double seconds(Result r) {
        return r.median().elapsed().toNanos() / 1e9;
    }
}
