package reassort.app.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reassort.app.sample.SampleTables.Language;
import reassort.app.sample.SampleTables.Table;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.io.write.Column;
import reassort.io.write.CsvConvention;
import reassort.io.write.CsvTableWriter;
import reassort.io.write.TableWriter;
import reassort.io.write.XlsxWorkbookWriter;

/**
 * Writes a {@link SampleRetailer} as the files of {@code data-samples/}: one English workbook with a sheet per
 * dataset, the same data as French CSV files (UTF-8 with BOM; the sales in Windows-1252 like a legacy till
 * export), weekly stock snapshots, and a "dates across columns" workbook of weekly store sales.
 */
public final class SampleFiles {
    public static final String WORKBOOK = "reassort-sample.xlsx";
    public static final String WEEKLY_STORE_SALES = "ventes-semaines-magasins.xlsx";
    public static final String STOCK_HISTORY = "stock-hebdo.csv";
    public static final int WEEKS_ACROSS = 52;

    private static final int ROWS_BETWEEN_CHECKS = 10_000;

    /** A file written, with its data rows (header excluded). */
    public record WrittenFile(Path path, long rows) {}

    private final SampleRetailer retailer;
    private final Path directory;
    private final ProgressListener progress;
    private final List<WrittenFile> written = new ArrayList<>();
    private long rowsDone;
    private final long rowsInAll;

    private SampleFiles(SampleRetailer retailer, Path directory, ProgressListener progress) {
        this.retailer = retailer;
        this.directory = directory;
        this.progress = progress;
        long datasets = retailer.products().size() + retailer.locations().size() + retailer.suppliers().size()
                + retailer.stock().size() + retailer.purchaseOrders().size() + retailer.promotions().size()
                + retailer.sales().size();
        this.rowsInAll = 2 * datasets + retailer.stockHistory().size();
    }

    public static List<WrittenFile> write(SampleRetailer retailer, Path directory) throws IOException {
        return write(retailer, directory, ProgressListener.NONE);
    }

    /**
     * Writes every sample file into {@code directory} (created if missing), replacing files of the same name.
     * Each file appears complete or not at all.
     */
    public static List<WrittenFile> write(SampleRetailer retailer, Path directory, ProgressListener progress)
            throws IOException {
        Files.createDirectories(directory);
        return new SampleFiles(retailer, directory, progress).writeAll();
    }

    /**
     * Only the French CSV files: what the byte-for-byte reproducibility checks compare, and the quickest set to
     * write when the workbench loads the sample.
     */
    public static List<WrittenFile> writeCsvFiles(SampleRetailer retailer, Path directory, ProgressListener progress)
            throws IOException {
        Files.createDirectories(directory);
        SampleFiles files = new SampleFiles(retailer, directory, progress);
        files.writeCsv();
        return List.copyOf(files.written);
    }

    private List<WrittenFile> writeAll() throws IOException {
        writeWorkbook();
        writeCsv();
        writeWeeklyStoreSales();
        return List.copyOf(written);
    }

    private void writeCsv() throws IOException {
        CsvConvention utf8 = CsvConvention.frenchUtf8();
        csv("articles.csv", utf8, SampleTables.PRODUCTS, retailer.products());
        csv("sites.csv", utf8, SampleTables.LOCATIONS, retailer.locations());
        csv("fournisseurs.csv", utf8, SampleTables.SUPPLIERS, retailer.suppliers());
        csv("stock.csv", utf8, SampleTables.STOCK, retailer.stock());
        csv(STOCK_HISTORY, utf8, SampleTables.STOCK, retailer.stockHistory());
        csv("commandes.csv", utf8, SampleTables.PURCHASE_ORDERS, retailer.purchaseOrders());
        csv("promotions.csv", utf8, SampleTables.PROMOTIONS, retailer.promotions());
        csv("ventes.csv", CsvConvention.frenchWindows1252(), SampleTables.SALES, retailer.sales());
    }

