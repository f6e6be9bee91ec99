package reassort.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookWriterTest {
    private static final List<Column> COLUMNS = List.of(
            Column.text("SKU"),
            Column.number("Amount", 2),
            Column.integer("Quantity"),
            Column.date("Date"),
            Column.bool("Confirmed"));

    @TempDir
    Path dir;

    private static XSSFWorkbook open(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    @Test
    void cellsAreTypedAndFormatted() throws IOException {
        Path file = dir.resolve("book.xlsx");
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(file)) {
            TableWriter sheet = xlsx.sheet("Sales", COLUMNS);
            sheet.row("10442", 1234.5, -3, LocalDate.of(2026, 11, 15), true);
            sheet.row("10443", null, 7L, null, false);
            xlsx.commit();
        }

        try (XSSFWorkbook book = open(file)) {
            XSSFSheet sheet = book.getSheet("Sales");
            Cell sku = sheet.getRow(1).getCell(0);
            Cell amount = sheet.getRow(1).getCell(1);
            Cell quantity = sheet.getRow(1).getCell(2);
            Cell date = sheet.getRow(1).getCell(3);
            Cell confirmed = sheet.getRow(1).getCell(4);
            assertThat(sku.getCellType()).isEqualTo(CellType.STRING);
            assertThat(sku.getStringCellValue()).isEqualTo("10442");
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(quantity.getNumericCellValue()).isEqualTo(-3);
            assertThat(quantity.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 15));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(confirmed.getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(confirmed.getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(4).getBooleanCellValue()).isFalse();
            assertThat(sheet.getRow(2).getCell(3, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.RETURN_BLANK_AS_NULL))
                    .isNull();
        }
    }

    @Test
    void headerRowIsBoldFrozenAndFiltered() throws IOException {
        Path file = dir.resolve("book.xlsx");
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(file)) {
            TableWriter sheet = xlsx.sheet("Sales", COLUMNS);
            sheet.row("A", 1.0, 1, LocalDate.of(2026, 1, 1), true);
            sheet.row("B", 2.0, 2, LocalDate.of(2026, 1, 2), false);
            xlsx.commit();
        }

        try (XSSFWorkbook book = open(file)) {
            XSSFSheet sheet = book.getSheet("Sales");
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell header = sheet.getRow(0).getCell(c);
                assertThat(header.getStringCellValue()).isEqualTo(COLUMNS.get(c).header());
                assertThat(book.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(book.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
        }
    }

    @Test
    void textIsAlwaysAStringNeverAFormula() throws IOException {
        Path file = dir.resolve("book.xlsx");
        List<String> dangerous = List.of("=1+2", "+33 6", "-5", "@SUM(A1)", "=HYPERLINK(\"http://evil\",\"x\")");
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(file)) {
            TableWriter sheet = xlsx.sheet("Labels", List.of(Column.text("Label")));
            for (String text : dangerous) {
                sheet.row(text);
            }
            xlsx.commit();
        }

        try (XSSFWorkbook book = open(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int r = 0; r < dangerous.size(); r++) {
                Cell cell = sheet.getRow(r + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(dangerous.get(r));
            }
        }
    }

    @Test
    void severalSheetsAreWrittenInOrderAndManyRowsStreamThrough() throws IOException {
        Path file = dir.resolve("book.xlsx");
        int rows = XlsxWorkbookWriter.WIDTH_SAMPLE_ROWS + 3 * XlsxWorkbookWriter.FLUSH_EVERY_ROWS + 17;
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(file, "yyyy-mm-dd")) {
            TableWriter first = xlsx.sheet("Products", List.of(Column.text("SKU"), Column.text("Label")));
            first.row("1", "Poêle inox 28 cm");
            TableWriter second = xlsx.sheet("Sales", COLUMNS);
            for (int i = 0; i < rows; i++) {
                second.row("S" + i, i / 4.0, i, LocalDate.of(2024, 1, 1).plusDays(i % 1000), i % 2 == 0);
            }
            assertThat(second.rowCount()).isEqualTo(rows);
            assertThatThrownBy(() -> first.row("2", "late")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("one sheet at a time");
            xlsx.commit();
        }

        try (XSSFWorkbook book = open(file)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(0)).isEqualTo("Products");
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Poêle inox 28 cm");
            XSSFSheet sales = book.getSheet("Sales");
            assertThat(sales.getLastRowNum()).isEqualTo(rows);
            for (int i : new int[] {0, 499, 500, 4321, rows - 1}) {
                var row = sales.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("S" + i);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(i / 4.0);
                assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(2024, 1, 1).plusDays(i % 1000));
                assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            }
            assertThat(sales.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E" + (rows + 1));
        }
    }

    @Test
    void columnWidthsFollowTheContentWithinLimits() throws IOException {
        Path file = dir.resolve("book.xlsx");
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(file)) {
            TableWriter sheet = xlsx.sheet("Widths",
                    List.of(Column.text("A"), Column.text("Label"), Column.text("Notes"), Column.date("Day")));
            sheet.row("x", "Housse de couette 240x220 blanche", "y".repeat(500), LocalDate.of(2026, 1, 1));
            xlsx.commit();
        }

        try (XSSFWorkbook book = open(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            double narrow = sheet.getColumnWidth(0) / 256.0;
            double label = sheet.getColumnWidth(1) / 256.0;
            double capped = sheet.getColumnWidth(2) / 256.0;
            double day = sheet.getColumnWidth(3) / 256.0;
            assertThat(narrow).isBetween(XlsxWorkbookWriter.MIN_WIDTH - 0.5, 8.0);
            assertThat(label).isGreaterThanOrEqualTo("Housse de couette 240x220 blanche".length());
            assertThat(capped).isBetween(XlsxWorkbookWriter.MAX_WIDTH - 1, XlsxWorkbookWriter.MAX_WIDTH + 1);
            assertThat(day).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void sheetNamesExcelRefusesAreRejected() throws IOException {
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(dir.resolve("book.xlsx"))) {
            xlsx.sheet("Sales", COLUMNS);
            assertThatThrownBy(() -> xlsx.sheet("SALES", COLUMNS)).hasMessageContaining("already has a sheet");
            assertThatThrownBy(() -> xlsx.sheet("a/b", COLUMNS)).hasMessageContaining("'/'");
            assertThatThrownBy(() -> xlsx.sheet("x".repeat(32), COLUMNS)).hasMessageContaining("1 to 31 characters");
        }
    }

    @Test
    void aFailureMidWriteLeavesNoFileAndKeepsThePreviousOne() throws IOException {
        Path file = dir.resolve("book.xlsx");
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(file)) {
            xlsx.sheet("Old", List.of(Column.text("A"))).row("previous");
            xlsx.commit();
        }
        byte[] before = Files.readAllBytes(file);
        Path other = dir.resolve("other.xlsx");

        for (Path target : List.of(file, other)) {
            assertThatThrownBy(() -> {
                        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(target)) {
                            TableWriter sheet = xlsx.sheet("Sales", COLUMNS);
                            for (int i = 0; i < 10_000; i++) {
                                sheet.row("S" + i, 1.0, i, LocalDate.of(2026, 1, 1), true);
                            }
                            sheet.row("bad", 1.0, 1, "2026-01-01", true);
                            xlsx.commit();
                        }
                    })
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Row 10001, column Date expects a date");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void closingWithoutCommitWritesNothing() throws IOException {
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(dir.resolve("book.xlsx"))) {
            xlsx.sheet("Sales", COLUMNS).row("A", 1.0, 1, LocalDate.of(2026, 1, 1), true);
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aWorkbookWithoutSheetsCannotBeCommitted() throws IOException {
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(dir.resolve("book.xlsx"))) {
            assertThatThrownBy(xlsx::commit).hasMessageContaining("has no sheet");
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aHeaderBlockPutsTheTableBelowItWithTotalsOutsideTheFilterAndProtectionLeavesEditableColumnsOpen()
            throws IOException {
        Path file = dir.resolve("blocks.xlsx");
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(file)) {
            SheetWriter sheet = xlsx.sheet("Orders", COLUMNS, new SheetOptions(List.of(
                    new HeaderField("Supplier", "=SUP"), new HeaderField("Total", 12.5),
                    new HeaderField("Lines", 2L), new HeaderField("Day", LocalDate.of(2026, 11, 16))),
                    java.util.Set.of(4), java.util.Set.of(2), true));
            sheet.row("A", 1.5, 3, LocalDate.of(2026, 11, 15), true);
            sheet.row("B", 11.0, 4, null, false);
            sheet.totals("Total", 12.5, 7, null, null);
            assertThatThrownBy(() -> sheet.row("C", 1.0, 1, null, null)).isInstanceOf(IllegalStateException.class);
            xlsx.commit();
        }

        try (XSSFWorkbook book = open(file)) {
            XSSFSheet sheet = book.getSheet("Orders");
            assertThat(sheet.getRow(0).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("=SUP");
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(3).getCell(1))).isTrue();
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("SKU");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("A");
            assertThat(sheet.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(7);
            assertThat(sheet.getRow(8).getCell(2).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A6:E8");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 6);
            assertThat(sheet.isColumnHidden(4)).isTrue();
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.validateSheetPassword(SheetOptions.PASSWORD)).isTrue();
            assertThat(sheet.isAutoFilterLocked()).isFalse();
            assertThat(sheet.getRow(6).getCell(2).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(6).getCell(1).getCellStyle().getLocked()).isTrue();
        }
    }
}
