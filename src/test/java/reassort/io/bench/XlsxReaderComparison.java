package reassort.io.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Measures the two streaming XLSX readers on the same generated sales file, so the choice of reader rests on
 * figures from this machine. Run: {@code java -Xmx512m -cp target/test-classes:target/classes:<deps>
 * reassort.io.bench.XlsxReaderComparison [rows] [dir]}. Not a test: it asserts nothing and prints rows/s.
 */
public final class XlsxReaderComparison {
    private XlsxReaderComparison() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("xlsx-bench");
        Path file = dir.resolve("sales-" + rows + ".xlsx");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            writeSalesWorkbook(file, rows);
            System.out.printf("wrote %s (%,d bytes) in %.1f s%n", file, Files.size(file), (System.nanoTime() - t0) / 1e9);
        }
        for (int round = 1; round <= 3; round++) {
            time("fastexcel-reader (formats on)", rows, () -> fastexcelCells(file, true));
            time("fastexcel-reader (formats off)", rows, () -> fastexcelCells(file, false));
            time("POI XSSFReader SAX + DataFormatter", rows, () -> poiSaxCells(file));
        }
    }

    /** A long sales sheet: date, SKU, store, channel, quantity, amount, promo code (7 columns). */
    public static void writeSalesWorkbook(Path file, int rows) throws IOException {
        String[] channels = {"STORE", "WEB", "MKP", "CC"};
        LocalDate start = LocalDate.of(2024, 1, 1);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Reassort bench", "1.0");
            Worksheet ws = wb.newWorksheet("Ventes");
            String[] headers = {"Date", "Code article", "Magasin", "Canal", "Quantité", "CA", "Code promo"};
            for (int c = 0; c < headers.length; c++) ws.value(0, c, headers[c]);
            ws.style(0).format("dd/mm/yyyy").set();
            for (int r = 1; r <= rows; r++) {
                int i = r - 1;
                ws.value(r, 0, start.plusDays(i / 2_000 % 700));
                ws.value(r, 1, "SKU-" + (10_000 + i * 7 % 5_000));
                ws.value(r, 2, "STORE-" + (i % 120));
                ws.value(r, 3, channels[i % channels.length]);
                int quantity = i % 17 == 0 ? -1 : 1 + i % 9;
                ws.value(r, 4, quantity);
                ws.value(r, 5, quantity * 12.5);
                if (i % 50 == 0) ws.value(r, 6, "PROMO-" + (i / 10_000));
                if (r % 10_000 == 0) ws.flush();
            }
            wb.finish();
        }
    }

    static long fastexcelCells(Path file, boolean withFormats) throws IOException {
        long cells = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(withFormats, false))) {
            Iterator<Sheet> sheets = wb.getSheets().iterator();
            while (sheets.hasNext()) {
                try (var stream = sheets.next().openStream()) {
                    Iterator<Row> it = stream.iterator();
                    while (it.hasNext()) {
                        for (Cell cell : it.next()) {
                            if (cell != null && !cell.getText().isEmpty()) cells++;
                        }
                    }
                }
            }
        }
        return cells;
    }

    static long poiSaxCells(Path file) throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override public void startRow(int rowNum) {}
                                @Override public void endRow(int rowNum) {}
                                @Override public void cell(String ref, String value, XSSFComment comment) {
                                    if (value != null && !value.isEmpty()) cells[0]++;
                                }
                            }, new DataFormatter(), false));
                    xml.parse(new InputSource(in));
                }
            }
        }
        return cells[0];
    }

    interface Measured {
        long run() throws Exception;
    }

    static void time(String what, int rows, Measured measured) throws Exception {
        System.gc();
        long t0 = System.nanoTime();
        long cells = measured.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-38s %,11d cells  %6.2f s  %,9.0f rows/s%n", what, cells, seconds, rows / seconds);
    }
}
