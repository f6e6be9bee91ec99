package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStoreCommandTest {
    @TempDir
    Path temp;

    @Test
    void theStoreBenchRunsOnSmallNumbersAndCleansUpAfterItself() throws Exception {
        CliTest.Run run = CliTest.run("bench-store", "--lines", "2000", "--runs", "1", "--weekly-lines", "3000",
                "--dir", temp.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Import 2,000 lines into an empty file store, median of 1:")
                .contains("Re-import of the same period")
                .contains("Weekly aggregation over 3,000 lines (52 weeks)")
                .containsPattern("median of 1: [\\d,]+ ms \\(CPU: thread [\\d,]+ ms, JVM [\\d,]+ ms\\), peak heap \\d+ MB, 9 items series");   // 3,000 lines over 364 days
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }
}
