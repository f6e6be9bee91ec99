package reassort.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.StoreOverview;
import reassort.app.Workspace;
import reassort.app.sample.SampleFiles;
import reassort.app.sample.SampleRetailer;
import reassort.app.sample.SampleSize;
import reassort.domain.CancelledException;
import reassort.domain.Dataset;
import reassort.domain.ProgressListener;
import reassort.io.Field;
import reassort.io.FileMapping;
import reassort.io.Severity;
import reassort.io.SpreadsheetRefusedException;

class ImportFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path sampleDir;

    static SampleRetailer sample;

    @TempDir
    Path dir;

    private final Workspace workspace = Workspace.inMemory(CLOCK);

    @BeforeAll
    static void writeSmallSample() throws IOException {
        sample = SampleRetailer.generate(7, LocalDate.of(2026, 11, 15), SampleSize.SMALL);
        SampleFiles.write(sample, sampleDir);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static List<FileToImport> sampleCsvFiles() {
        return List.of("articles.csv", "sites.csv", "fournisseurs.csv", "stock.csv", "commandes.csv",
                        "promotions.csv", "ventes.csv").stream()
                .map(name -> new FileToImport(sampleDir.resolve(name), null))
                .toList();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void frenchCsvSampleImportsEveryRecordWithoutAnIssue() {
        ImportSummary summary = workspace.imports().importNow(sampleCsvFiles(), false, null, ProgressListener.NONE);

        assertThat(summary.rowsRejected()).isZero();
        assertThat(summary.warningCount()).isZero();
        StoreOverview overview = workspace.overview();
        assertThat(overview.count(Dataset.SALES)).isEqualTo(sample.sales().size());
        assertThat(overview.count(Dataset.PRODUCTS)).isEqualTo(sample.products().size());
        assertThat(overview.count(Dataset.LOCATIONS)).isEqualTo(sample.locations().size());
        assertThat(overview.count(Dataset.SUPPLIERS)).isEqualTo(sample.suppliers().size());
        assertThat(overview.count(Dataset.PURCHASE_ORDERS)).isEqualTo(sample.purchaseOrders().size());
        assertThat(overview.count(Dataset.PROMOTIONS)).isEqualTo(sample.promotions().size());
        assertThat(overview.lastSalesDate()).isEqualTo(sample.sales().stream().map(s -> s.date()).max(LocalDate::compareTo).orElseThrow());
    }

    @Test
    void englishWorkbookAndWideWorkbookImportWithoutAnIssue() {
        ImportSummary summary = workspace.imports().importNow(List.of(
                new FileToImport(sampleDir.resolve(SampleFiles.WORKBOOK), null),
                new FileToImport(sampleDir.resolve(SampleFiles.WEEKLY_STORE_SALES), null)), false, null, ProgressListener.NONE);

        assertThat(summary.rowsRejected()).isZero();
        assertThat(summary.warningCount()).isZero();
        assertThat(workspace.overview().count(Dataset.PRODUCTS)).isEqualTo(sample.products().size());
        assertThat(summary.counts()).anySatisfy(c -> {
            assertThat(c.dataset()).isEqualTo(Dataset.SALES);
            assertThat(c.read()).isGreaterThan(sample.sales().size());
        });
    }

    @Test
    void reimportingTheSamePeriodReplacesInsteadOfDoubleCounting() {
        workspace.imports().importNow(sampleCsvFiles(), false, null, ProgressListener.NONE);
        StoreOverview first = workspace.overview();

        ImportSummary again = workspace.imports().importNow(sampleCsvFiles(), false, null, ProgressListener.NONE);

        assertThat(workspace.overview().counts()).isEqualTo(first.counts());
        assertThat(again.counts()).anySatisfy(c -> {
            assertThat(c.dataset()).isEqualTo(Dataset.SALES);
            assertThat(c.replaced()).isEqualTo(sample.sales().size());
        });
    }

    @Test
    void rejectedRowsImportNothingUnlessTheValidRowsAreAccepted() throws IOException {
        Path sales = write("ventes.csv", "Date;Code article;Magasin;Canal;Quantité\n"
                + "02/11/2026;A1;MAG-1;STORE;3\n"
                + "03/11/2026;A1;MAG-1;STORE;trois\n"
                + "04/11/2026;A1;MAG-1;STORE;2\n");
        Path report = dir.resolve("report.csv");

        assertThatThrownBy(() -> workspace.imports().importNow(List.of(new FileToImport(sales, null)), false, report,
                        ProgressListener.NONE))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("row 3")
                .hasMessageContaining("trois");
        assertThat(workspace.overview().isEmpty()).isTrue();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("ventes.csv", "trois");

        ImportSummary summary = workspace.imports().importNow(List.of(new FileToImport(sales, null)), true, null,
                ProgressListener.NONE);
        assertThat(summary.rowsRejected()).isEqualTo(1);
        assertThat(workspace.overview().count(Dataset.SALES)).isEqualTo(2);
    }

    @Test
    void aRefusedFileAmongSeveralLeavesTheStoreExactlyAsItWas() throws IOException {
        workspace.imports().importNow(sampleCsvFiles().subList(0, 2), false, null, ProgressListener.NONE);
        StoreOverview before = workspace.overview();
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});

        List<FileToImport> files = List.of(new FileToImport(sampleDir.resolve("ventes.csv"), null),
                new FileToImport(broken, null));
        assertThatThrownBy(() -> workspace.imports().importNow(files, true, null, ProgressListener.NONE))
                .isInstanceOf(SpreadsheetRefusedException.class)
                .hasMessageContaining("broken.xlsx");

        assertThat(workspace.overview()).isEqualTo(before);
    }

    @Test
    void cancellingMidFileLeavesTheStoreExactlyAsItWas() {
        workspace.imports().importNow(sampleCsvFiles().subList(0, 2), false, null, ProgressListener.NONE);
        StoreOverview before = workspace.overview();
        AtomicLong calls = new AtomicLong();
        ProgressListener cancelAfterAWhile = (done, total, message) -> {
            if (message.contains("ventes") && done > 0 && calls.incrementAndGet() == 2) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            assertThatThrownBy(() -> workspace.imports().importNow(sampleCsvFiles(), true, null, cancelAfterAWhile))
                    .isInstanceOf(CancelledException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(workspace.overview()).isEqualTo(before);
    }

    @Test
    void aMappingMadeOnceIsRememberedForTheNextFileOfTheSameShape() throws IOException {
        String header = "Jour;Réf interne;Boutique;Qté vendue\n";
        Path week1 = write("export-s45.csv", header + "02/11/2026;A1;MAG-1;3\n");
        Path week2 = write("export-s46.csv", header + "09/11/2026;A1;MAG-1;5\n");
        ImportFiles imports = workspace.imports();

        InspectedFile first = imports.inspect(List.of(week1), ProgressListener.NONE).get(0);
        assertThat(first.rememberedSheets()).isEmpty();
        var sheet = first.mapping().sheets().get(0)
                .withDataset(Dataset.SALES, reassort.io.Layout.LONG)
                .withColumn(Field.DATE, "Jour")
                .withColumn(Field.SKU, "Réf interne")
                .withColumn(Field.LOCATION, "Boutique")
                .withColumn(Field.QUANTITY, "Qté vendue")
                .withConstant(Field.CHANNEL, "WEB");
        imports.importNow(List.of(new FileToImport(week1, first.mapping().with(sheet))), false, null, ProgressListener.NONE);

        InspectedFile second = imports.inspect(List.of(week2), ProgressListener.NONE).get(0);
        assertThat(second.rememberedSheets()).hasSize(1);
        ImportSummary summary = imports.importNow(List.of(new FileToImport(week2, null)), false, null, ProgressListener.NONE);
        assertThat(summary.rowsRejected()).isZero();
        assertThat(workspace.overview().count(Dataset.SALES)).isEqualTo(2);
    }

    @Test
    void salesOfUnknownSkusAreKeptAndReportedOncePerSku() throws IOException {
        Path sales = write("ventes.csv", "Date;Code article;Magasin;Canal;Quantité\n"
                + "02/11/2026;GHOST;MAG-1;STORE;3\n03/11/2026;GHOST;MAG-1;STORE;1\n");

        try (PreparedImport prepared = workspace.imports().prepare(List.of(new FileToImport(sales, null)),
                ProgressListener.NONE)) {
            assertThat(prepared.issues()).filteredOn(i -> i.value().equals("GHOST"))
                    .singleElement()
                    .satisfies(issue -> {
                        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                        assertThat(issue.reason()).contains("2 row(s)");
                    });
            prepared.commit();
        }
        assertThat(workspace.overview().count(Dataset.SALES)).isEqualTo(2);
    }

    @Test
    void aHandWrittenMappingFileGivesAConstantChannel() throws IOException {
        Path sales = write("web.csv", "Date;Code article;Magasin;Quantité\n02/11/2026;A1;WH;4\n");
        Path mappingFile = write("web.mapping", FileMapping.FORMAT_LINE + "\nsheet.x.dataset=SALES\nsheet.x.constant.CHANNEL=WEB\n");
        FileMapping overrides = ImportFiles.readMappingFile(mappingFile);
        InspectedFile inspected = workspace.imports().inspect(List.of(sales), ProgressListener.NONE).get(0);

        FileMapping mapping = ImportFiles.overlay(inspected.mapping(), overrides);

        ImportSummary summary = workspace.imports().importNow(List.of(new FileToImport(sales, mapping)), false, null,
                ProgressListener.NONE);
        assertThat(summary.recordsWritten()).isEqualTo(1);
        assertThat(summary.rowsRejected()).isZero();
    }
}
