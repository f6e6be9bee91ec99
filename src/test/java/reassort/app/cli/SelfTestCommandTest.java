package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfTestCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSelfTestOptionImportsPlansExportsAndLeavesNothingBehind() throws IOException {
        CliTest.Run run = CliTest.run("--self-test", "--work-dir", dir.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsPattern("^Self-test passed in \\d+\\.\\d s: [\\d,]+ records imported, [\\d,]+ SKU × "
                + "locations planned, [1-9][\\d,]* order lines exported to XLSX and read back");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aStepThatFailsIsNamedOnOneLineWithANonZeroExit() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file.txt"), "not a directory");

        CliTest.Run run = CliTest.run("self-test", "--work-dir", notADirectory.toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n")
                .startsWith("reassort: Self-test failed at step 'temporary directory': ").contains(notADirectory.toString());
    }
}
