package reassort.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import reassort.app.ScratchDirectory;
import reassort.app.Workspace;
import reassort.app.imports.FileToImport;
import reassort.domain.Dataset;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.StockPosition;
import reassort.io.SpreadsheetImport;
import reassort.io.write.Column;
import reassort.io.write.CsvConvention;
import reassort.io.write.CsvTableWriter;
import reassort.io.write.TableWriter;
import reassort.io.write.XlsxWorkbookWriter;
import reassort.store.ImportWriter;
import reassort.store.Store;
import reassort.store.StoreBenchmark;
import reassort.store.StoreBenchmark.Timing;

/**
 * The import benchmark of issue 2: generates a sales file of N rows as XLSX and French CSV, then times the bare
 * streaming parse of the XLSX and the full import (parse, validate, store, commit) of each into a fresh store.
 */
public final class ImportBenchmark {
    private static final List<Column> SALES_COLUMNS = List.of(Column.date("Date"), Column.text("Code article"),
            Column.text("Magasin"), Column.text("Canal"), Column.number("Quantité", 0), Column.number("CA", 2),
            Column.text("Code promo"));

    public record Result(String what, Timing median, List<Timing> runs) {
        public double rowsPerSecond() {
            return median.items() / Math.max(1e-9, median.elapsed().toNanos() / 1e9);
        }

        public long maxPeakHeapBytes() {
            return runs.stream().mapToLong(Timing::peakHeapBytes).max().orElse(0);
        }
    }

    private final Path workDir;
    private final long rows;
    private final int runs;

    public ImportBenchmark(Path workDir, long rows, int runs) {
        this.workDir = workDir;
        this.rows = rows;
        this.runs = runs;
    }

    /** Excel holds at most 1,048,576 rows a sheet, header included. */
    public boolean fitsInOneSheet() {
        return rows < 1_048_576;
    }

    public Path xlsx() {
        return workDir.resolve("bench-sales-" + rows + ".xlsx");
    }

    public Path csv() {
        return workDir.resolve("bench-ventes-" + rows + ".csv");
    }

    /** Writes the two files unless they are already there from an earlier run. */
    public void prepareFiles(ProgressListener progress) {
        try {
            Files.createDirectories(workDir);
            if (!Files.exists(csv())) {
                try (CsvTableWriter csv = CsvTableWriter.create(csv(), CsvConvention.frenchWindows1252(), SALES_COLUMNS)) {
                    fill(csv, progress, "Writing " + csv().getFileName());
                    csv.commit();
                }
            }
            if (fitsInOneSheet() && !Files.exists(xlsx())) {
                try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(xlsx())) {
                    fill(xlsx.sheet("Sales", SALES_COLUMNS), progress, "Writing " + xlsx().getFileName());
                    xlsx.commit();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark files in " + workDir + ": " + e.getMessage(), e);
        }
    }

    private void fill(TableWriter writer, ProgressListener progress, String message) throws IOException {
        Iterator<SalesLine> lines = StoreBenchmark.syntheticSales(rows, LocalDate.of(2023, 1, 2), 3 * 364, 42);
        long written = 0;
        while (lines.hasNext()) {
            SalesLine line = lines.next();
            double sign = line.kind() == SalesKind.RETURN ? -1 : 1;
            writer.row(line.date(), line.sku(), line.location(), line.channel(), sign * line.quantity(),
                    sign * line.amount(), line.promoCode());
            if (++written % 100_000 == 0) progress.progress(written, rows, message);
        }
    }

    public Result bareParseXlsx() {
        SpreadsheetImport reader = new SpreadsheetImport(reassort.domain.Channel.defaults().stream()
                .map(reassort.domain.Channel::code).collect(java.util.stream.Collectors.toSet()));
        return measure("bare streaming parse of the XLSX (cells)", () -> reader.bareParse(xlsx(), ProgressListener.NONE));
    }

    /** Full import of a file into a fresh store opened beforehand: what a planner's import costs. */
    public Result importFile(Path file) {
        List<Timing> timings = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (ScratchDirectory store = ScratchDirectory.create(workDir, "bench-store");
                    Workspace workspace = Workspace.open(store.path(), Clock.systemDefaultZone())) {
                timings.add(StoreBenchmark.timed(() -> workspace.imports()
                        .importNow(List.of(new FileToImport(file, null)), true, null, ProgressListener.NONE)
                        .recordsWritten()));
            }
        }
        return new Result("full import of " + file.getFileName() + " (rows)", StoreBenchmark.median(timings), timings);
    }

    /** The master datasets timed by {@link #masterData}: each goes through a MERGE of the store's import writer. */
    public enum MasterDataset {
        STOCK("one-date stock snapshot", Dataset.STOCK),
        PURCHASE_ORDERS("purchase-order lines", Dataset.PURCHASE_ORDERS),
        PRODUCTS("products", Dataset.PRODUCTS);

        final String label;
        final Dataset dataset;

        MasterDataset(String label, Dataset dataset) {
            this.label = label;
            this.dataset = dataset;
        }
    }

    /**
     * {@code count} records of one master dataset written by one import into an empty store (store opened
     * beforehand): 20 locations per SKU, one snapshot date, one order line per SKU × location. Run it at two sizes:
     * a MERGE that H2 plans through the wrong index grows with the square of the rows, not linearly. Each timing's
     * items are the rows the import reports inserted.
     */
    public Result masterData(MasterDataset dataset, long count) {
        List<Timing> timings = new ArrayList<>();
        LocalDate asOf = LocalDate.of(2024, 3, 3);
        for (int run = 0; run < runs; run++) {
            try (ScratchDirectory directory = ScratchDirectory.create(workDir, "bench-store");
                    Store store = Store.open(directory.path())) {
                timings.add(StoreBenchmark.timed(() -> {
                    try (ImportWriter writer = store.beginImport("bench-import " + dataset.label)) {
                        for (long i = 0; i < count; i++) {
                            String sku = String.format("B%07d", i / 20);
                            String location = String.format("ST-%03d", i % 20);
                            switch (dataset) {
                                case STOCK -> writer.add(new StockPosition(sku, location, asOf,
                                        i % 7, 0, 0, 0));
                                case PURCHASE_ORDERS -> writer.add(new PurchaseOrderLine("PO-" + i / 20,
                                        sku, location, "SUP-001", 12, asOf.plusDays(3 + i % 14), i % 2 == 0));
                                case PRODUCTS -> writer.add(new Product(String.format("B%07d", i),
                                        "Item " + i, "CAT-" + i % 12, 2.5, 4.5, "SUP-001", "REF-" + i, 1, 0));
                            }
                        }
                        return writer.commit(List.of()).counts(dataset.dataset).inserted();
                    }
                }));
            }
        }
        return new Result(count + " " + dataset.label + " into an empty store (records)", StoreBenchmark.median(timings),
                timings);
    }

    private Result measure(String what, java.util.function.LongSupplier action) {
        List<Timing> timings = new ArrayList<>();
        for (int run = 0; run < runs; run++) timings.add(StoreBenchmark.timed(action));
        return new Result(what, StoreBenchmark.median(timings), timings);
    }
}
