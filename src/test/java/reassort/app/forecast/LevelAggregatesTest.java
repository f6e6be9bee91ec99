package reassort.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reassort.domain.Product;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.store.ImportWriter;
import reassort.store.SeriesForecast;
import reassort.store.Store;

class LevelAggregatesTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 15);
    private static final List<SeriesKey> KEYS = List.of(
            new SeriesKey("A", "S1", "STORE"), new SeriesKey("A", "S2", "STORE"), new SeriesKey("A", "WH", "WEB"),
            new SeriesKey("B", "S1", "STORE"), new SeriesKey("B", "WH", "WEB"), new SeriesKey("C", "S2", "STORE"));
    private static final Map<String, String> CATEGORIES = Map.of("A", "Shoes", "B", "Shoes", "C", "Bags");

    private Store store;
    private List<SeriesForecast> series;

    @BeforeEach
    void forecastAStore() {
        store = Store.inMemory();
        Random random = new Random(11);
        try (ImportWriter writer = store.beginImport("levels")) {
            CATEGORIES.forEach((sku, category) -> writer.add(new Product(sku, sku, category, 10, 30, null, "", 1, 1)));
            for (LocalDate day = LAST_DAY.minusWeeks(80).plusDays(1); !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                for (int s = 0; s < KEYS.size(); s++) {
                    int units = (int) Math.round((s + 1) * 0.7 + random.nextGaussian());
                    SeriesKey key = KEYS.get(s);
                    if (units > 0) {
                        writer.add(new SalesLine(day, key.sku(), key.location(), key.channel(), SalesKind.SALE, units,
                                units * 20, null));
                    }
                }
            }
            writer.commit(List.of());
        }
        new RunForecast(store, 2).run(8, null);
        series = new ArrayList<>();
        store.forEachSeriesForecast(store.latestForecastRun().orElseThrow().id(), series::add);
        assertThat(series).hasSize(KEYS.size());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void everyGroupIsTheSumOfItsSeriesForecastsAndHistory(Level level) {
        LevelForecasts levels = new RunForecast(store, 1).aggregate(level, null, 10).orElseThrow();

        Map<String, double[]> expectedPoint = new HashMap<>();
        Map<String, double[]> expectedVariance = new HashMap<>();
        for (SeriesForecast forecast : series) {
            String group = level.groupOf(forecast.key(), CATEGORIES);
            double[] point = expectedPoint.computeIfAbsent(group, g -> new double[8]);
            double[] variance = expectedVariance.computeIfAbsent(group, g -> new double[8]);
            for (int k = 0; k < 8; k++) {
                point[k] += forecast.point()[k];
                variance[k] += forecast.errorStdDev()[k] * forecast.errorStdDev()[k];
            }
        }
        Map<String, double[]> expectedHistory = new HashMap<>();
        store.forEachWeeklySeries(levels.historyFrom(), levels.run().firstWeek().minusDays(1), weekly -> {
            double[] history = expectedHistory.computeIfAbsent(level.groupOf(weekly.key(), CATEGORIES), g -> new double[10]);
            for (int t = 0; t < 10; t++) history[t] += weekly.sold()[t];
        });

        assertThat(levels.groups()).extracting(LevelForecast::group)
                .containsExactlyInAnyOrderElementsOf(expectedPoint.keySet());
        long seriesCount = 0;
        for (LevelForecast group : levels.groups()) {
            seriesCount += group.series();
            for (int k = 0; k < 8; k++) {
                assertThat(group.point()[k]).isCloseTo(expectedPoint.get(group.group())[k], within(1e-9));
                assertThat(group.errorStdDev()[k])
                        .isCloseTo(Math.sqrt(expectedVariance.get(group.group())[k]), within(1e-9));
            }
            assertThat(group.history()).containsExactly(expectedHistory.get(group.group()), within(1e-9));
        }
        assertThat(seriesCount).isEqualTo(KEYS.size());
        assertThat(levels.groups()).allSatisfy(group -> assertThat(group.seriesWithoutError()).isZero());
    }

    @Test
    void theGroupsOfEveryLevelAddUpToTheTotal() {
        RunForecast forecasts = new RunForecast(store, 1);
        LevelForecast total = forecasts.aggregate(Level.TOTAL, null, 13).orElseThrow().groups().get(0);
        for (double units : total.history()) assertThat(units).isPositive();
        for (Level level : Level.values()) {
            double[] point = new double[8];
            double[] history = new double[13];
            for (LevelForecast group : forecasts.aggregate(level, null, 13).orElseThrow().groups()) {
                for (int k = 0; k < 8; k++) point[k] += group.point()[k];
                for (int t = 0; t < 13; t++) history[t] += group.history()[t];
            }
            assertThat(point).as(level.name()).containsExactly(total.point(), within(1e-9));
            assertThat(history).as(level.name()).containsExactly(total.history(), within(1e-9));
        }
    }

    @Test
    void aFilterKeepsOnlyItsSeries() {
        LevelForecasts web = new RunForecast(store, 1).aggregate(Level.SKU, key -> key.channel().equals("WEB"), 4)
                .orElseThrow();
        assertThat(web.groups()).extracting(LevelForecast::group).containsExactly("A", "B");
        assertThat(web.groups()).extracting(LevelForecast::series).containsExactly(1L, 1L);
    }

    @Test
    void aSeriesWithoutAMeasuredErrorAddsNoVarianceAndIsCounted() {
        try (Store small = Store.inMemory()) {
            try (ImportWriter writer = small.beginImport("short")) {
                for (LocalDate day = LAST_DAY.minusWeeks(40).plusDays(1); !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                    writer.add(new SalesLine(day, "A", "S1", "STORE", SalesKind.SALE, 3 + day.getDayOfMonth() % 3, 60, null));
                    if (!day.isBefore(LAST_DAY.minusDays(13))) {
                        writer.add(new SalesLine(day, "B", "S1", "STORE", SalesKind.SALE, 2, 40, null));
                    }
                }
                writer.commit(List.of());
            }
            new RunForecast(small, 1).run(4, null);
            List<SeriesForecast> stored = new ArrayList<>();
            small.forEachSeriesForecast(small.latestForecastRun().orElseThrow().id(), stored::add);
            SeriesForecast measured = stored.get(0);
            assertThat(stored.get(1).errorStdDev()[0]).isNaN();

            LevelForecast total = new RunForecast(small, 1).aggregate(Level.TOTAL, null, 0).orElseThrow().groups().get(0);
            assertThat(total.series()).isEqualTo(2);
            assertThat(total.seriesWithoutError()).isEqualTo(1);
            assertThat(total.errorStdDev()[0]).isCloseTo(measured.errorStdDev()[0], within(1e-9));
        }
    }

    @Test
    void aStoreWithoutARunHasNoAggregate() {
        try (Store empty = Store.inMemory()) {
            assertThat(new RunForecast(empty).aggregate(Level.TOTAL, null, 13)).isEmpty();
        }
    }
}
