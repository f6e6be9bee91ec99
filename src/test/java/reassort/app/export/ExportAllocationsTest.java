package reassort.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static reassort.app.export.ExportTransfersTest.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.store.AllocationKey;
import reassort.store.AuditEntry;
import reassort.store.ExportMark;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;
import reassort.store.Store;

class ExportAllocationsTest {
    @TempDir
    Path dir;

    private final Store store = TransferBook.store();
    private final ProposalExport exports = ExportKind.ALLOCATIONS.useCase(store, OrderBook.clock());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void xlsxHasOneSheetPerSourceWithLinesPerDestinationAndChannelPriorityScarceFlagAndTotals() throws IOException {
        Path file = dir.resolve("allocations.xlsx");

        ExportResult result = exports.export(ExportRequest.approved(ExportFormat.XLSX, ExportLanguage.ENGLISH, file), null);

        assertThat(result.groups()).isEqualTo(1);
        assertThat(result.lines()).isEqualTo(3);
        assertThat(result.units()).isEqualTo(10 + 2 + 6);
        try (XSSFWorkbook book = ExportOrdersTest.open(file)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = book.getSheet("ENTREPOT");
            assertThat(row(sheet, 0, 2)).containsExactly("Source", "ENTREPOT — Entrepôt");
            assertThat(row(sheet, 1, 2)).containsExactly("Destination", "3 locations");
            assertThat(row(sheet, 2, 2)).containsExactly("Allocation date", OrderBook.DAY);
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row(sheet, 3, 2)).containsExactly("Lines", 3.0);
            assertThat(row(sheet, 4, 2)).containsExactly("Scarce lines", 2.0);
            assertThat(row(sheet, 5, 2)).containsExactly("Total need (units)", 12.0 + 5 + 4);
            assertThat(row(sheet, 6, 2)).containsExactly("Total quantity (units)", 18.0);
            assertThat(row(sheet, 7, 2)).containsExactly("Total value", 10 * 2.5 + 2 * 2.5 + 6 * 10.0);
            assertThat(row(sheet, 10, 14)).containsExactly("Source", "Destination", "Channel", "SKU", "Label", "Priority",
                    "Need (units)", "Quantity (units)", "Pack size", "Packs", "Value", "Scarce", "Status", "Reason");
            assertThat(row(sheet, 11, 14)).containsExactly("ENTREPOT", "ENTREPOT", "WEB", "P1", "Poêle inox 28 cm", 2.0,
                    5.0, 2.0, 6.0, 2.0 / 6, 5.0, true, "APPROVED", null);
            assertThat(row(sheet, 12, 14)).containsExactly("ENTREPOT", "MAG-LYON", "STORE", "Q1", "Perceuse", 1.0, 4.0,
                    6.0, 4.0, 1.5, 60.0, false, "APPROVED", "Opening weekend");
            assertThat(row(sheet, 13, 14)).containsExactly("ENTREPOT", "MAG-PARIS", "STORE", "P1", "Poêle inox 28 cm",
                    1.0, 12.0, 10.0, 6.0, 10.0 / 6, 25.0, true, "APPROVED", null);
            assertThat(sheet.getRow(12).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            List<Object> totals = row(sheet, 14, 14);
            assertThat(totals.subList(0, 1)).containsExactly("Total");
            assertThat(totals.subList(6, 8)).containsExactly(21.0, 18.0);
            assertThat(totals.get(10)).isEqualTo(90.0);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 11);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A11:N14");
        }
    }

    @Test
    void frenchCsvPerDestinationWritesOneFilePerSourceAndDestinationAndMarksThemAll() throws IOException {
        ExportResult result = exports.export(ExportRequest.approved(ExportFormat.CSV_FR, ExportLanguage.FRENCH, dir)
                .withPerLocation(true), null);

        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "allocations-ENTREPOT_ENTREPOT-2026-11-22.csv", "allocations-ENTREPOT_MAG-LYON-2026-11-22.csv",
                "allocations-ENTREPOT_MAG-PARIS-2026-11-22.csv");
        assertThat(Files.readString(dir.resolve("allocations-ENTREPOT_MAG-LYON-2026-11-22.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFFOrigine;Destination;Canal;Article;Libellé;Priorité;Besoin (unités);Quantité (unités);")
                .contains("ENTREPOT;MAG-LYON;STORE;Q1;Perceuse;1;4;6;4;1,50;60,00;non;APPROVED;Opening weekend\r\n");
        assertThat(result.marked()).isEqualTo(3);
        AllocationKey lyon = new AllocationKey("Q1", "MAG-LYON", "STORE");
        assertThat(store.allocations().exportMark(lyon))
                .contains(new ExportMark("allocations-ENTREPOT_MAG-LYON-2026-11-22.csv", OrderBook.NOW));
        assertThat(store.allocations().allocations()).extracting(StoredAllocation::channel, StoredAllocation::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("WEB", ProposalStatus.EXPORTED),
                        org.assertj.core.groups.Tuple.tuple("STORE", ProposalStatus.EXPORTED),
                        org.assertj.core.groups.Tuple.tuple("STORE", ProposalStatus.EXPORTED),
                        org.assertj.core.groups.Tuple.tuple("CC", ProposalStatus.PROPOSED));
        assertThat(store.auditTrail("Q1", "MAG-LYON")).filteredOn(e -> e.action().equals("EXPORT")).singleElement()
                .satisfies(e -> {
                    assertThat(e.subject()).isEqualTo(AuditEntry.ALLOCATION);
                    assertThat(e.detail()).isEqualTo("STORE");
                    assertThat(e.oldValue()).isEqualTo("6 units, APPROVED");
                    assertThat(e.newValue()).isEqualTo("6 units, EXPORTED, file allocations-ENTREPOT_MAG-LYON-2026-11-22.csv");
                });
    }
}
