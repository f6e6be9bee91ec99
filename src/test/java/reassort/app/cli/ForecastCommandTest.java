package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;

class ForecastCommandTest {
    @TempDir
    Path dir;

    private Path smallSampleStore() throws IOException {
        return SampleStores.importSmall(3, dir, Clock.systemUTC());
    }

    @Test
    void forecastsTheWholeStoreAndWritesOneCsvRowPerSeries() throws IOException {
        Path store = smallSampleStore();
        Path csv = dir.resolve("forecasts.csv");

        CliTest.Run run = CliTest.run("forecast", "--store", store.toString(), "-q", "--out", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Forecast run 1 in ", "13 weeks from 2026-11-16", "Methods used", "Combinations chosen:");
        assertThat(run.out()).containsPattern("(?m)^Returns \\(rate after mean delay\\): .*WEB \\d+\\.\\d % after \\d+\\.\\d weeks")
                .contains("Promotion uplift per channel × category").containsPattern("(?m)^  STORE +.+ ×\\d+\\.\\d\\d  \\(");
        Matcher summary = Pattern.compile("(?m)^series=(\\d+) MASE=[0-9.]+ RMSSE=[0-9.]+ wMAPE=[0-9.]+ bias=-?[0-9.]+ "
                + "ms_per_series=[0-9.]+ elapsed_ms=\\d+$").matcher(run.out());
        assertThat(summary.find()).as(run.out()).isTrue();
        long series = Long.parseLong(summary.group(1));
        assertThat(series).isPositive();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) series + 1);
        assertThat(lines.get(0)).startsWith("sku,location,channel,method,reason,demand_class,adi,cv2,history_weeks,"
                + "mase,rmsse,wmape,bias,overridden,forecast 2026-11-16,");
        assertThat(lines.get(0)).contains("final 2027-02-08", "error_sd_13");

        CliTest.Run again = CliTest.run("forecast", "--store", store.toString(), "-q", "--horizon", "4");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Forecast run 2 in ", "series=" + series + " ");
    }

    @Test
    void anOverrideShowsOnTheSeriesAndSurvivesTheNextRun() throws IOException {
        Path store = smallSampleStore();
        Path csv = dir.resolve("forecasts.csv");
        assertThat(CliTest.run("forecast", "--store", store.toString(), "-q", "--out", csv.toString()).exitCode()).isZero();
        String[] first = Files.readAllLines(csv, StandardCharsets.UTF_8).get(1).split(",", 4);

        CliTest.Run override = CliTest.run("forecast-override", "--store", store.toString(), first[0], first[1],
                first[2], "2026-11-25", "2026-12-01", "--percent", "50", "--reason", "Local fair");

        assertThat(override.exitCode()).as(override.err()).isZero();
        assertThat(override.out()).contains("Override 1 saved", "weeks of 2026-11-23 to 2026-11-30", "+50.0 %",
                "Local fair");
        assertThat(override.out().lines().filter(line -> line.endsWith("*"))).hasSize(2);
        assertThat(CliTest.run("forecast", "--store", store.toString(), "-q", "--out", csv.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(1)).startsWith(first[0] + "," + first[1] + "," + first[2] + ",").contains(",yes,");
        assertThat(lines.stream().skip(2).filter(line -> line.contains(",yes,"))).isEmpty();
    }

    @Test
    void anOverrideNeedsAValueOrAPercentAndAReason() {
        CliTest.Run run = CliTest.run("forecast-override", "--store", dir.resolve("s").toString(), "A", "S1", "WEB",
                "2026-11-23", "2026-11-30", "--reason", "x");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("--value", "--percent");
    }

    @Test
    void anEmptyStoreFailsWithOneLineAskingForSales() {
        CliTest.Run run = CliTest.run("forecast", "--store", dir.resolve("empty").toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("reassort: No sales in the store ")
                .contains("Import sales first");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aHorizonOutOfRangeIsRefusedBeforeOpeningTheStore() {
        CliTest.Run run = CliTest.run("forecast", "--store", dir.resolve("s").toString(), "--horizon", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--horizon 0 is out of range");
        assertThat(dir.resolve("s")).doesNotExist();
    }
}
