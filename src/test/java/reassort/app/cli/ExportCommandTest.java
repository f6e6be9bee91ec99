package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.export.OrderBook;
import reassort.app.export.TransferBook;
import reassort.store.ProposalStatus;
import reassort.store.Store;

class ExportCommandTest {
    @TempDir
    Path dir;

    private Path orderBookStore() {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store, Clock.systemUTC())) {
            OrderBook.fill(s);
        }
        return store;
    }

    private static void assertOneLineFailure(CliTest.Run run, String... parts) {
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains(parts);
    }

    @Test
    void exportsApprovedOrdersOnceThenSaysThereIsNothingLeft() {
        String store = orderBookStore().toString();

        CliTest.Run run = CliTest.run("export", "--store", store, "--out", dir.resolve("orders.xlsx").toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + dir.resolve("orders.xlsx"),
                "Exported 9 lines in 2 suppliers: 65 units, value 191.00; 9 proposals marked EXPORTED.");
        assertThat(dir.resolve("orders.xlsx")).isRegularFile();

        assertOneLineFailure(CliTest.run("export", "--store", store, "--out", dir.resolve("again.xlsx").toString(), "-q"),
                "No APPROVED supplier order proposal", "Maybe");

        CliTest.Run csv = CliTest.run("export", "--store", store, "--status", "EXPORTED", "--format", "csv-fr",
                "--per-location", "--no-mark", "--out", dir.resolve("orders.csv").toString(), "-q");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("Exported 9 lines in 3 supplier × destination groups", "0 proposals marked");
    }

    @Test
    void kindChoosesTransfersOrAllocationsAndAnUnknownKindIsRefusedInOneLine() throws IOException {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store, Clock.systemUTC())) {
            TransferBook.fill(OrderBook.fill(s));
        }

        CliTest.Run transfers = CliTest.run("export", "--store", store.toString(), "--kind", "transfers", "--out",
                dir.resolve("transfers.xlsx").toString(), "-q");
        assertThat(transfers.exitCode()).as(transfers.err()).isZero();
        assertThat(transfers.out()).contains("Exported 8 transfer lines in 2 shipping locations: 38 units, value 101.00; "
                + "8 proposals marked EXPORTED.");
        try (InputStream in = Files.newInputStream(dir.resolve("transfers.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("MAG-LYON");
        }
        CliTest.Run allocations = CliTest.run("export", "--store", store.toString(), "--kind", "allocations", "--format",
                "csv-en", "--out", dir.resolve("allocations.csv").toString(), "-q");
        assertThat(allocations.exitCode()).as(allocations.err()).isZero();
        assertThat(allocations.out()).contains("Exported 3 allocation lines in 1 sources: 18 units");
        assertThat(Files.readString(dir.resolve("allocations.csv"))).startsWith("Source,Destination,Channel,SKU,");
        // orders stay the default kind, untouched by the two exports above
        CliTest.Run orders = CliTest.run("export", "--store", store.toString(), "--out", dir.resolve("o.xlsx").toString(), "-q");
        assertThat(orders.out()).contains("Exported 9 lines in 2 suppliers");

        assertOneLineFailure(CliTest.run("export", "--store", store.toString(), "--kind", "transfers", "--out",
                dir.resolve("again.xlsx").toString(), "-q"), "No APPROVED transfer proposal", "Maybe");
        assertOneLineFailure(CliTest.run("export", "--store", store.toString(), "--kind", "pallets", "--out", "x.xlsx"),
                "Export kind \"pallets\" is not known", "orders, transfers or allocations");
    }

    @Test
    void unknownFormatOrStatusIsRefusedInOneLine() {
        String store = orderBookStore().toString();
        assertOneLineFailure(CliTest.run("export", "--store", store, "--format", "ods", "--out", "x.ods"),
                "Export format \"ods\" is not known", "xlsx, csv-fr or csv-en");
        assertOneLineFailure(CliTest.run("export", "--store", store, "--status", "SENT", "--out", "x.xlsx"),
                "Status \"SENT\" is not known");
    }

    @Test
    void reviewFileRoundTripPrintsTheDiffAndAppliesOnlyWhenAsked() throws IOException {
        String store = orderBookStore().toString();
        Path review = dir.resolve("review.xlsx");
        CliTest.Run export = CliTest.run("export-review", "--store", store, "--out", review.toString(), "--lang", "en", "-q");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("10 proposals to review");
        Path edited = dir.resolve("review-edited.xlsx");
        try (InputStream in = Files.newInputStream(review); XSSFWorkbook book = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(edited)) {
            XSSFSheet sheet = book.getSheet("Proposals");
            for (Row row : sheet) {
                if (row.getRowNum() >= 5 && row.getCell(0).getStringCellValue().equals("Q1")
                        && row.getCell(2).getStringCellValue().equals("MAG-PARIS")) {
                    row.getCell(6).setCellValue(12);
                    row.createCell(8).setCellValue("Salon du bricolage");
                }
            }
            book.write(out);
        }

        CliTest.Run diff = CliTest.run("import-review", "--store", store, edited.toString(), "-q");

        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("review-edited.xlsx, sheet Proposals: 10 rows, 9 unchanged, 1 changed (0 in conflict), 0 errors.",
                "row 15 Q1@MAG-PARIS: quantity 8 -> 12; reason \"Salon du bricolage\";");
        assertOneLineFailure(CliTest.run("import-review", "--store", store, edited.toString(), "--apply", "-q"),
                "--apply needs --accept-all or --only");

        CliTest.Run apply = CliTest.run("import-review", "--store", store, edited.toString(), "--apply", "--only",
                "Q1@MAG-PARIS", "-q");

        assertThat(apply.exitCode()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Applied 1 change(s), audited as REIMPORT.");
        try (Store s = Store.open(Path.of(store), Clock.systemUTC())) {
            assertThat(s.proposal("Q1", "MAG-PARIS").orElseThrow().effectiveQuantity()).isEqualTo(12);
            assertThat(s.proposal("Q1", "MAG-PARIS").orElseThrow().status()).isEqualTo(ProposalStatus.EDITED);
        }
        assertOneLineFailure(CliTest.run("import-review", "--store", store, dir.resolve("missing.xlsx").toString()),
                "missing.xlsx cannot be found");
    }
}