    private void writeWorkbook() throws IOException {
        Path path = directory.resolve(WORKBOOK);
        long rows = 0;
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(path)) {
            rows += sheet(xlsx, "Products", SampleTables.PRODUCTS, retailer.products());
            rows += sheet(xlsx, "Locations", SampleTables.LOCATIONS, retailer.locations());
            rows += sheet(xlsx, "Suppliers", SampleTables.SUPPLIERS, retailer.suppliers());
            rows += sheet(xlsx, "Stock", SampleTables.STOCK, retailer.stock());
            rows += sheet(xlsx, "Purchase orders", SampleTables.PURCHASE_ORDERS, retailer.purchaseOrders());
            rows += sheet(xlsx, "Promotions", SampleTables.PROMOTIONS, retailer.promotions());
            rows += sheet(xlsx, "Sales", SampleTables.SALES, retailer.sales());
            xlsx.commit();
        }
        written.add(new WrittenFile(path, rows));
    }

    private <T> long sheet(XlsxWorkbookWriter xlsx, String name, Table<T> table, List<T> items) throws IOException {
        TableWriter sheet = xlsx.sheet(name, table.columns(Language.ENGLISH));
        rows(sheet, table, items, Language.ENGLISH, WORKBOOK + " / " + name);
        return sheet.rowCount();
    }

    private <T> void csv(String name, CsvConvention convention, Table<T> table, List<T> items) throws IOException {
        Path path = directory.resolve(name);
        try (CsvTableWriter csv = CsvTableWriter.create(path, convention, table.columns(Language.FRENCH))) {
            rows(csv, table, items, Language.FRENCH, name);
            csv.commit();
            written.add(new WrittenFile(path, csv.rowCount()));
        }
    }

    private <T> void rows(TableWriter writer, Table<T> table, List<T> items, Language language, String what)
            throws IOException {
        for (int i = 0; i < items.size(); i++) {
            if (i % ROWS_BETWEEN_CHECKS == 0) {
                ProgressListener.checkCancelled();
                progress.progress(rowsDone + i, rowsInAll, "Writing " + what);
            }
            writer.row(table.row(items.get(i), language));
        }
        rowsDone += items.size();
    }

    /**
     * Gross units sold in stores (channel STORE, returns excluded) per SKU, store and ISO week, for the last
     * {@value #WEEKS_ACROSS} complete weeks: SKUs down, weeks across, as planners keep them in Excel.
     */
    private void writeWeeklyStoreSales() throws IOException {
        ProgressListener.checkCancelled();
        List<LocalDate> weeks = lastCompleteWeeks(retailer.lastDay(), WEEKS_ACROSS);
        LocalDate from = weeks.get(0);
        LocalDate to = weeks.get(weeks.size() - 1).plusDays(6);
        Map<SeriesKey, long[]> units = new TreeMap<>();
        for (SeriesKey series : retailer.series()) {
            if (series.channel().equals(SkuSimulation.STORE)) {
                units.put(series, new long[weeks.size()]);
            }
        }
        for (SalesLine line : retailer.sales()) {
            if (line.kind() == SalesKind.SALE && line.channel().equals(SkuSimulation.STORE)
                    && !line.date().isBefore(from) && !line.date().isAfter(to)) {
                int week = (int) (ChronoUnit.DAYS.between(from, line.date()) / 7);
                units.get(new SeriesKey(line.sku(), line.location(), line.channel()))[week] += Math.round(line.quantity());
            }
        }
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("Code article"), Column.text("Libellé"), Column.text("Magasin"), Column.text("Canal")));
        for (LocalDate monday : weeks) {
            columns.add(Column.integer(weekHeader(monday)));
        }
        Map<String, Product> products = retailer.productsBySku();
        Path path = directory.resolve(WEEKLY_STORE_SALES);
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(path)) {
            TableWriter sheet = xlsx.sheet("Ventes magasins", columns);
            for (Map.Entry<SeriesKey, long[]> row : units.entrySet()) {
                Object[] cells = new Object[columns.size()];
                cells[0] = row.getKey().sku();
                cells[1] = products.get(row.getKey().sku()).label();
                cells[2] = row.getKey().location();
                cells[3] = row.getKey().channel();
                for (int w = 0; w < weeks.size(); w++) {
                    cells[4 + w] = row.getValue()[w];
                }
                sheet.row(cells);
            }
            xlsx.commit();
            written.add(new WrittenFile(path, sheet.rowCount()));
        }
    }

    /** Mondays of the {@code count} last ISO weeks that end on or before {@code lastDay}. */
    static List<LocalDate> lastCompleteWeeks(LocalDate lastDay, int count) {
        LocalDate lastSunday = lastDay.getDayOfWeek() == DayOfWeek.SUNDAY
                ? lastDay
                : lastDay.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        LocalDate firstMonday = lastSunday.minusDays(6).minusWeeks(count - 1L);
        List<LocalDate> mondays = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            mondays.add(firstMonday.plusWeeks(w));
        }
        return mondays;
    }

    /** "S07 2026": the ISO week number and its week-based year, as French planners label weeks. */
    static String weekHeader(LocalDate monday) {
        return String.format(java.util.Locale.ROOT, "S%02d %d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_BASED_YEAR));
    }
}
