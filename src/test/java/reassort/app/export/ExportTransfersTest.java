package reassort.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.CancelledException;
import reassort.store.AuditEntry;
import reassort.store.ExportMark;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoredTransfer;
import reassort.store.TransferKey;

class ExportTransfersTest {
    @TempDir
    Path dir;

    private final Store store = TransferBook.store();
    private final ProposalExport exports = ExportKind.TRANSFERS.useCase(store, OrderBook.clock());

    @AfterEach
    void close() {
        store.close();
    }

    static Object value(Cell cell) {
        if (cell == null) return null;
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case BLANK -> null;
            default -> cell.getCellType();
        };
    }

    static List<Object> row(XSSFSheet sheet, int r, int columns) {
        List<Object> values = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; c < columns; c++) values.add(row == null ? null : value(row.getCell(c)));
        return values;
    }

    private static ExportRequest approved(ExportFormat format, ExportLanguage language, Path target) {
        return ExportRequest.approved(format, language, target);
    }

    @Test
    void xlsxHasOneSheetPerShippingLocationWithHeaderBlockLinesTotalsFrozenHeaderAndAutofilter() throws IOException {
        Path file = dir.resolve("transferts.xlsx");

        ExportResult result = exports.export(approved(ExportFormat.XLSX, ExportLanguage.FRENCH, file), null);

        assertThat(result.files()).containsExactly(file);
        assertThat(result.groups()).isEqualTo(2);
        assertThat(result.lines()).isEqualTo(8);
        assertThat(result.units()).isEqualTo(12 + 5 + 21);
        try (XSSFWorkbook book = ExportOrdersTest.open(file)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(0)).isEqualTo("MAG-LYON");
            assertThat(book.getSheetName(1)).isEqualTo("MAG-PARIS");
            XSSFSheet paris = book.getSheet("MAG-PARIS");
            assertThat(row(paris, 0, 2)).containsExactly("Départ", "MAG-PARIS — Paris");
            assertThat(row(paris, 1, 2)).containsExactly("Destination", "MAG-LYON — Lyon");
            assertThat(row(paris, 2, 2)).containsExactly("Date d'expédition", OrderBook.DAY);
            assertThat(paris.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(row(paris, 3, 2)).containsExactly("Réception prévue", OrderBook.DAY.plusDays(2));
            assertThat(row(paris, 4, 2)).containsExactly("Lignes", 2.0);
            assertThat(row(paris, 5, 2)).containsExactly("Quantité totale (unités)", 17.0);
            assertThat(row(paris, 6, 2)).containsExactly("Valeur totale", 80.0);
            assertThat(row(paris, 7, 2)).containsExactly("Exporté le", java.time.LocalDate.of(2026, 11, 22));
            assertThat((Object) paris.getRow(8)).isNull();
            assertThat(row(paris, 9, 13)).containsExactly("Départ", "Destination", "Article", "Libellé",
                    "Quantité (unités)", "Colisage", "Colis", "Prix unitaire", "Valeur", "Date d'expédition",
                    "Réception prévue", "Statut", "Motif");
            assertThat(row(paris, 10, 13)).containsExactly("MAG-PARIS", "MAG-LYON", "P1", "Poêle inox 28 cm", 12.0, 6.0,
                    2.0, 2.5, 30.0, OrderBook.DAY, OrderBook.DAY.plusDays(2), "APPROVED",
                    "Surstock à MAG-PARIS, risque de rupture à MAG-LYON : bénéfice 40,00 > coût 18,50");
            // the planner's quantity and edit reason, the reason written as text although it reads like a formula
            assertThat(row(paris, 11, 13)).containsExactly("MAG-PARIS", "MAG-LYON", "Q1", "Perceuse", 5.0, 4.0, 1.25,
                    10.0, 50.0, OrderBook.DAY, OrderBook.DAY.plusDays(2), "APPROVED", "=cmd|' /C calc'!A0");
            Row line = paris.getRow(10);
            assertThat(line.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(line.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(line.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            List<Object> totals = row(paris, 12, 13);
            assertThat(totals.get(0)).isEqualTo("Total");
            assertThat(totals.get(4)).isEqualTo(17.0);
            assertThat((Double) totals.get(6)).isCloseTo(3.25, Offset.offset(1e-9));
            assertThat(totals.get(8)).isEqualTo(80.0);
            assertThat(paris.getRow(12).getCell(4).getCellStyle().getFont().getBold()).isTrue();
            assertThat(paris.getPaneInformation().isFreezePane()).isTrue();
            assertThat(paris.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 10);
            assertThat(paris.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A10:M12");
            assertThat(paris.getColumnWidth(12)).as("reason column fitted").isGreaterThan(paris.getColumnWidth(5));
            XSSFSheet lyon = book.getSheet("MAG-LYON");
            assertThat(row(lyon, 4, 2)).containsExactly("Lignes", 6.0);
            assertThat(row(lyon, 5, 2)).containsExactly("Quantité totale (unités)", 21.0);
            assertThat(row(lyon, 16, 13).subList(0, 5)).containsExactly("Total", null, null, null, 21.0);
        }
    }

    @Test
    void perReceivingLocationAndEnglishGiveOneSheetPerShipperAndReceiverWithIsoDates() throws IOException {
        Path file = dir.resolve("transfers.xlsx");

        ExportResult result = exports.export(approved(ExportFormat.XLSX, ExportLanguage.ENGLISH, file)
                .withStatuses(Set.of(ProposalStatus.APPROVED, ProposalStatus.PROPOSED)).withPerLocation(true), null);

        assertThat(result.groups()).isEqualTo(3);
        try (XSSFWorkbook book = ExportOrdersTest.open(file)) {
            assertThat(Stream.of(0, 1, 2).map(book::getSheetName)).containsExactly("MAG-LYON MAG-PARIS",
                    "MAG-PARIS ENTREPOT", "MAG-PARIS MAG-LYON");
            XSSFSheet back = book.getSheet("MAG-PARIS ENTREPOT");
            assertThat(row(back, 0, 2)).containsExactly("From", "MAG-PARIS — Paris");
            assertThat(row(back, 1, 2)).containsExactly("To", "ENTREPOT — Entrepôt");
            assertThat(row(back, 10, 13).subList(0, 5)).containsExactly("MAG-PARIS", "ENTREPOT", "Q1", "Perceuse", 3.0);
            assertThat(row(back, 10, 13).get(11)).isEqualTo("PROPOSED");
            assertThat(back.getRow(10).getCell(9).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void frenchAndEnglishCsvFollowTheirConventionsAndNeutraliseHostileText() throws IOException {
        Path fr = dir.resolve("transferts.csv");
        Path en = dir.resolve("transfers.csv");
        exports.export(approved(ExportFormat.CSV_FR, ExportLanguage.FRENCH, fr).withMarkExported(false), null);
        exports.export(approved(ExportFormat.CSV_EN, ExportLanguage.FRENCH, en).withMarkExported(false), null);

        String french = Files.readString(fr, StandardCharsets.UTF_8);
        assertThat(french).startsWith("\uFEFFDépart;Destination;Article;Libellé;Quantité (unités);Colisage;Colis;")
                .contains("MAG-PARIS;MAG-LYON;P1;Poêle inox 28 cm;12;6;2,00;2,50;30,00;16/11/2026;18/11/2026;APPROVED;"
                        + "Surstock à MAG-PARIS, risque de rupture à MAG-LYON : bénéfice 40,00 > coût 18,50\r\n")
                .contains(";'=cmd|' /C calc'!A0\r\n", ";'+1;", ";'-1;", ";'@SUM(A1:A9);",
                        ";\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Cliquez\"\")\";");
        String english = Files.readString(en, StandardCharsets.UTF_8);
        assertThat(english).startsWith("From,To,SKU,Label,Quantity (units),Pack size,Packs,Unit cost,Value,Ship date,")
                .contains("MAG-PARIS,MAG-LYON,Q1,Perceuse,5,4,1.25,10.00,50.00,2026-11-16,2026-11-18,APPROVED,"
                        + "'=cmd|' /C calc'!A0\r\n");
        assertThat(store.allocations().transfers()).noneMatch(t -> t.status() == ProposalStatus.EXPORTED);
    }

    @Test
    void hostileLabelsAndReasonsAreWrittenAsTextNeverAsFormulas() throws IOException {
        Path xlsx = dir.resolve("transfers.xlsx");
        exports.export(approved(ExportFormat.XLSX, ExportLanguage.FRENCH, xlsx).withMarkExported(false), null);

        try (XSSFWorkbook book = ExportOrdersTest.open(xlsx)) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            XSSFSheet lyon = book.getSheet("MAG-LYON");
            List<String> labels = new ArrayList<>();
            for (int r = 10; r <= 15; r++) labels.add(lyon.getRow(r).getCell(3).getStringCellValue());
            assertThat(labels).containsExactlyElementsOf(OrderBook.HOSTILE_LABELS.stream().map(String::strip).toList());
            assertThat(book.getSheet("MAG-PARIS").getRow(11).getCell(12).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
        }
    }

    @Test
    void exportedTransfersAreMarkedWithTheirFileAndAuditedOnceEach() {
        Path folder = dir;
        ExportResult result = exports.export(approved(ExportFormat.CSV_EN, ExportLanguage.ENGLISH, folder), null);

        assertThat(result.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("transfers-MAG-LYON-2026-11-22.csv", "transfers-MAG-PARIS-2026-11-22.csv");
        assertThat(result.marked()).isEqualTo(8);
        TransferKey q1 = new TransferKey("Q1", "MAG-PARIS", "MAG-LYON");
        assertThat(store.allocations().exportMark(q1))
                .contains(new ExportMark("transfers-MAG-PARIS-2026-11-22.csv", OrderBook.NOW));
        assertThat(store.allocations().exportMark(new TransferKey("P2", "MAG-LYON", "MAG-PARIS")).orElseThrow().file())
                .isEqualTo("transfers-MAG-LYON-2026-11-22.csv");
        assertThat(store.allocations().transfers()).filteredOn(t -> t.to().equals("ENTREPOT"))
                .extracting(StoredTransfer::status).containsExactly(ProposalStatus.PROPOSED);
        List<AuditEntry> marks = store.auditTrail("Q1", "MAG-PARIS").stream()
                .filter(e -> e.action().equals("EXPORT")).toList();
        assertThat(marks).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo(AuditEntry.TRANSFER);
            assertThat(e.detail()).isEqualTo("MAG-LYON");
            assertThat(e.oldValue()).isEqualTo("5 units, APPROVED");
            assertThat(e.newValue()).isEqualTo("5 units, EXPORTED, file transfers-MAG-PARIS-2026-11-22.csv");
        });
        assertThatThrownBy(() -> exports(dir.resolve("again.xlsx"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No APPROVED transfer proposal").hasMessageContaining("Maybe");
        assertThat(dir.resolve("again.xlsx")).doesNotExist();
    }

    private ExportResult exports(Path target) {
        return exports.export(approved(ExportFormat.XLSX, ExportLanguage.FRENCH, target), null);
    }

    @Test
    void aSelectionOfOrdersCannotChooseTransfers() {
        assertThatThrownBy(() -> exports.export(approved(ExportFormat.XLSX, ExportLanguage.FRENCH, dir.resolve("t.xlsx"))
                .withSelection(Set.of(new ProposalKey("P1", "MAG-PARIS"))), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Maybe export the transfers by status");
    }

    @Test
    void aCancelledExportLeavesNoFileAndMarksNothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cancelled"));
        for (ExportFormat format : ExportFormat.values()) {
            ExportRequest request = approved(format, ExportLanguage.FRENCH,
                    format == ExportFormat.XLSX ? folder.resolve("transfers.xlsx") : folder);
            // interrupted as the planner cancels, before the first line is written: the writers stop before commit
            assertThatThrownBy(() -> exports.export(request, (done, total, message) -> {
                if (message.startsWith("Reading")) Thread.currentThread().interrupt();
            })).isInstanceOf(CancelledException.class);
            Thread.interrupted();
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).as(format.name()).isEmpty();
            }
        }
        assertThat(store.allocations().transfers()).noneMatch(t -> t.status() == ProposalStatus.EXPORTED);
    }
}
