package reassort.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reassort.store.Store;
import reassort.store.StoreBenchmark;
import reassort.store.StoreBenchmark.Timing;

/**
 * Measures the store on synthetic sales in a throw-away store: importing N lines (begin → commit), re-importing
 * the same period (replacement), and streaming weekly series. Run with a fixed heap, e.g.
 * {@code java -Xmx512m -jar target/reassort.jar bench-store}.
 */
@Command(name = "bench-store", description = "Time the store: sales import, re-import and weekly aggregation.")
final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lines", defaultValue = "1000000", description = "Sales lines per import (default: ${DEFAULT-VALUE}).")
    long lines;

    @Option(names = "--runs", defaultValue = "3", description = "Runs per measurement; the median is reported.")
    int runs;

    @Option(names = "--weekly-lines", split = ",", defaultValue = "1000000,5000000",
            description = "Store sizes for the weekly aggregation (default: ${DEFAULT-VALUE}).")
    List<Long> weeklyLines;

    @Option(names = "--dir", description = "Where to create the throw-away stores (default: the temp directory).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("JVM max heap %d MB, %d processors, system load average %.1f%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        LocalDate first = LocalDate.of(2024, 1, 1);
        int days = 364;

        out.printf("Generating %,d lines without storing: %s%n", lines,
                describe(StoreBenchmark.generateOnly(StoreBenchmark.syntheticSales(lines, first, days, 1))));
        List<Timing> imports = new ArrayList<>();
        List<Timing> reimports = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path directory = newDirectory();
            try (Store store = Store.open(directory)) {
                Timing timing = StoreBenchmark.importSales(store, StoreBenchmark.syntheticSales(lines, first, days, run));
                imports.add(timing);
                out.printf("  import run %d: %s%n", run, describe(timing));
                Timing again = StoreBenchmark.importSales(store, StoreBenchmark.syntheticSales(lines, first, days, run));
                reimports.add(again);
                out.printf("  re-import run %d (replaces all): %s%n", run, describe(again));
            } finally {
                delete(directory);
            }
        }
        List<Timing> increments = new ArrayList<>();
        Path yearStore = newDirectory();
        try (Store store = Store.open(yearStore)) {
            StoreBenchmark.importSales(store, StoreBenchmark.syntheticSales(lines, first, days, 1));
            long perWeek = lines / (days / 7);
            for (int run = 1; run <= runs; run++) {
                // The last week again, as a planner's Monday file would bring it (same series, new numbers).
                increments.add(StoreBenchmark.importSales(store,
                        StoreBenchmark.syntheticSales(perWeek, first.plusDays(days - 7L), 7, 100 + run)));
            }
        } finally {
            delete(yearStore);
        }
        out.printf("Import %,d lines into an empty file store, median of %d: %s%n", lines, runs,
                describe(StoreBenchmark.median(imports)));
        out.printf("Re-import of the same period, median of %d: %s%n", runs, describe(StoreBenchmark.median(reimports)));
        out.printf("Weekly file (last week, %,d lines) into that store, median of %d: %s%n",
                StoreBenchmark.median(increments).items(), runs, describe(StoreBenchmark.median(increments)));

        for (long size : weeklyLines) {
            int sizeDays = size > 2_000_000 ? 728 : days;
            Path directory = newDirectory();
            try (Store store = Store.open(directory)) {
                StoreBenchmark.importSales(store, StoreBenchmark.syntheticSales(size, first, sizeDays, 7));
                LocalDate from = StoreBenchmark.mondayOf(first);
                LocalDate to = first.plusDays(sizeDays - 1).with(java.time.DayOfWeek.SUNDAY);
                List<Timing> weekly = new ArrayList<>();
                for (int run = 1; run <= runs; run++) weekly.add(StoreBenchmark.weeklyAggregation(store, from, to));
                out.printf("Weekly aggregation over %,d lines (%d weeks), median of %d: %s series%n", size,
                        sizeDays / 7, runs, describe(StoreBenchmark.median(weekly)));
                out.printf("  store file %d MB%n", Files.size(directory.resolve("reassort.mv.db")) >> 20);
            } finally {
                delete(directory);
            }
        }
        return 0;
    }

    private static String describe(Timing timing) {
        return String.format("%,d ms (CPU: thread %,d ms, JVM %,d ms), peak heap %d MB, %,d items",
                timing.elapsed().toMillis(), timing.threadCpu().toMillis(), timing.processCpu().toMillis(),
                timing.peakHeapBytes() >> 20, timing.items());
    }

    private Path newDirectory() throws IOException {
        return dir == null ? Files.createTempDirectory("reassort-bench") : Files.createTempDirectory(dir, "reassort-bench");
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
