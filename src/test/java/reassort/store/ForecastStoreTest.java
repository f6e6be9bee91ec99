package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reassort.domain.CancelledException;
import reassort.domain.SeriesKey;

class ForecastStoreTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"), ZoneOffset.UTC);

    private static SeriesForecast forecast(String sku, double level, double mase) {
        return new SeriesForecast(new SeriesKey(sku, "STORE-1", "STORE"), "Mean of SES and Theta",
                "The 2 lowest root mean squared errors …", "SMOOTH", 1.0, 0.2, 104,
                new double[] {level, level + 1, level + 2}, new double[] {1.5, 2.0, Double.NaN}, mase, 0.9,
                Double.NaN, -2.5);
    }

    @Test
    void aCommittedRunReadsBackSeriesBySeriesWithItsMeans() {
        try (Store store = Store.inMemory(CLOCK)) {
            ForecastRun run;
            try (ForecastRunWriter writer = store.beginForecastRun(3, MONDAY)) {
                writer.add(forecast("A", 10, 0.8));
                writer.add(forecast("B", 20, 1.2));
                writer.add(forecast("C", 0, Double.NaN));
                run = writer.commit(42);
            }
            assertThat(run.seriesCount()).isEqualTo(3);
            assertThat(run.meanMase()).isEqualTo(1.0);
            assertThat(run.meanWmape()).isNaN();
            assertThat(store.latestForecastRun()).contains(run);

            List<SeriesForecast> read = new ArrayList<>();
            store.forEachSeriesForecast(run.id(), read::add);
            assertThat(read).containsExactly(forecast("A", 10, 0.8), forecast("B", 20, 1.2), forecast("C", 0, Double.NaN));
            assertThat(store.latestForecast(new SeriesKey("B", "STORE-1", "STORE")))
                    .hasValueSatisfying(f -> assertThat(f.point()).containsExactly(20, 21, 22));
        }
    }

    @Test
    void aRunClosedWithoutCommitLeavesNoTrace() {
        try (Store store = Store.inMemory(CLOCK)) {
            try (ForecastRunWriter writer = store.beginForecastRun(3, MONDAY)) {
                for (int i = 0; i < 1200; i++) writer.add(forecast("SKU-" + i, i, 1)); // beyond one batch
            }
            assertThat(store.forecastRuns()).isEmpty();
            assertThat(store.latestForecast(new SeriesKey("SKU-1", "STORE-1", "STORE"))).isEmpty();
        }
    }

    @Test
    void aRunCancelledAtCommitIsRolledBack() {
        try (Store store = Store.inMemory(CLOCK)) {
            try (ForecastRunWriter writer = store.beginForecastRun(3, MONDAY)) {
                writer.add(forecast("A", 1, 1));
                Thread.currentThread().interrupt();
                assertThatThrownBy(() -> writer.commit(1)).isInstanceOf(CancelledException.class);
            } finally {
                Thread.interrupted();
            }
            assertThat(store.forecastRuns()).isEmpty();
        }
    }

    @Test
    void onlyTheLastRunsAreKeptAndTheLatestForecastComesFromTheNewestRun() {
        try (Store store = Store.inMemory(CLOCK)) {
            for (int run = 1; run <= Store.KEPT_FORECAST_RUNS + 2; run++) {
                try (ForecastRunWriter writer = store.beginForecastRun(3, MONDAY)) {
                    writer.add(forecast("A", run, 1));
                    writer.commit(1);
                }
            }
            assertThat(store.forecastRuns()).hasSize(Store.KEPT_FORECAST_RUNS);
            assertThat(store.latestForecast(new SeriesKey("A", "STORE-1", "STORE")))
                    .hasValueSatisfying(f -> assertThat(f.point()[0]).isEqualTo(Store.KEPT_FORECAST_RUNS + 2));
        }
    }

    @Test
    void overridesSurviveANewRunUntilRemoved() {
        try (Store store = Store.inMemory(CLOCK)) {
            SeriesKey key = new SeriesKey("A", "STORE-1", "STORE");
            PlannerOverride saved = store.saveOverride(PlannerOverride.of(key, MONDAY, MONDAY.plusWeeks(1),
                    OverrideKind.PERCENT, 20, " Local fair "));
            assertThat(saved.id()).isPositive();
            assertThat(saved.reason()).isEqualTo("Local fair");
            try (ForecastRunWriter writer = store.beginForecastRun(3, MONDAY)) {
                writer.add(forecast("A", 5, 1));
                writer.commit(1);
            }
            assertThat(store.overrides(key)).containsExactly(saved);
            assertThat(store.overrides()).containsExactly(saved);
            assertThat(store.removeOverride(saved.id())).isTrue();
            assertThat(store.removeOverride(saved.id())).isFalse();
            assertThat(store.overrides(key)).isEmpty();
        }
    }

    @Test
    void aForecastWhoseHorizonDiffersFromTheRunsIsRefused() {
        try (Store store = Store.inMemory(CLOCK); ForecastRunWriter writer = store.beginForecastRun(4, MONDAY)) {
            assertThatThrownBy(() -> writer.add(forecast("A", 1, 1)))
                    .hasMessageContaining("has 3 weeks but the run forecasts 4");
        }
    }

    @Test
    void anOverrideMustRunFromMondayToALaterMonday() {
        SeriesKey key = new SeriesKey("A", "STORE-1", "STORE");
        assertThatThrownBy(() -> PlannerOverride.of(key, MONDAY.plusDays(1), MONDAY.plusWeeks(1), OverrideKind.UNITS,
                3, "x")).hasMessageContaining("must be Mondays");
        assertThatThrownBy(() -> PlannerOverride.of(key, MONDAY.plusWeeks(1), MONDAY, OverrideKind.UNITS, 3, "x"))
                .hasMessageContaining("before it starts");
    }

    @Test
    void emptyStockPositionsAreThoseWithNothingOnHandWithinTheDates() {
        try (Store store = Store.inMemory(CLOCK)) {
            try (ImportWriter writer = store.beginImport("stock")) {
                writer.add(new reassort.domain.StockPosition("A", "S1", MONDAY.minusDays(15), 0, 0, 0, 0));
                writer.add(new reassort.domain.StockPosition("A", "S1", MONDAY.minusDays(8), 0, 0, 0, 0));
                writer.add(new reassort.domain.StockPosition("A", "S1", MONDAY.minusDays(1), 4, 0, 0, 0));
                writer.add(new reassort.domain.StockPosition("B", "S2", MONDAY.minusDays(1), -2, 0, 0, 0));
                writer.add(new reassort.domain.StockPosition("C", "S1", MONDAY.minusDays(1), 0, 1, 0, 0));
                writer.commit(List.of());
            }
            assertThat(store.emptyStockPositions(MONDAY.minusDays(8), MONDAY.minusDays(1)))
                    .extracting(p -> p.sku() + "@" + p.location() + "@" + p.asOf())
                    .containsExactlyInAnyOrder("A@S1@" + MONDAY.minusDays(8), "B@S2@" + MONDAY.minusDays(1),
                            "C@S1@" + MONDAY.minusDays(1));
        }
    }

    @Test
    void aStockSnapshotHoldsOnlyThePositionsOfThatDay() {
        try (Store store = Store.inMemory(CLOCK)) {
            try (ImportWriter writer = store.beginImport("stock")) {
                writer.add(new reassort.domain.StockPosition("A", "S1", MONDAY.minusDays(8), 5, 0, 0, 0));
                writer.add(new reassort.domain.StockPosition("A", "S1", MONDAY.minusDays(1), 0, 0, 0, 0));
                writer.add(new reassort.domain.StockPosition("B", "S1", MONDAY.minusDays(8), 3, 0, 0, 0));
                writer.commit(List.of());
            }
            assertThat(store.stockSnapshot(MONDAY.minusDays(1))).extracting(p -> p.sku() + "@" + p.onHand())
                    .containsExactly("A@0.0");
            assertThat(store.stockSnapshot(MONDAY)).isEmpty();
        }
    }
}
