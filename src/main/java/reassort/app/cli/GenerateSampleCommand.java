package reassort.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.app.sample.SampleFiles;
import reassort.app.sample.SampleRetailer;
import reassort.app.sample.SampleSize;
import reassort.domain.ProgressListener;

/** {@code reassort generate-sample --out DIR}: regenerates the sample retailer's files (data-samples/). */
@Command(
        name = "generate-sample",
        mixinStandardHelpOptions = true,
        description = "Generates the fictional retailer of data-samples/ (products, stores, suppliers, 3 years of daily"
                + " sales, stock, open orders, promotions) and writes it as Excel workbooks and French CSV files. The same"
                + " seed, last day and size always give the same CSV files, byte for byte.")
public final class GenerateSampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--last-day", defaultValue = "2026-11-15", paramLabel = "YYYY-MM-DD",
            description = "Last day of sales history and date of the stock snapshot (default: ${DEFAULT-VALUE}).")
    LocalDate lastDay;

    @Option(names = "--size", defaultValue = "FULL", paramLabel = "SIZE",
            description = "FULL (162 SKUs, 12 stores, 3 years) or SMALL (36 SKUs, 4 stores, 2 years). Default: ${DEFAULT-VALUE}.")
    SampleSize size;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliFailure("--out " + out + " is a file, not a folder. Maybe give the folder to write into, e.g. data-samples.");
        }
        PrintWriter err = spec.commandLine().getErr();
        ProgressListener progress = CliProgress.to(err, false);
        SampleRetailer retailer = SampleRetailer.generate(seed, lastDay, size, progress);
        List<SampleFiles.WrittenFile> files;
        try {
            files = SampleFiles.write(retailer, out, progress);
        } catch (IOException e) {
            throw new CliFailure("Cannot write the sample into " + out + ": " + e.getMessage()
                    + ". Maybe check that the folder is writable and the disk not full.");
        }
        PrintWriter console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "Wrote %d files to %s (seed %d, last day %s, %s, %d sales lines):%n",
                files.size(), out, seed, lastDay, size, retailer.sales().size());
        for (SampleFiles.WrittenFile file : files) {
            console.printf(Locale.ROOT, "  %-30s %8.1f MB %9d rows%n", file.path().getFileName(), megabytes(file.path()), file.rows());
        }
        return 0;
    }

    private static double megabytes(Path file) {
        try {
            return Files.size(file) / 1_000_000.0;
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
