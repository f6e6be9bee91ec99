package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.insight.ForecastSample;

class InsightCommandsTest {
    @TempDir
    static Path dir;
    private static Path store;

    @BeforeAll
    static void sample() throws IOException {
        store = ForecastSample.copyTo(dir);
    }

    @AfterAll
    static void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void kpiPrintsAvailabilityPerChannelStockSuppliersAndAccuracy() {
        CliTest.Run run = CliTest.run("kpi", "--store", store.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("KPIs as of 2026-11-15, measured over 13 weeks from 2026-08-17.");
        for (String channel : new String[] {"CC", "MKP", "STORE", "WEB"}) {
            assertThat(run.out()).containsPattern("(?m)^channel " + channel + " +\\d+ +\\d+ +\\d+\\.\\d %");
        }
        assertThat(run.out()).contains("Stock at cost (latest snapshot)", "Suppliers (open order lines",
                "Forecast accuracy").containsPattern("(?m)^TOTAL +\\d+ +[0-9.]+ +[0-9.]+ %");
    }

    @Test
    void exceptionsFiltersByTypeAndLimitsTheList() {
        CliTest.Run all = CliTest.run("exceptions", "--store", store.toString(), "-q", "--limit", "0");
        CliTest.Run risks = CliTest.run("exceptions", "--store", store.toString(), "-q", "--type", "stockout-risk",
                "--limit", "2");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).containsPattern("^\\d+ exceptions \\(stockout_risk \\d+, overstock \\d+, "
                + "forecast_vs_sales \\d+, supplier_drift 0, data_problem \\d+\\)");
        assertThat(risks.exitCode()).as(risks.err()).isZero();
        assertThat(risks.out().lines().filter(l -> l.matches("^(HIGH|MEDIUM|LOW) +stockout_risk .*"))).hasSize(2);
        assertThat(risks.out()).doesNotContain(" overstock  ").containsPattern("(?m)^… \\d+ more; use --limit 0 for all\\.$");
    }

    @Test
    void anUnknownTypeIsRefusedWithTheTypesThereAre() {
        CliTest.Run run = CliTest.run("exceptions", "--store", store.toString(), "--type", "late");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--type late is unknown. Use stockout_risk, overstock");
    }
}
