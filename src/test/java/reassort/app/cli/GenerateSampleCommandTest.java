package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSampleCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesByteIdenticalCsvFiles() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second/nested");
        CliTest.Run run = CliTest.run("generate-sample", "--size", "SMALL", "--out", first.toString());
        CliTest.Run again = CliTest.run("generate-sample", "--size", "SMALL", "--seed", "42", "--last-day", "2026-11-15",
                "--out", second.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(run.out()).contains("Wrote 10 files", "ventes.csv", "reassort-sample.xlsx", "ventes-semaines-magasins.xlsx");
        List<Path> csvFiles;
        try (Stream<Path> files = Files.list(first)) {
            csvFiles = files.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        assertThat(csvFiles).hasSize(8);
        for (Path csv : csvFiles) {
            assertThat(Files.mismatch(csv, second.resolve(csv.getFileName()))).as(csv.getFileName().toString()).isEqualTo(-1L);
        }
    }

    @Test
    void anOutputThatIsAFileFailsWithOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");

        CliTest.Run run = CliTest.run("generate-sample", "--size", "SMALL", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err().strip()).startsWith("reassort: --out").contains("is a file").doesNotContain("\n");
    }

    @Test
    void aMalformedLastDayIsAUsageError() {
        CliTest.Run run = CliTest.run("generate-sample", "--out", dir.toString(), "--last-day", "15/11/2026");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("--last-day");
    }
}
