package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.Workspace;
import reassort.domain.ProgressListener;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.store.ImportWriter;
import reassort.store.Store;

class ForecastLevelsCommandTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 15);

    @TempDir
    Path dir;

    private Path forecastStore() {
        Path directory = dir.resolve("store");
        try (Store store = Store.open(directory)) {
            try (ImportWriter writer = store.beginImport("levels")) {
                for (LocalDate day = LAST_DAY.minusWeeks(60).plusDays(1); !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                    int wiggle = day.getDayOfMonth() % 4;
                    writer.add(new SalesLine(day, "A", "S1", "STORE", SalesKind.SALE, 3 + wiggle, 60, null));
                    writer.add(new SalesLine(day, "A", "WH", "WEB", SalesKind.SALE, 1 + wiggle % 2, 20, null));
                    writer.add(new SalesLine(day, "B", "S1", "STORE", SalesKind.SALE, 5 - wiggle, 50, null));
                }
                writer.commit(List.of());
            }
        }
        try (Workspace workspace = Workspace.open(directory, Clock.systemUTC())) {
            workspace.forecasts().run(6, ProgressListener.NONE);
        }
        return directory;
    }

    @Test
    void printsEveryGroupAndTheirSumWhichIsTheTotal() throws IOException {
        Path store = forecastStore();
        Path csv = dir.resolve("sku.csv");

        CliTest.Run bySku = CliTest.run("forecast-levels", "--store", store.toString(), "--level", "sku", "--out",
                csv.toString());
        CliTest.Run total = CliTest.run("forecast-levels", "--store", store.toString(), "--level", "TOTAL");

        assertThat(bySku.exitCode()).as(bySku.err()).isZero();
        assertThat(bySku.out()).contains("Forecast run 1 by sku: 2 groups, 6 weeks from 2026-11-16");
        assertThat(bySku.out()).containsPattern("(?m)^A +2 ").containsPattern("(?m)^B +1 ");
        assertThat(total.exitCode()).as(total.err()).isZero();
        assertThat(sumOfGroups(bySku.out())).isEqualTo(sumOfGroups(total.out()));
        Matcher totalRow = Pattern.compile("(?m)^TOTAL +3 +\\S+ +\\S+ +(\\S+) +\\S+ +(\\S+)$").matcher(total.out());
        assertThat(totalRow.find()).as(total.out()).isTrue();
        assertThat(sumOfGroups(total.out())).isEqualTo(totalRow.group(1) + " " + totalRow.group(2));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("level,group,series,series_without_error,sold 2026-08-17,")
                .contains("forecast 2026-11-16", "error_sd_6");
        assertThat(lines.get(1)).startsWith("sku,A,2,0,");
    }

    private static String sumOfGroups(String out) {
        Matcher sum = Pattern.compile("(?m)^\\(sum of groups\\) +\\d+ +(\\S+) +(\\S+)$").matcher(out);
        assertThat(sum.find()).as(out).isTrue();
        return sum.group(1) + " " + sum.group(2);
    }

    @Test
    void anUnknownLevelIsRefusedWithTheLevelsThereAre() {
        CliTest.Run run = CliTest.run("forecast-levels", "--store", dir.resolve("s").toString(), "--level", "region");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Level 'region' is unknown", "sku, location, channel, category, total");
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void aStoreWithoutARunAsksForOne() {
        CliTest.Run run = CliTest.run("forecast-levels", "--store", dir.resolve("empty").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("No forecast run", "reassort forecast");
    }
}
