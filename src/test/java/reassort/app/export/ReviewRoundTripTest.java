package reassort.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.io.SpreadsheetRefusedException;
import reassort.store.AuditEntry;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoredProposal;

/** The offline review: export the grid, edit it as a planner would (with POI), read it back, see the diff, apply. */
class ReviewRoundTripTest {
    private static final int FIRST_DATA_ROW = 5;

    @TempDir
    Path dir;

    private final Store store = OrderBook.store();
    private final ReviewFiles reviews = new ReviewFiles(store, OrderBook.clock());

    @AfterEach
    void close() {
        store.close();
    }

    private Path exported() {
        Path file = dir.resolve("revue.xlsx");
        assertThat(reviews.writeReview(file, ExportLanguage.FRENCH, null)).isEqualTo(10);
        return file;
    }

    /** Opens {@code file} with POI, lets {@code edit} change it, saves it as edited.xlsx. */
    private Path edited(Path file, Consumer<XSSFSheet> edit) throws IOException {
        Path copy = dir.resolve("edited.xlsx");
        try (XSSFWorkbook book = ExportOrdersTest.open(file); OutputStream out = Files.newOutputStream(copy)) {
            edit.accept(book.getSheetAt(0));
            book.write(out);
        }
        return copy;
    }

    private static Row rowOf(XSSFSheet sheet, String sku, String location) {
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row.getCell(ReviewFiles.SKU).getStringCellValue().equals(sku)
                    && row.getCell(ReviewFiles.LOCATION).getStringCellValue().equals(location)) return row;
        }
        throw new AssertionError("no row for " + sku + " at " + location);
    }

    private static void set(Row row, int column, Object value) {
        var cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (value instanceof Double d) cell.setCellValue(d);
        else if (value instanceof LocalDate d) cell.setCellValue(d);
        else cell.setCellValue((String) value);
    }

    @Test
    void theReviewSheetIsProtectedExceptQuantityDateAndReasonWithTheKeyHidden() throws IOException {
        try (XSSFWorkbook book = ExportOrdersTest.open(exported())) {
            XSSFSheet sheet = book.getSheet("Propositions");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.isAutoFilterLocked()).isFalse();
            assertThat(sheet.isSortLocked()).isFalse();
            assertThat(sheet.isColumnHidden(ReviewFiles.KEY)).isTrue();
            assertThat(sheet.isColumnHidden(ReviewFiles.VERSION)).isTrue();
            assertThat(sheet.isColumnHidden(ReviewFiles.ORDER_QUANTITY)).isFalse();
            Row row = rowOf(sheet, "P1", "MAG-PARIS");
            assertThat(row.getCell(ReviewFiles.ORDER_QUANTITY).getNumericCellValue()).isEqualTo(24);
            assertThat(row.getCell(ReviewFiles.ORDER_QUANTITY).getCellStyle().getLocked()).isFalse();
            assertThat(row.getCell(ReviewFiles.ORDER_DATE).getCellStyle().getLocked()).isFalse();
            assertThat(row.getCell(ReviewFiles.REASON).getCellStyle().getLocked()).isFalse();
            assertThat(row.getCell(ReviewFiles.SKU).getCellStyle().getLocked()).isTrue();
            assertThat(row.getCell(ReviewFiles.KEY).getStringCellValue()).isEqualTo("2:P1MAG-PARIS");
            assertThat(row.getCell(ReviewFiles.VERSION).getStringCellValue()).startsWith("r1|APPROVED|24.0|2026-11-16|");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) FIRST_DATA_ROW);
        }
    }

    @Test
    void editedCellsComeBackAsADiffAndOnlyTheAcceptedChangesAreAppliedAndAudited() throws IOException {
        Path file = edited(exported(), sheet -> {
            Row paris = rowOf(sheet, "P1", "MAG-PARIS");
            set(paris, ReviewFiles.ORDER_QUANTITY, 30.0);
            set(paris, ReviewFiles.REASON, "Salon local");
            Row lyon = rowOf(sheet, "P1", "MAG-LYON");
            set(lyon, ReviewFiles.ORDER_DATE, LocalDate.of(2026, 11, 18));
            set(lyon, ReviewFiles.REASON, "Camion mardi");
            Row q1 = rowOf(sheet, "Q1", "MAG-PARIS");
            set(q1, ReviewFiles.ORDER_QUANTITY, "16");
            set(q1, ReviewFiles.REASON, "Promo");
        });

        ReviewDiff diff = reviews.read(file, null);

        assertThat(diff.issues()).isEmpty();
        assertThat(diff.rows()).isEqualTo(10);
        assertThat(diff.unchanged()).isEqualTo(7);
        assertThat(diff.planRunId()).isEqualTo(1);
        assertThat(diff.changes()).extracting(c -> c.key().toString())
                .containsExactly("P1 at MAG-LYON", "P1 at MAG-PARIS", "Q1 at MAG-PARIS");
        ReviewChange paris = diff.changes().get(1);
        assertThat(paris.quantityChanged()).isTrue();
        assertThat(paris.exportedQuantity()).isEqualTo(24);
        assertThat(paris.newQuantity()).isEqualTo(30);
        assertThat(paris.dateChanged()).isFalse();
        assertThat(paris.reasonChanged()).isTrue();
        assertThat(paris.conflict()).isFalse();
        ReviewChange lyon = diff.changes().get(0);
        assertThat(lyon.quantityChanged()).isFalse();
        assertThat(lyon.newDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(lyon.row()).isEqualTo(6);

        int applied = reviews.apply(diff, c -> !c.key().sku().equals("Q1"));

        assertThat(applied).isEqualTo(2);
        StoredProposal p = store.proposal("P1", "MAG-PARIS").orElseThrow();
        assertThat(p.effectiveQuantity()).isEqualTo(30);
        assertThat(p.status()).isEqualTo(ProposalStatus.EDITED);
        assertThat(p.editReason()).isEqualTo("Salon local");
        StoredProposal l = store.proposal("P1", "MAG-LYON").orElseThrow();
        assertThat(l.effectiveQuantity()).isEqualTo(12);
        assertThat(l.effectiveOrderDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(store.proposal("Q1", "MAG-PARIS").orElseThrow().effectiveQuantity()).isEqualTo(8);
        AuditEntry last = store.auditTrail("P1", "MAG-PARIS").get(store.auditTrail("P1", "MAG-PARIS").size() - 1);
        assertThat(last.action()).isEqualTo(ReviewFiles.AUDIT_ACTION);
        assertThat(last.newValue()).startsWith("30 units");
        assertThat(last.reason()).isEqualTo("Salon local");
    }

    @Test
    void aProposalChangedInTheStoreSinceTheExportIsAConflictAppliedOnlyWhenAcceptedExplicitly() throws IOException {
        Path exported = exported();
        store.editProposal("P1", "MAG-PARIS", 50, null, "Appel du magasin");
        Path file = edited(exported, sheet -> {
            Row paris = rowOf(sheet, "P1", "MAG-PARIS");
            set(paris, ReviewFiles.ORDER_QUANTITY, 30.0);
            set(paris, ReviewFiles.REASON, "Salon local");
        });

        ReviewDiff diff = reviews.read(file, null);

        assertThat(diff.conflicts()).isEqualTo(1);
        ReviewChange change = diff.changes().get(0);
        assertThat(change.conflict()).isTrue();
        assertThat(change.currentQuantity()).isEqualTo(50);
        assertThat(reviews.apply(diff, c -> !c.conflict())).isZero();
        assertThat(store.proposal("P1", "MAG-PARIS").orElseThrow().effectiveQuantity()).isEqualTo(50);
        assertThat(reviews.apply(diff, c -> c.key().equals(new ProposalKey("P1", "MAG-PARIS")))).isEqualTo(1);
        assertThat(store.proposal("P1", "MAG-PARIS").orElseThrow().effectiveQuantity()).isEqualTo(30);
    }

    @Test
    void aProposalChangedBetweenReadingAndApplyingIsRefused() throws IOException {
        Path file = edited(exported(), sheet -> {
            Row paris = rowOf(sheet, "P1", "MAG-PARIS");
            set(paris, ReviewFiles.ORDER_QUANTITY, 30.0);
            set(paris, ReviewFiles.REASON, "Salon local");
        });
        ReviewDiff diff = reviews.read(file, null);
        store.editProposal("P1", "MAG-PARIS", 50, null, "Appel du magasin");

        assertThatThrownBy(() -> reviews.apply(diff, c -> true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("P1 at MAG-PARIS changed after edited.xlsx was read");
        assertThat(store.proposal("P1", "MAG-PARIS").orElseThrow().effectiveQuantity()).isEqualTo(50);
    }

    @Test
    void cellsThatCannotBeTakenNameFileSheetRowColumnAndValueAndNothingIsApplied() throws IOException {
        Path file = edited(exported(), sheet -> {
            set(rowOf(sheet, "P1", "MAG-LYON"), ReviewFiles.ORDER_QUANTITY, "beaucoup");
            set(rowOf(sheet, "P1", "MAG-PARIS"), ReviewFiles.ORDER_QUANTITY, -5.0);
            set(rowOf(sheet, "P2", "MAG-PARIS"), ReviewFiles.ORDER_DATE, "demain");
            set(rowOf(sheet, "P3", "MAG-PARIS"), ReviewFiles.ORDER_QUANTITY, 40.0);
            set(rowOf(sheet, "P4", "MAG-PARIS"), ReviewFiles.KEY, "abc");
            Row ok = rowOf(sheet, "P5", "MAG-PARIS");
            set(ok, ReviewFiles.ORDER_QUANTITY, 9.0);
            set(ok, ReviewFiles.REASON, "OK");
        });

        ReviewDiff diff = reviews.read(file, null);

        assertThat(diff.issues()).extracting(ReviewIssue::describe).containsExactly(
                "edited.xlsx, sheet Propositions, row 6, column Quantité à commander, value \"beaucoup\": not a number. Maybe type a quantity in units, e.g. 24.",
                "edited.xlsx, sheet Propositions, row 7, column Quantité à commander, value \"-5\": the order quantity must be zero or more. Maybe use 0 to cancel.",
                "edited.xlsx, sheet Propositions, row 8, column Date de commande, value \"demain\": not a date. Maybe type it as 24/11/2026 or 2026-11-24.",
                "edited.xlsx, sheet Propositions, row 9, column Motif: the quantity or date of P3 at MAG-PARIS changed without a reason. Maybe say what you know that the forecast does not.",
                "edited.xlsx, sheet Propositions, row 10, column reassort:key, value \"abc\": the hidden key or version of this row was changed. Maybe copy the row from the exported file again, or export a new review file.");
        assertThat(diff.changes()).hasSize(1);
        assertThatThrownBy(() -> reviews.apply(diff, c -> true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 cell(s) of edited.xlsx cannot be taken");
        assertThat(store.proposal("P5", "MAG-PARIS").orElseThrow().isEdited()).isFalse();
    }

    @Test
    void anOrderExportIsNotAReviewFile() {
        Path orders = dir.resolve("orders.xlsx");
        new ExportOrders(store, OrderBook.clock()).export(ExportRequest.approved(ExportFormat.XLSX,
                ExportLanguage.ENGLISH, orders).withMarkExported(false), null);

        assertThatThrownBy(() -> reviews.read(orders, null)).isInstanceOf(SpreadsheetRefusedException.class)
                .hasMessageStartingWith("orders.xlsx is not a Reassort review file").hasMessageContaining("Maybe");
    }
}
