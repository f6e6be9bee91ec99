package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importsIntoTheGivenStoreAndSaysWhat() throws IOException {
        Path products = write("articles.csv", "Code article;Libellé;Catégorie;Colisage\nA1;Poêle;Cuisine;6\n");
        Path store = dir.resolve("store");

        CliTest.Run run = CliTest.run("import", "--store", store.toString(), "-q", products.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles.csv", "PRODUCTS", "1");
        assertThat(run.err()).isEmpty();
        assertThat(store.resolve("reassort.mv.db")).exists();
    }

    @Test
    void rejectedRowsFailWithOneLineNamingTheRowAndWriteTheReport() throws IOException {
        Path sales = write("ventes.csv", "Date;Code article;Magasin;Canal;Quantité\n02/11/2026;A1;M1;STORE;abc\n"
                + "03/11/2026;A1;M1;STORE;2\n");
        Path report = dir.resolve("report.csv");

        CliTest.Run run = CliTest.run("import", "--store", dir.resolve("s").toString(), "-q", "--report",
                report.toString(), sales.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("ventes.csv", "row 2", "abc", "--accept-valid");
        assertThat(report).exists();

        CliTest.Run accepted = CliTest.run("import", "--store", dir.resolve("s").toString(), "-q", "--accept-valid",
                sales.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("1 row(s) rejected");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedByName() throws IOException {
        Path pdf = dir.resolve("orders.xlsx");
        Files.write(pdf, "%PDF-1.7 not a workbook".getBytes(StandardCharsets.US_ASCII));

        CliTest.Run run = CliTest.run("import", "--store", dir.resolve("s").toString(), "-q", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("reassort: ").contains("orders.xlsx").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsNamed() {
        CliTest.Run run = CliTest.run("import", "--store", dir.resolve("s").toString(), dir.resolve("nope.csv").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nope.csv");
    }
}
