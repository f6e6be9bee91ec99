package reassort.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.Workspace;
import reassort.app.imports.ImportSummary;
import reassort.domain.Dataset;
import reassort.io.Field;
import reassort.io.Layout;
import reassort.ui.common.I18n;
import reassort.ui.common.ImmediateTaskRunner;
import reassort.ui.importing.ImportViewModel.Phase;

class ImportViewModelTest {
    @TempDir
    Path dir;

    private final Workspace workspace = Workspace.inMemory(Clock.systemUTC());
    private final List<ImportSummary> imported = new ArrayList<>();
    private final ImportViewModel model = new ImportViewModel(workspace.imports(), new ImmediateTaskRunner(),
            I18n.of(Locale.ENGLISH), imported::add);

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void recognisedFileIsReadyToImportAndImportsAtOnceWhenClean() throws IOException {
        Path products = write("articles.csv", "Code article;Libellé;Catégorie;Colisage\nA1;Poêle;Cuisine;6\nA2;Wok;Cuisine;4\n");

        model.inspect(List.of(products));

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEW);
        assertThat(model.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.mapping().dataset()).isEqualTo(Dataset.PRODUCTS);
            assertThat(sheet.inspection().previewRows()).hasSize(2);
        });
        assertThat(model.canImportProperty().get()).isTrue();

        model.startImport();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(imported).singleElement().satisfies(s -> assertThat(s.recordsWritten()).isEqualTo(2));
        assertThat(workspace.overview().count(Dataset.PRODUCTS)).isEqualTo(2);
    }

    @Test
    void aMissingChannelBlocksTheImportUntilAConstantIsGiven() throws IOException {
        Path sales = write("web.csv", "Date;Code article;Magasin;Quantité\n02/11/2026;A1;WH;4\n");
        model.inspect(List.of(sales));
        SheetChoice sheet = model.sheets().get(0);
        model.setDataset(sheet, Dataset.SALES, Layout.LONG);

        assertThat(sheet.missingFields()).containsExactly(Field.CHANNEL);
        assertThat(model.canImportProperty().get()).isFalse();

        model.setConstant(sheet, Field.CHANNEL, "WEB");

        assertThat(sheet.missingFields()).isEmpty();
        assertThat(model.canImportProperty().get()).isTrue();
    }

    @Test
    void rejectedRowsLetThePlannerImportNothing() throws IOException {
        Path sales = write("ventes.csv", "Date;Code article;Magasin;Canal;Quantité\n02/11/2026;A1;M1;STORE;abc\n"
                + "03/11/2026;A1;M1;STORE;2\n");
        model.inspect(List.of(sales));
        model.startImport();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.DECIDE);
        assertThat(model.issues()).anySatisfy(issue -> assertThat(issue.value()).isEqualTo("abc"));

        model.discard();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(imported).isEmpty();
        assertThat(workspace.overview().isEmpty()).isTrue();
    }

    @Test
    void rejectedRowsLetThePlannerImportTheValidRows() throws IOException {
        Path sales = write("ventes.csv", "Date;Code article;Magasin;Canal;Quantité\n02/11/2026;A1;M1;STORE;abc\n"
                + "03/11/2026;A1;M1;STORE;2\n");
        model.inspect(List.of(sales));
        model.startImport();

        model.commit();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(workspace.overview().count(Dataset.SALES)).isEqualTo(1);
        Path report = dir.resolve("report.csv");
        model.saveReport(report);
        assertThat(report).exists();
    }

    @Test
    void aRefusedFileSaysWhyAndImportsNothing() throws IOException {
        Path bad = dir.resolve("bad.xlsx");
        Files.write(bad, new byte[] {1, 2, 3, 4, 5});

        model.inspect(List.of(bad));

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.EMPTY);
        assertThat(model.messageProperty().get()).contains("bad.xlsx");
    }
}
