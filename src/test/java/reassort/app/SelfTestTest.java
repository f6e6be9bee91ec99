package reassort.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.ProgressListener;

class SelfTestTest {
    @TempDir
    Path dir;

    @Test
    void everyOrderLineOfThePlanIsReadBackFromTheExportedWorkbook() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);

        SelfTest.Report report = new SelfTest(clock).run(dir, ProgressListener.NONE);

        assertThat(report.recordsImported()).isPositive();
        assertThat(report.itemsPlanned()).isGreaterThanOrEqualTo(report.orderLines());
        assertThat(report.orderLines()).isPositive().isEqualTo(report.rowsReadBack());
        assertThat(Path.of(report.workDirectory())).doesNotExist();
        assertThat(Path.of(report.workDirectory()).getParent()).isEqualTo(dir);
    }
}
