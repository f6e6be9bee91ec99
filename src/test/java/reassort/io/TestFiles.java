package reassort.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import reassort.domain.Channel;
import reassort.domain.ProgressListener;

/** Fixture files written by the tests themselves: workbooks with POI, CSV text in a chosen charset. */
final class TestFiles {
    private TestFiles() {}

    static final java.util.Set<String> CHANNELS = java.util.Set.copyOf(
            Channel.defaults().stream().map(Channel::code).toList());

    static SpreadsheetImport importer() {
        return new SpreadsheetImport(CHANNELS);
    }

    /** A percent-formatted numeric cell (stored as a fraction, as Excel does). */
    record Percent(double fraction) {}

    /** A sheet: its name and rows; cells are String, Number, Boolean, LocalDate (a date cell), Percent or null. */
    record SheetData(String name, List<List<Object>> rows) {}

    static SheetData sheet(String name, Object[]... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (Object[] row : rows) list.add(Arrays.asList(row));
        return new SheetData(name, list);
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static Path xlsx(Path file, SheetData... sheets) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            return write(workbook, file, sheets);
        }
    }

    static Path xls(Path file, SheetData... sheets) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            return write(workbook, file, sheets);
        }
    }

    private static Path write(Workbook workbook, Path file, SheetData... sheets) throws IOException {
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle percentStyle = workbook.createCellStyle();
        percentStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0%"));
        for (SheetData data : sheets) {
            Sheet sheet = workbook.createSheet(data.name());
            for (int r = 0; r < data.rows().size(); r++) {
                List<Object> cells = data.rows().get(r);
                if (cells.isEmpty()) continue;
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) continue;
                    Cell cell = row.createCell(c);
                    if (value instanceof String s) {
                        cell.setCellValue(s);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Percent p) {
                        cell.setCellValue(p.fraction());
                        cell.setCellStyle(percentStyle);
                    } else {
                        throw new IllegalArgumentException("Unsupported cell " + value);
                    }
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    static Path text(Path file, String content, Charset charset, boolean bom) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(content.getBytes(charset));
        }
        return file;
    }

    static Path utf8(Path file, String content) throws IOException {
        return text(file, content, StandardCharsets.UTF_8, false);
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Reads a file with the proposed mapping into a list (fine for small fixtures). */
    static Collected readAll(Path file) {
        return readAll(file, null);
    }

    static Collected readAll(Path file, FileMapping mapping) {
        List<Record> records = new ArrayList<>();
        ReadResult result = importer().read(file, mapping, records::add, ProgressListener.NONE);
        return new Collected(records, result);
    }

    record Collected(List<Record> records, ReadResult result) {
        <T extends Record> List<T> of(Class<T> type) {
            return records.stream().filter(type::isInstance).map(type::cast).toList();
        }

        List<ImportIssue> issues() {
            return result.issues();
        }

        List<ImportIssue> errors() {
            return result.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
        }

        List<ImportIssue> warnings() {
            return result.issues().stream().filter(i -> i.severity() == Severity.WARNING).toList();
        }
    }

    static Map<String, String> map(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) map.put(keyValues[i], keyValues[i + 1]);
        return map;
    }
}
