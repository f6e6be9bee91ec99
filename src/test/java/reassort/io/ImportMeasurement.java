package reassort.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import reassort.domain.ProgressListener;
import reassort.io.bench.XlsxReaderComparison;

/**
 * Measures, on this machine, the bare parse of a generated sales file (every cell as text) against the full import
 * (mapping, validation, records to a counting sink), for XLSX and CSV, with the heap's peak use. Not a test: run
 * {@code java -Xmx512m -cp target/test-classes:target/classes:<deps> reassort.io.ImportMeasurement [rows] [dir]}.
 */
public final class ImportMeasurement {
    private ImportMeasurement() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("import-bench");
        Path xlsx = dir.resolve("sales-" + rows + ".xlsx");
        Path csv = dir.resolve("sales-" + rows + ".csv");
        if (!Files.exists(xlsx)) XlsxReaderComparison.writeSalesWorkbook(xlsx, rows);
        if (!Files.exists(csv)) writeSalesCsv(csv, rows);
        System.out.printf("max heap %d MB; %s %,d bytes; %s %,d bytes%n", Runtime.getRuntime().maxMemory() >> 20,
                xlsx.getFileName(), Files.size(xlsx), csv.getFileName(), Files.size(csv));
        SpreadsheetImport importer = new SpreadsheetImport(TestFiles.CHANNELS);
        for (int round = 1; round <= 2; round++) {
            time("zip guard (xlsx)", rows, () -> {
                ZipGuard.check(xlsx);
                return 0;
            });
            time("bare parse xlsx", rows, () -> importer.bareParse(xlsx, ProgressListener.NONE));
            time("import xlsx", rows, () -> importer.read(xlsx, null, record -> {}, ProgressListener.NONE)
                    .totalRecords());
            time("bare parse csv", rows, () -> importer.bareParse(csv, ProgressListener.NONE));
            time("import csv", rows, () -> importer.read(csv, null, record -> {}, ProgressListener.NONE)
                    .totalRecords());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("peak heap used (sum of pools' peaks) %d MB%n", peak >> 20);
    }

    /** The same seven columns as the XLSX, written as French Excel does (';', dd/mm/yyyy, decimal comma). */
    static void writeSalesCsv(Path file, int rows) throws IOException {
        String[] channels = {"STORE", "WEB", "MKP", "CC"};
        LocalDate start = LocalDate.of(2024, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, TestFiles.WINDOWS_1252)) {
            out.write("Date;Code article;Magasin;Canal;Quantité;CA;Code promo\r\n");
            for (int i = 0; i < rows; i++) {
                LocalDate date = start.plusDays(i / 2_000 % 700);
                int quantity = i % 17 == 0 ? -1 : 1 + i % 9;
                out.write(String.format("%02d/%02d/%d;SKU-%d;STORE-%d;%s;%d;%s;%s\r\n", date.getDayOfMonth(),
                        date.getMonthValue(), date.getYear(), 10_000 + i * 7 % 5_000, i % 120,
                        channels[i % channels.length], quantity, String.valueOf(quantity * 12.5).replace('.', ','),
                        i % 50 == 0 ? "PROMO-" + i / 10_000 : ""));
            }
        }
    }

    interface Measured {
        long run() throws Exception;
    }

    static void time(String what, int rows, Measured measured) throws Exception {
        System.gc();
        long start = System.nanoTime();
        long count = measured.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-18s %,12d  %6.2f s  %,9.0f rows/s%n", what, count, seconds, rows / seconds);
    }
}
