package reassort.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.bench.ExportBenchmark;
import reassort.domain.CancelledException;
import reassort.store.AuditEntry;
import reassort.store.ExportMark;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.Store;

class ExportOrdersTest {
    @TempDir
    Path dir;

    private final Store store = OrderBook.store();
    private final ExportOrders exports = new ExportOrders(store, OrderBook.clock());

    @AfterEach
    void close() {
        store.close();
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) return null;
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : cell.getNumericCellValue();
            case BLANK -> null;
            default -> cell.getCellType();
        };
    }

    private static List<Object> row(XSSFSheet sheet, int r) {
        List<Object> values = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; c < 12; c++) values.add(row == null ? null : value(row.getCell(c)));
        return values;
    }

    @Test
    void xlsxHasOneSheetPerSupplierWithHeaderBlockLinesTotalsFrozenHeaderAndAutofilter() throws IOException {
        Path file = dir.resolve("commandes.xlsx");

        ExportResult result = exports.export(ExportRequest.approved(ExportFormat.XLSX, ExportLanguage.FRENCH, file), null);

        assertThat(result.files()).containsExactly(file);
        assertThat(result.groups()).isEqualTo(2);
        assertThat(result.lines()).isEqualTo(9);
        try (XSSFWorkbook book = open(file)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(0)).isEqualTo("SUP-A");
            assertThat(book.getSheetName(1)).isEqualTo("SUP-B");
            XSSFSheet a = book.getSheet("SUP-A");
            assertThat(row(a, 0).subList(0, 2)).containsExactly("Fournisseur", "SUP-A — Cuisine & Cie");
            assertThat(row(a, 1).subList(0, 2)).containsExactly("Destination", "2 sites");
            assertThat(row(a, 2).subList(0, 2)).containsExactly("Date de commande", OrderBook.DAY);
            assertThat(a.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(row(a, 3).subList(0, 2)).containsExactly("Livraison prévue", OrderBook.DAY.plusDays(7));
            assertThat(row(a, 4).subList(0, 2)).containsExactly("Lignes", 8.0);
            assertThat(row(a, 5).subList(0, 2)).containsExactly("Quantité totale (unités)", 57.0);
            assertThat(row(a, 6).subList(0, 2)).containsExactly("Montant total", 111.0);
            assertThat(row(a, 7).subList(0, 2)).containsExactly("Exporté le", LocalDate.of(2026, 11, 22));
            assertThat((Object) a.getRow(8)).isNull();
            assertThat(row(a, 9)).containsExactly("Fournisseur", "Article", "Libellé", "Réf. fournisseur",
                    "Quantité (unités)", "Colisage", "Colis", "Prix unitaire", "Montant", "Destination",
                    "Date de commande", "Livraison prévue");
            assertThat(row(a, 10)).containsExactly("SUP-A", "P1", "Poêle inox 28 cm", "REF-P1", 12.0, 6.0, 2.0, 2.5,
                    30.0, "MAG-LYON", OrderBook.DAY, OrderBook.DAY.plusDays(7));
            assertThat(row(a, 11).subList(0, 5)).containsExactly("SUP-A", "P1", "Poêle inox 28 cm", "REF-P1", 24.0);
            Row line = a.getRow(10);
            assertThat(line.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(line.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(line.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(line.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            List<Object> totals = row(a, 18);
            assertThat(totals.get(0)).isEqualTo("Total");
            assertThat(totals.get(4)).isEqualTo(57.0);
            assertThat((Double) totals.get(6)).isCloseTo(2 + 4 + 21, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(totals.get(8)).isEqualTo(111.0);
            assertThat(a.getRow(18).getCell(4).getCellStyle().getFont().getBold()).isTrue();
            assertThat((Object) a.getRow(19)).isNull();
            assertThat(a.getPaneInformation().isFreezePane()).isTrue();
            assertThat(a.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 10);
            assertThat(a.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A10:L18");
            assertThat(a.getColumnWidth(2)).as("label column fitted").isGreaterThan(a.getColumnWidth(5));
            XSSFSheet b = book.getSheet("SUP-B");
            assertThat(row(b, 10)).containsExactly("SUP-B", "Q1", "Perceuse", "=REF-Q1", 8.0, 4.0, 2.0, 10.0, 80.0,
                    "MAG-PARIS", OrderBook.DAY, OrderBook.DAY.plusDays(7));
            assertThat(row(b, 11).get(8)).isEqualTo(80.0);
        }
    }

    @Test
    void englishWorkbookHasEnglishHeadersAndIsoDates() throws IOException {
        Path file = dir.resolve("orders.xlsx");

        exports.export(ExportRequest.approved(ExportFormat.XLSX, ExportLanguage.ENGLISH, file), null);

        try (XSSFWorkbook book = open(file)) {
            XSSFSheet a = book.getSheet("SUP-A");
            assertThat(row(a, 0).get(0)).isEqualTo("Supplier");
            assertThat(row(a, 9).subList(0, 5)).containsExactly("Supplier", "SKU", "Label", "Supplier reference",
                    "Quantity (units)");
            assertThat(a.getRow(10).getCell(10).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void perLocationGivesOneSheetPerSupplierAndDestination() throws IOException {
        Path file = dir.resolve("orders.xlsx");

        ExportResult result = exports.export(ExportRequest.approved(ExportFormat.XLSX, ExportLanguage.ENGLISH, file)
                .withPerLocation(true), null);

        assertThat(result.groups()).isEqualTo(3);
        try (XSSFWorkbook book = open(file)) {
            assertThat(Stream.of(0, 1, 2).map(book::getSheetName)).containsExactly("SUP-A MAG-LYON", "SUP-A MAG-PARIS",
                    "SUP-B MAG-PARIS");
            assertThat(row(book.getSheet("SUP-A MAG-LYON"), 1).subList(0, 2)).containsExactly("Destination", "MAG-LYON");
        }
    }

    @Test
    void exportedProposalsAreMarkedWithTheFileAndAuditedAndTransfersAreLeftOut() {
        Path file = dir.resolve("orders.xlsx");

        ExportResult result = exports.export(ExportRequest.approved(ExportFormat.XLSX, ExportLanguage.FRENCH, file), null);

        assertThat(result.marked()).isEqualTo(9);
        assertThat(store.proposal("P1", "MAG-PARIS").orElseThrow().status()).isEqualTo(ProposalStatus.EXPORTED);
        assertThat(store.exportMark("P1", "MAG-PARIS")).contains(new ExportMark("orders.xlsx", OrderBook.NOW));
        assertThat(store.auditTrail("P1", "MAG-PARIS")).extracting(AuditEntry::action).endsWith("EXPORT");
        assertThat(store.proposal("Q1", "MAG-LYON").orElseThrow().status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThatThrownBy(() -> exports.export(ExportRequest.approved(ExportFormat.XLSX, ExportLanguage.FRENCH,
                dir.resolve("again.xlsx")), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No APPROVED supplier order proposal").hasMessageContaining("Maybe");
        assertThat(dir.resolve("again.xlsx")).doesNotExist();
    }

    @Test
    void aSelectionExportsThoseProposalsOnly() {
        ExportResult result = exports.export(ExportRequest.approved(ExportFormat.CSV_EN, ExportLanguage.ENGLISH,
                dir.resolve("two.csv")).withSelection(Set.of(new ProposalKey("P1", "MAG-LYON"),
                new ProposalKey("Q1", "MAG-PARIS"))).withMarkExported(false), null);

        assertThat(result.lines()).isEqualTo(2);
        assertThat(result.marked()).isZero();
        assertThat(store.proposal("P1", "MAG-LYON").orElseThrow().status()).isEqualTo(ProposalStatus.APPROVED);
    }

    @Test
    void hostileLabelsAreWrittenAsTextNeverAsFormulas() throws IOException {
        Path xlsx = dir.resolve("orders.xlsx");
        Path csv = dir.resolve("orders.csv");
        exports.export(ExportRequest.approved(ExportFormat.XLSX, ExportLanguage.FRENCH, xlsx).withMarkExported(false), null);
        exports.export(ExportRequest.approved(ExportFormat.CSV_FR, ExportLanguage.FRENCH, csv).withMarkExported(false), null);

        try (XSSFWorkbook book = open(xlsx)) {
            List<String> labels = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            XSSFSheet a = book.getSheet("SUP-A");
            for (int r = 12; r <= 17; r++) labels.add(a.getRow(r).getCell(2).getStringCellValue());
            // Master data strips the labels' leading tab and CR; the writers' own tests cover those two.
            assertThat(labels).containsExactlyInAnyOrderElementsOf(OrderBook.HOSTILE_LABELS.stream().map(String::strip).toList());
        }
        String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFFournisseur;Article;Libellé;");
        assertThat(text).contains(";\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Cliquez\"\")\";", ";'+1;", ";'-1;",
                ";'@SUM(A1:A9);", ";'=REF-Q1;", ";'-REF0;");
        assertThat(text).contains("SUP-A;P1;Poêle inox 28 cm;REF-P1;12;6;2,00;2,50;30,00;MAG-LYON;16/11/2026;23/11/2026\r\n");
    }

    @Test
    void csvIntoAFolderWritesOneFilePerSupplierUnderSafeNames() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));

        ExportResult result = exports.export(ExportRequest.approved(ExportFormat.CSV_EN, ExportLanguage.ENGLISH, folder), null);

        assertThat(result.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("orders-SUP-A-2026-11-22.csv", "orders-SUP-B-2026-11-22.csv");
        assertThat(Files.readString(folder.resolve("orders-SUP-B-2026-11-22.csv")))
                .startsWith("Supplier,SKU,Label,Supplier reference,Quantity (units),Pack size,Packs,Unit cost,Line value,")
                .contains("SUP-B,Q1,Perceuse,'=REF-Q1,8,4,2.00,10.00,80.00,MAG-PARIS,2026-11-16,2026-11-23\r\n");
        assertThat(store.exportMark("Q1", "MAG-PARIS").orElseThrow().file()).isEqualTo("orders-SUP-B-2026-11-22.csv");
    }

    @Test
    void aCancelledExportLeavesNoFileNoTemporaryFileAndMarksNothing() throws IOException {
        try (Store big = Store.inMemory(OrderBook.clock())) {
            ExportBenchmark.fill(big, 2_500, OrderBook.DAY, 7);
            ExportOrders bigExports = new ExportOrders(big, OrderBook.clock());
            Path folder = Files.createDirectories(dir.resolve("cancelled"));
            for (ExportFormat format : ExportFormat.values()) {
                ExportRequest request = new ExportRequest(Set.of(ProposalStatus.PROPOSED), Set.of(), false, format,
                        ExportLanguage.FRENCH, format == ExportFormat.XLSX ? folder.resolve("orders.xlsx") : folder, true);
                assertThatThrownBy(() -> bigExports.export(request, (done, total, message) -> {
                    if (message.startsWith("Writing line 1000 ")) Thread.currentThread().interrupt();
                })).isInstanceOf(CancelledException.class);
                Thread.interrupted();
                try (Stream<Path> files = Files.list(folder)) {
                    assertThat(files).as(format.name()).isEmpty();
                }
            }
            assertThat(big.proposals()).allMatch(p -> p.status() == ProposalStatus.PROPOSED);
        }
    }

    @Test
    void aWriteThatFailsWhileTheMarkingRunsMarksNothingAndAuditsNothing() {
        Path unreachable = dir.resolve("no-such-folder").resolve("orders.xlsx");
        int auditBefore = store.recentAudit(1_000).size();

        assertThatThrownBy(() -> exports.export(ExportRequest.approved(ExportFormat.XLSX, ExportLanguage.FRENCH,
                unreachable), null)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("no-such-folder").hasMessageContaining("Maybe");

        assertThat(unreachable).doesNotExist();
        assertThat(store.proposals()).noneMatch(p -> p.status() == ProposalStatus.EXPORTED);
        assertThat(store.exportMark("P1", "MAG-PARIS")).isEmpty();
        assertThat(store.recentAudit(1_000)).hasSize(auditBefore);
    }

    @Test
    void aMarkingThatFailsRemovesTheFilesItWasPreparedFor() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("csv"));
        ExportJob<OrderLine> failingMarks = new ExportJob<>() {
            @Override
            public ExportLayout<OrderLine> layout() {
                return exports.layout();
            }

            @Override
            public List<OrderLine> lines(ExportRequest request) {
                return exports.lines(request);
            }

            @Override
            public String nothingToExport(ExportRequest request) {
                return exports.nothingToExport(request);
            }

            @Override
            public List<ExportLayout.ExportGroup<OrderLine>> groups(List<OrderLine> sortedLines, boolean split) {
                return exports.groups(sortedLines, split);
            }

            @Override
            public double units(OrderLine line) {
                return exports.units(line);
            }

            @Override
            public double value(OrderLine line) {
                return exports.value(line);
            }

            @Override
            public reassort.store.PendingMarks prepareMarks(List<GroupedExport.WrittenFile<OrderLine>> files,
                    java.util.function.BooleanSupplier stopped) {
                throw new IllegalArgumentException("There is no proposal of SKU P1 at MAG-PARIS.");
            }
        };

        assertThatThrownBy(() -> GroupedExport.run(failingMarks, ExportRequest.approved(ExportFormat.CSV_FR,
                ExportLanguage.FRENCH, folder), OrderBook.DAY, null)).hasMessageContaining("P1 at MAG-PARIS");

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(store.proposals()).noneMatch(p -> p.status() == ProposalStatus.EXPORTED);
    }
}
