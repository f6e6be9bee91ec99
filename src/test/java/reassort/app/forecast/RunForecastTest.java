package reassort.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reassort.domain.CancelledException;
import reassort.domain.Product;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.engine.forecast.AdjustedForecast;
import reassort.store.ForecastRunWriter;
import reassort.store.ImportWriter;
import reassort.store.OverrideKind;
import reassort.store.PlannerOverride;
import reassort.store.SeriesForecast;
import reassort.store.Store;

class RunForecastTest {
    /** A Sunday: the history ends with a complete week. */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 15);
    private static final LocalDate FIRST_WEEK = LAST_DAY.plusDays(1);
    private static final SeriesKey SEASONAL = new SeriesKey("A", "S1", "STORE");
    private static final SeriesKey SHORT = new SeriesKey("B", "S1", "STORE");
    private static final SeriesKey SPORADIC = new SeriesKey("C", "S1", "WEB");
    /** A Sunday in the short series' life, in a week without its sales, with nothing on hand. */
    private static final LocalDate STOCKOUT_SUNDAY = LAST_DAY.minusWeeks(5);

    private Store store;

    @BeforeEach
    void fillStore() {
        store = Store.inMemory();
        Random random = new Random(7);
        try (ImportWriter writer = store.beginImport("test history")) {
            writer.add(new Product("A", "Boots", "Shoes", 10, 30, null, "", 1, 1));
            writer.add(new Product("B", "Sandals", "Shoes", 10, 30, null, "", 1, 1));
            writer.add(new Product("C", "Bag", "Bags", 10, 30, null, "", 1, 1));
            LocalDate start = LAST_DAY.minusWeeks(3 * 52).plusDays(1);
            for (LocalDate day = start; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                double season = 1 + 0.6 * Math.sin(2 * Math.PI * day.getDayOfYear() / 365.25);
                int units = (int) Math.round(season * (4 + random.nextGaussian()));
                String promotion = day.getDayOfYear() / 7 == 20 ? "SPRING" : null;
                if (units > 0) writer.add(sale(day, SEASONAL, units, promotion));
                boolean shortLife = day.isAfter(LAST_DAY.minusWeeks(30));
                boolean stockoutWeek = !day.isBefore(STOCKOUT_SUNDAY.minusDays(6)) && !day.isAfter(STOCKOUT_SUNDAY);
                if (shortLife && !stockoutWeek) writer.add(sale(day, SHORT, 1 + random.nextInt(3), null));
                if (random.nextInt(40) == 0) writer.add(sale(day, SPORADIC, 1 + random.nextInt(4), null));
            }
            writer.add(new StockPosition("B", "S1", STOCKOUT_SUNDAY, 0, 0, 0, 0));
            writer.add(new StockPosition("B", "S1", STOCKOUT_SUNDAY.plusWeeks(1), 12, 0, 0, 0));
            writer.commit(List.of());
        }
    }

    @AfterEach
    void closeStore() {
        Thread.interrupted();
        store.close();
    }

    private static SalesLine sale(LocalDate day, SeriesKey key, double units, String promotion) {
        return new SalesLine(day, key.sku(), key.location(), key.channel(), SalesKind.SALE, units, units * 30, promotion);
    }

    @Test
    void everySeriesGetsAStoredForecastWithMethodReasonAndAccuracy() {
        ForecastSummary summary = new RunForecast(store, 2).run(13, null);

        assertThat(summary.series()).isEqualTo(3);
        assertThat(summary.firstWeek()).isEqualTo(FIRST_WEEK);
        assertThat(summary.methods().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        // Every series combines the best two candidates (or has one method when there is no room to compare).
        assertThat(summary.methodUse().values().stream().mapToLong(Long::longValue).sum()).isBetween(3L, 6L);
        assertThat(store.latestForecastRun()).hasValueSatisfying(run -> {
            assertThat(run.id()).isEqualTo(summary.runId());
            assertThat(run.seriesCount()).isEqualTo(3);
            assertThat(run.firstWeek()).isEqualTo(FIRST_WEEK);
        });
        List<SeriesForecast> stored = new ArrayList<>();
        store.forEachSeriesForecast(summary.runId(), stored::add);
        assertThat(stored).extracting(SeriesForecast::key).containsExactly(SEASONAL, SHORT, SPORADIC);
        for (SeriesForecast forecast : stored) {
            assertThat(forecast.method()).isNotBlank();
            assertThat(forecast.reason()).isNotBlank();
            assertThat(forecast.point()).hasSize(13);
            for (double v : forecast.point()) assertThat(v).isFinite().isNotNegative();
            assertThat(forecast.mase()).isPositive();
            assertThat(forecast.rmsse()).isPositive();
            // |Σ error| ≤ Σ |error|: a wMAPE summed over other weeks than the bias would break this.
            assertThat(forecast.wmape()).isGreaterThanOrEqualTo(Math.abs(forecast.bias()));
        }
        assertThat(stored.get(0).historyWeeks()).isEqualTo(3 * 52);
        // About 4 units a day, times the season (0.6 in late November).
        assertThat(stored.get(0).point()[0]).isBetween(10.0, 24.0);
        assertThat(stored.get(2).demandClass()).isIn("INTERMITTENT", "LUMPY");
    }

    @Test
    void aShortSeriesStartsAtItsFirstSaleBorrowsItsCategoryProfileAndSkipsItsStockoutWeek() {
        ForecastSummary summary = new RunForecast(store, 1).run(8, null);

        assertThat(store.latestForecast(SHORT)).hasValueSatisfying(f -> {
            assertThat(f.historyWeeks()).isEqualTo(30);
            assertThat(f.reason()).contains("supplied seasonal profile");
        });
        assertThat(summary.seriesWithPooledProfile()).isEqualTo(1);
        assertThat(summary.censoredWeeks()).isEqualTo(1);
    }

    @Test
    void overridesApplyOnTopOfTheStatisticalForecastAndSurviveANewRun() {
        RunForecast forecasts = new RunForecast(store, 2);
        forecasts.run(13, null);
        store.saveOverride(PlannerOverride.of(SEASONAL, FIRST_WEEK.plusWeeks(1), FIRST_WEEK.plusWeeks(2),
                OverrideKind.PERCENT, 50, "Local fair"));
        store.saveOverride(PlannerOverride.of(SEASONAL, FIRST_WEEK.plusWeeks(12), FIRST_WEEK.plusWeeks(20),
                OverrideKind.UNITS, 0, "Store closes for works"));
        forecasts.run(13, null);

        AdjustedForecast adjusted = forecasts.adjustedForecast(SEASONAL).orElseThrow();
        double[] statistical = store.latestForecast(SEASONAL).orElseThrow().point();
        assertThat(adjusted.statistical()).containsExactly(statistical);
        assertThat(adjusted.adjusted()[0]).isEqualTo(statistical[0]);
        assertThat(adjusted.adjusted()[1]).isCloseTo(1.5 * statistical[1], within(1e-9));
        assertThat(adjusted.adjusted()[2]).isCloseTo(1.5 * statistical[2], within(1e-9));
        assertThat(adjusted.adjusted()[3]).isEqualTo(statistical[3]);
        assertThat(adjusted.adjusted()[12]).isZero();
        assertThat(adjusted.applied()).hasSize(2);
        assertThat(forecasts.adjustedForecast(SHORT).orElseThrow().applied()).isEmpty();
    }

    @Test
    void anOverrideOfAnUnknownSkuIsRefusedWithAHint() {
        RunForecast forecasts = new RunForecast(store, 2);
        SeriesKey ghost = new SeriesKey("GHOST", SEASONAL.location(), SEASONAL.channel());

        assertThatThrownBy(() -> forecasts.addOverride(ghost, FIRST_WEEK, FIRST_WEEK.plusWeeks(2), OverrideKind.PERCENT,
                        20, "Fair"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SKU GHOST is not in the products");
        assertThat(store.overrides()).isEmpty();
    }

    @Test
    void aStoreWithoutSalesHasNothingToForecast() {
        try (Store empty = Store.inMemory()) {
            assertThatThrownBy(() -> new RunForecast(empty).run(13, null))
                    .isInstanceOf(NoSalesException.class)
                    .hasMessageStartingWith("No sales in the store")
                    .hasMessageContaining("Import sales first");
            assertThat(empty.forecastRuns()).isEmpty();
        }
    }

    @Test
    void aCancelledRunLeavesNoRunBehind() {
        long[] reports = {0};
        assertThatThrownBy(() -> new RunForecast(store, 2).run(13, (done, total, message) -> {
            if (done >= 1) Thread.currentThread().interrupt();
            reports[0]++;
        })).isInstanceOf(CancelledException.class);
        Thread.interrupted();
        assertThat(reports[0]).isPositive();
        assertThat(store.forecastRuns()).isEmpty();
    }

    @Test
    void weekNumbersCountIsoWeeksWhateverTheDayOfTheWeek() {
        assertThat(RunForecast.weekNumber(LocalDate.of(1970, 1, 5))).isZero();
        assertThat(RunForecast.weekNumber(FIRST_WEEK.plusWeeks(3)) - RunForecast.weekNumber(FIRST_WEEK)).isEqualTo(3);
        assertThat(RunForecast.weekNumber(FIRST_WEEK.plusDays(6))).isEqualTo(RunForecast.weekNumber(FIRST_WEEK));
    }

    @Test
    void aRunWriterLeftOpenByAnotherTaskDoesNotHideTheNewRun() {
        try (ForecastRunWriter abandoned = store.beginForecastRun(13, FIRST_WEEK)) {
            ForecastSummary summary = new RunForecast(store, 2).run(13, null);
            assertThat(store.latestForecastRun()).hasValueSatisfying(run -> assertThat(run.id()).isEqualTo(summary.runId()));
        }
    }
}
