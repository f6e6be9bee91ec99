package reassort.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reassort.app.Workspace;
import reassort.domain.Dataset;
import reassort.domain.ProgressListener;

/** The files shipped in data-samples/ import as they are, with no rejected row and no warning. */
class DataSamplesImportTest {
    private static final Path SAMPLES = Path.of("data-samples");

    private static List<FileToImport> files(String glob) throws IOException {
        try (Stream<Path> paths = Files.list(SAMPLES)) {
            var matcher = SAMPLES.getFileSystem().getPathMatcher("glob:" + glob);
            return paths.filter(p -> matcher.matches(p.getFileName())).sorted()
                    .map(p -> new FileToImport(p, null)).toList();
        }
    }

    @Test
    void everyFrenchCsvImportsWithoutAnIssue() throws IOException {
        List<FileToImport> csv = files("*.csv");
        assertThat(csv).hasSize(8);
        try (Workspace workspace = Workspace.inMemory(Clock.systemUTC())) {
            ImportSummary summary = workspace.imports().importNow(csv, false, null, ProgressListener.NONE);

            assertThat(summary.rowsRejected()).isZero();
            assertThat(summary.warningCount()).isZero();
            assertThat(workspace.overview().count(Dataset.SALES)).isEqualTo(361_408);
            assertThat(workspace.overview().count(Dataset.PRODUCTS)).isEqualTo(162);
        }
    }

    @Test
    void bothWorkbooksImportWithoutAnIssue() throws IOException {
        List<FileToImport> workbooks = files("*.xlsx");
        assertThat(workbooks).hasSize(2);
        try (Workspace workspace = Workspace.inMemory(Clock.systemUTC())) {
            ImportSummary summary = workspace.imports().importNow(workbooks, false, null, ProgressListener.NONE);

            assertThat(summary.rowsRejected()).isZero();
            assertThat(summary.warningCount()).isZero();
            assertThat(workspace.overview().count(Dataset.LOCATIONS)).isEqualTo(14);
        }
    }
}
