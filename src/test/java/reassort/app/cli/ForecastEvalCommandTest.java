package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastEvalCommandTest {
    @TempDir
    Path folder;

    /** Three series of 40 monthly points: a trend, a seasonal pattern, an intermittent one. */
    private Path sampleCsv() throws IOException {
        StringBuilder csv = new StringBuilder("series_id,t,y\n");
        for (int t = 1; t <= 40; t++) {
            csv.append(String.format(Locale.ROOT, "TREND,%d,%.1f%n", t, 100 + 2.0 * t + (t % 3)));
            csv.append(String.format(Locale.ROOT, "SEASON,%d,%.1f%n", t, 50 + 0.5 * t + (t % 12 == 11 ? 40.0 : 0) + (t % 4)));
            csv.append(String.format(Locale.ROOT, "SPARSE,%d,%d%n", t, t % 5 == 0 ? 3 : 0));
        }
        Path file = folder.resolve("sample.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void scoresEverySeriesPrintsOneSummaryLineAndWritesResults() throws IOException {
        Path out = folder.resolve("results.csv");
        CliTest.Run run = CliTest.run("forecast-eval", "--input", sampleCsv().toString(), "--horizon", "6",
                "--season", "12", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip()).matches(
                "series=3 MASE=\\d+\\.\\d{3} sMAPE=\\d+\\.\\d{2} RMSSE=\\d+\\.\\d{3} wMAPE=\\d+\\.\\d{2}"
                        + " bias=-?\\d+\\.\\d{2} ms_per_series=\\d+\\.\\d{3} cpu_ms_per_series=-?\\d+\\.\\d{3}");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("series_id,n_train,demand_class,method,MASE,sMAPE,RMSSE,wMAPE,bias,reason,f1,");
        assertThat(lines.get(1)).startsWith("TREND,34,smooth,");
        assertThat(lines.get(3)).startsWith("SPARSE,34,intermittent,");
    }

    @Test
    void repeatedRunsReportTheColdPassAndTheMedianOfTheWarmOnesWithTheSameScores() throws IOException {
        Path input = sampleCsv();
        CliTest.Run once = CliTest.run("forecast-eval", "--input", input.toString(), "--horizon", "6",
                "--season", "12");
        CliTest.Run repeated = CliTest.run("forecast-eval", "--input", input.toString(), "--horizon", "6",
                "--season", "12", "--runs", "4");
        assertThat(repeated.exitCode()).as(repeated.err()).isZero();
        assertThat(repeated.out().strip()).matches(".* ms_per_series=\\d+\\.\\d{3} cpu_ms_per_series=-?\\d+\\.\\d{3}"
                + " cold_ms_per_series=\\d+\\.\\d{3} cold_cpu_ms_per_series=-?\\d+\\.\\d{3} runs=4");
        assertThat(once.out()).doesNotContain("cold_");
        String scores = "(?s) ms_per_series=.*";
        assertThat(repeated.out().replaceAll(scores, "")).isEqualTo(once.out().replaceAll(scores, ""));
    }

    @Test
    void theWarmFigureIsTheMedianOfThePassesAfterTheFirst() {
        assertThat(ForecastEvalCommand.warmMedian(new long[] {7})).isEqualTo(7);
        assertThat(ForecastEvalCommand.warmMedian(new long[] {100, 5, 1, 3})).isEqualTo(3);
        assertThat(ForecastEvalCommand.warmMedian(new long[] {100, 6, 2})).isEqualTo(4);
    }

    @Test
    void zeroRunsIsAUsageError() throws IOException {
        CliTest.Run run = CliTest.run("forecast-eval", "--input", sampleCsv().toString(), "--horizon", "6",
                "--runs", "0");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err().strip()).isEqualTo("reassort: --runs (0) must be at least 1.");
    }

    @Test
    void theTrendIsForecastWellEnoughToBeatNaive() throws IOException {
        Path input = sampleCsv();
        CliTest.Run automatic = CliTest.run("forecast-eval", "--input", input.toString(), "--horizon", "6");
        CliTest.Run naive = CliTest.run("forecast-eval", "--input", input.toString(), "--horizon", "6",
                "--methods", "naive-fixed");
        assertThat(mase(automatic.out())).isLessThan(mase(naive.out()));
    }

    private static double mase(String summary) {
        return Double.parseDouble(summary.replaceAll("(?s).*MASE=([0-9.]+).*", "$1"));
    }

    @Test
    void aMissingFileFailsWithOneLineNamingIt() {
        Path missing = folder.resolve("missing.csv");
        CliTest.Run run = CliTest.run("forecast-eval", "--input", missing.toString(), "--horizon", "13");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err().strip()).isEqualTo("reassort: Cannot read " + missing + ": no such file. Maybe check the path.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aNonNumericValueFailsWithFileLineAndValue() throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "series_id,t,y\nA,1,3\nA,2,3,5\nA,3,n/a\n".replace("3,5", "3.5"));
        CliTest.Run run = CliTest.run("forecast-eval", "--input", file.toString(), "--horizon", "1");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err().strip()).doesNotContain("\n")
                .startsWith("reassort: bad.csv line 4: y value 'n/a' is not a number.");
    }

    @Test
    void aSeriesTooShortForTheHorizonIsNamed() throws IOException {
        Path file = folder.resolve("short.csv");
        Files.writeString(file, "series_id,t,y\nA,1,3\nA,2,4\n");
        CliTest.Run run = CliTest.run("forecast-eval", "--input", file.toString(), "--horizon", "2");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err()).contains("Series A has 2 points");
    }
}
