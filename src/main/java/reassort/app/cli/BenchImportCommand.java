package reassort.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.bench.ImportBenchmark;
import reassort.app.bench.ImportBenchmark.Result;

/** {@code reassort bench-import}: the import benchmark (run it with a fixed heap, e.g. {@code java -Xmx512m}). */
@Command(
        name = "bench-import",
        mixinStandardHelpOptions = true,
        description = "Generates a sales file of N rows as XLSX and French CSV, then reports the median of the bare"
                + " XLSX parse, of the full XLSX import and of the full CSV import into a fresh store, with rows/s and"
                + " peak heap. Run with a fixed heap: java -Xmx512m -jar target/reassort.jar bench-import.")
public final class BenchImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows in the sales files (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--runs", defaultValue = "3", description = "Runs per measurement; medians are reported.")
    int runs;

    @Option(names = "--dir", description = "Where to write the files and throw-away stores (default: target/bench).")
    Path dir = Path.of("target", "bench");

    @Option(names = "--master-rows", description = "Instead of the sales files: time a one-date stock snapshot, "
            + "purchase-order lines and products of N and N/4 records, each imported into an empty store (the "
            + "ratio is about 4 when the time grows linearly, 16 when quadratically).")
    Long masterRows;

    @Override
    public Integer call() {
        if (rows < 1 || runs < 1) throw new CliFailure("--rows and --runs must be at least 1 (got " + rows + ", " + runs + ").");
        PrintWriter out = spec.commandLine().getOut();
        if (masterRows != null) return masterData(out);
        ImportBenchmark bench = new ImportBenchmark(dir, rows, runs);
        bench.prepareFiles(CliProgress.to(spec.commandLine().getErr(), false));
        out.printf(Locale.ROOT, "JVM max heap %d MB, %d processors, %,d rows, %d runs each (median)%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), rows, runs);
        Result csv = bench.importFile(bench.csv());
        if (!bench.fitsInOneSheet()) {
            out.println("(no XLSX: a sheet holds at most 1,048,576 rows)");
            print(out, csv, rows);
            out.printf(Locale.ROOT, "CSV import %.2f s; heap peak <= %d MB (upper bound)%n", seconds(csv), csv.maxPeakHeapBytes() >> 20);
            return 0;
        }
        Result parse = bench.bareParseXlsx();
        print(out, parse, rows);
        Result xlsx = bench.importFile(bench.xlsx());
        print(out, xlsx, rows);
        print(out, csv, rows);
        out.printf(Locale.ROOT, "XLSX import / bare parse = %.2f (target <= 1.5); CSV import %.2f s (target <= 3 s); "
                        + "heap peak <= %d MB (sum of the heap pools' peaks, an upper bound; the run itself proves -Xmx suffices)%n",
                seconds(xlsx) / seconds(parse), seconds(csv),
                Math.max(parse.maxPeakHeapBytes(), Math.max(xlsx.maxPeakHeapBytes(), csv.maxPeakHeapBytes())) >> 20);
        return 0;
    }

    private int masterData(PrintWriter out) {
        if (masterRows < 4) throw new CliFailure("--master-rows must be at least 4 (got " + masterRows + ").");
        ImportBenchmark bench = new ImportBenchmark(dir, masterRows, runs);
        out.printf(Locale.ROOT, "JVM max heap %d MB, %d processors, %d runs each (median)%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), runs);
        for (ImportBenchmark.MasterDataset dataset : ImportBenchmark.MasterDataset.values()) {
            Result quarter = bench.masterData(dataset, masterRows / 4);
            Result full = bench.masterData(dataset, masterRows);
            print(out, quarter, masterRows / 4);
            print(out, full, masterRows);
            out.printf(Locale.ROOT, "  %s: %,d records take %.1f times as long as %,d, %.1f times the CPU of this "
                            + "thread (4 = linear, 16 = quadratic)%n", dataset.name().toLowerCase(Locale.ROOT),
                    masterRows, seconds(full) / seconds(quarter), masterRows / 4,
                    cpuSeconds(full) / Math.max(1e-9, cpuSeconds(quarter)));
        }
        return 0;
    }

    private static double cpuSeconds(Result result) {
        return result.median().threadCpu().toNanos() / 1e9;
    }

    private static double seconds(Result result) {
        return result.median().elapsed().toNanos() / 1e9;
    }

    private static void print(PrintWriter out, Result result, long rows) {
        out.printf(Locale.ROOT, "%-50s %8.2f s  (CPU of this thread %6.2f s)  %,10.0f rows/s  heap peak <= %4d MB%n",
                result.what(), seconds(result), result.median().threadCpu().toNanos() / 1e9,
                rows / seconds(result), result.maxPeakHeapBytes() >> 20);
    }
}
