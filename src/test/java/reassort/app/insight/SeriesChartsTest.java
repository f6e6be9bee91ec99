package reassort.app.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.Workspace;
import reassort.app.forecast.Level;
import reassort.app.forecast.LevelForecast;
import reassort.app.forecast.LevelForecasts;
import reassort.domain.ProgressListener;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.store.AuditEntry;
import reassort.store.SeriesForecast;
import reassort.store.Store;

class SeriesChartsTest {
    @TempDir
    static Path dir;
    private static Path storeDir;

    @BeforeAll
    static void sample() throws IOException {
        storeDir = ForecastSample.copyTo(dir);
    }

    @AfterAll
    static void clearInterrupt() {
        Thread.interrupted();
    }

    private static Workspace open() {
        return Workspace.open(storeDir, ForecastSample.CLOCK);
    }

    @Test
    void aSeriesChartHoldsItsWeeklySalesAndItsStoredForecastWithinItsInterval() {
        LocalDate from = LocalDate.of(2026, 11, 16).minusWeeks(26);
        double[] expected = new double[26];
        SeriesKey key;
        SeriesForecast forecast;
        try (Store store = Store.open(storeDir, ForecastSample.CLOCK)) {
            key = store.seriesKeys().get(0);
            for (SalesLine line : store.salesLines(key, from, from.plusWeeks(26).minusDays(1))) {
                if (line.kind() == SalesKind.SALE) {
                    expected[(int) (ChronoUnit.DAYS.between(from, line.date()) / 7)] += line.quantity();
                }
            }
            forecast = store.latestForecast(key).orElseThrow();
        }
        try (Workspace workspace = open()) {
            SeriesChart chart = workspace.seriesCharts().chart(SeriesSelection.of(key), 26, ProgressListener.NONE);

            assertThat(chart.historyFrom()).isEqualTo(from);
            assertThat(chart.forecastFrom()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(chart.soldByChannel()).containsOnlyKeys(key.channel());
            assertThat(chart.soldByChannel().get(key.channel())).containsExactly(expected, within(1e-9));
            assertThat(chart.series()).isEqualTo(1);
            assertThat(chart.statistical()).containsExactly(forecast.point(), within(1e-9));
            assertThat(chart.method()).isEqualTo(forecast.method());
            assertThat(chart.reason()).isEqualTo(forecast.reason());
            assertThat(chart.mase()).isEqualTo(forecast.mase());
            for (int k = 0; k < chart.horizon(); k++) {
                assertThat(chart.adjusted()[k]).isBetween(chart.lower()[k], chart.upper()[k]);
            }
            assertThat(chart.upper()[0]).isGreaterThan(chart.adjusted()[0]);
        }
    }

    @Test
    void aCategoryChartSumsItsSeriesAsTheForecastLevelsDo() {
        try (Workspace workspace = open()) {
            LevelForecasts levels = workspace.forecasts().aggregate(Level.CATEGORY, null, 13).orElseThrow();
            LevelForecast category = levels.groups().get(0);
            SeriesChart chart = workspace.seriesCharts().chart(new SeriesSelection(null, null, null, category.group()),
                    13, ProgressListener.NONE);

            assertThat(chart.series()).isEqualTo(category.series()).isGreaterThan(1);
            assertThat(chart.statistical()).containsExactly(category.point(), within(1e-6));
            double[] history = category.history();
            for (int t = 0; t < 13; t++) assertThat(chart.totalSold(t)).isCloseTo(history[t], within(1e-6));
            assertThat(chart.soldByChannel().size()).isGreaterThan(1);
            assertThat(chart.method()).contains("(");
        }
    }

    @Test
    void stockoutWeeksAreTheWeeksWhoseSnapshotShowsNothingOnHand() {
        try (Workspace workspace = open()) {
            SeriesCharts charts = workspace.seriesCharts();
            for (SeriesKey key : charts.seriesKeys()) {
                SeriesChart chart = charts.chart(SeriesSelection.of(key), 20, null);
                int marked = 0;
                for (int n : chart.stockedOutItems()) marked += n;
                if (marked == 0) continue;
                assertThat(chart.itemsWithStockHistory()).isEqualTo(1);
                assertThat(chart.stockedOutItems()).containsOnly(0, 1);
                return;
            }
            throw new AssertionError("the sample has no stockout week in the last 20 weeks");
        }
    }

    @Test
    void anOverrideIsSavedAuditedShownBesideTheStatisticalForecastAndRemovable() {
        try (Workspace workspace = open()) {
            SeriesCharts charts = workspace.seriesCharts();
            SeriesKey key = charts.seriesKeys().get(3);
            LocalDate first = LocalDate.of(2026, 11, 16);
            SeriesOverride saved = charts.addOverride(key, first.plusDays(2), first.plusWeeks(1), false, 42,
                    "Window display");
            SeriesChart chart = charts.chart(SeriesSelection.of(key), 13, null);

            assertThat(chart.overrides()).containsExactly(saved);
            assertThat(chart.adjusted()[0]).isEqualTo(42);
            assertThat(chart.adjusted()[1]).isEqualTo(42);
            assertThat(chart.adjusted()[2]).isEqualTo(chart.statistical()[2]);
            assertThat(chart.statistical()[0]).isNotEqualTo(42);
            SeriesChart total = charts.chart(new SeriesSelection(key.sku(), null, null, null), 13, null);
            assertThat(total.overrides()).containsExactly(saved);

            assertThat(charts.removeOverride(saved)).isTrue();
            assertThat(charts.chart(SeriesSelection.of(key), 13, null).overrides()).isEmpty();
        }
        try (Store store = Store.open(storeDir, ForecastSample.CLOCK)) {
            SeriesKey key = store.seriesKeys().get(3);
            List<AuditEntry> trail = store.auditTrail(key.sku(), key.location());
            assertThat(trail).extracting(AuditEntry::subject).containsOnly(AuditEntry.FORECAST);
            assertThat(trail).extracting(AuditEntry::action).containsExactly("OVERRIDE", "REMOVE_OVERRIDE");
            assertThat(trail.get(0).newValue()).isEqualTo("42 units/week from week 2026-11-16 to week 2026-11-23");
            assertThat(trail.get(0).reason()).isEqualTo("Window display");
            assertThat(trail.get(0).detail()).isEqualTo(key.channel());
        }
    }

    @Test
    void anOverrideWithoutAReasonIsRefused() {
        try (Workspace workspace = open()) {
            SeriesKey key = workspace.seriesCharts().seriesKeys().get(0);
            assertThatThrownBy(() -> workspace.seriesCharts().addOverride(key, LocalDate.of(2026, 11, 16),
                    LocalDate.of(2026, 11, 16), true, 10, " ")).hasMessageContaining("has no reason");
        }
    }
}
