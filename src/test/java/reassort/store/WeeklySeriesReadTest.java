package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static reassort.store.TestData.day;
import static reassort.store.TestData.importAll;
import static reassort.store.TestData.promoSale;
import static reassort.store.TestData.returned;
import static reassort.store.TestData.sale;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reassort.domain.CancelledException;
import reassort.domain.DailySeries;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.WeeklySeries;

class WeeklySeriesReadTest {
    private static final LocalDate MONDAY_W52_2020 = day("2020-12-21");
    private static final LocalDate SUNDAY_W01_2021 = day("2021-01-10");

    /** Around ISO week 53 of 2020 (Monday 28 December to Sunday 3 January), across a year and a quarter. */
    private static final List<SalesLine> AROUND_WEEK_53 = List.of(
            sale("2020-12-20", "SKU-A", "STORE-1", "STORE", 100, 1000),   // the Sunday before the window
            sale("2020-12-21", "SKU-A", "STORE-1", "STORE", 2, 20),
            promoSale("2020-12-27", "SKU-A", "STORE-1", "STORE", 1, 10, "XMAS"),
            sale("2020-12-28", "SKU-A", "STORE-1", "STORE", 3, 30),
            sale("2020-12-31", "SKU-A", "STORE-1", "STORE", 1, 10),
            sale("2021-01-01", "SKU-A", "STORE-1", "STORE", 4, 40),
            returned("2021-01-01", "SKU-A", "STORE-1", "STORE", 1, 10),
            new SalesLine(day("2021-01-03"), "SKU-A", "STORE-1", "STORE", reassort.domain.SalesKind.RETURN, 2, 20, "XMAS"),
            sale("2021-01-04", "SKU-A", "STORE-1", "STORE", 5, 50),
            sale("2021-01-11", "SKU-A", "STORE-1", "STORE", 100, 1000));  // the Monday after

    @Test
    void salesAreSummedPerIsoWeekAcrossWeek53AndTheNewYear() {
        assertThat(day("2020-12-28").get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(53);
        assertThat(day("2021-01-03").get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(53);
        try (Store store = Store.inMemory()) {
            importAll(store, AROUND_WEEK_53);
            List<WeeklySeries> series = new ArrayList<>();
            store.forEachWeeklySeries(MONDAY_W52_2020, SUNDAY_W01_2021, series::add);

            assertThat(series).containsExactly(new WeeklySeries(new SeriesKey("SKU-A", "STORE-1", "STORE"),
                    MONDAY_W52_2020,
                    new double[] {3, 8, 5},
                    new double[] {0, 3, 0},
                    new double[] {30, 80, 50},
                    new boolean[] {true, false, false}));
            assertThat(series.get(0).weekStart(1)).isEqualTo("2020-12-28");
        }
    }

    @Test
    void week53Of2026IsOneWeekToo() {
        try (Store store = Store.inMemory()) {
            importAll(store, List.of(
                    sale("2026-12-27", "SKU-A", "STORE-1", "WEB", 1, 1),
                    sale("2026-12-28", "SKU-A", "STORE-1", "WEB", 2, 2),
                    sale("2027-01-03", "SKU-A", "STORE-1", "WEB", 4, 4),
                    sale("2027-01-04", "SKU-A", "STORE-1", "WEB", 8, 8)));
            List<WeeklySeries> series = new ArrayList<>();
            store.forEachWeeklySeries(day("2026-12-21"), day("2027-01-10"), series::add);

            assertThat(day("2027-01-03").get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(53);
            assertThat(series).singleElement().satisfies(s -> assertThat(s.sold()).containsExactly(1, 6, 8));
        }
    }

    @Test
    void seriesComeOneAtATimeInSkuLocationChannelOrder() {
        try (Store store = Store.inMemory()) {
            importAll(store, List.of(
                    sale("2021-01-05", "SKU-B", "STORE-1", "WEB", 1.5, 15.25),
                    sale("2021-01-05", "SKU-A", "STORE-2", "STORE", 1, 10),
                    sale("2021-01-05", "SKU-A", "STORE-10", "STORE", 1, 10),
                    sale("2021-01-05", "SKU-A", "STORE-1", "STORE", 1, 10),
                    sale("2021-01-05", "SKU-A", "STORE-1", "CC", 1, 10),
                    sale("2020-11-02", "SKU-0", "STORE-1", "STORE", 9, 90)));   // before the window: no series
            List<SeriesKey> keys = new ArrayList<>();
            List<WeeklySeries> series = new ArrayList<>();
            store.forEachWeeklySeries(MONDAY_W52_2020, SUNDAY_W01_2021, s -> {
                keys.add(s.key());
                series.add(s);
            });

            assertThat(keys).containsExactly(
                    new SeriesKey("SKU-A", "STORE-1", "CC"),
                    new SeriesKey("SKU-A", "STORE-1", "STORE"),
                    new SeriesKey("SKU-A", "STORE-10", "STORE"),
                    new SeriesKey("SKU-A", "STORE-2", "STORE"),
                    new SeriesKey("SKU-B", "STORE-1", "WEB"));
            assertThat(keys).isSorted();
            assertThat(series.get(4).sold()).containsExactly(0, 0, 1.5);
            assertThat(series.get(4).revenue()).containsExactly(0, 0, 15.25);
        }
    }

    @Test
    void theWindowMustBeWholeIsoWeeks() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> store.forEachWeeklySeries(day("2020-12-22"), SUNDAY_W01_2021, s -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("from 2020-12-22 (TUESDAY)");
            assertThatThrownBy(() -> store.forEachWeeklySeries(MONDAY_W52_2020, day("2020-12-20"), s -> {}))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.forEachWeeklySeries(MONDAY_W52_2020, day("9999-12-26"), s -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Maybe a date is mistyped");
        }
    }

    @Test
    void aCancelledReaderStopsBetweenSeries() {
        try (Store store = Store.inMemory()) {
            List<SalesLine> lines = new ArrayList<>();
            for (int sku = 0; sku < 5; sku++) lines.add(sale("2021-01-05", "SKU-" + sku, "STORE-1", "STORE", 1, 1));
            importAll(store, lines);
            List<WeeklySeries> seen = new ArrayList<>();
            assertThatThrownBy(() -> store.forEachWeeklySeries(MONDAY_W52_2020, SUNDAY_W01_2021, s -> {
                seen.add(s);
                Thread.currentThread().interrupt();
            })).isInstanceOf(CancelledException.class);
            assertThat(Thread.interrupted()).isTrue();
            assertThat(seen).hasSize(1);
        }
    }

    @Test
    void oneSeriesDayByDayHasZeroOnDaysWithoutLines() {
        try (Store store = Store.inMemory()) {
            importAll(store, AROUND_WEEK_53);
            DailySeries days = store.dailySeries(new SeriesKey("SKU-A", "STORE-1", "STORE"), day("2020-12-30"),
                    day("2021-01-03"));

            assertThat(days).isEqualTo(new DailySeries(new SeriesKey("SKU-A", "STORE-1", "STORE"), day("2020-12-30"),
                    new double[] {0, 1, 4, 0, 0},
                    new double[] {0, 0, 1, 0, 2},
                    new double[] {0, 10, 40, 0, 0},
                    new boolean[] {false, false, false, false, false}));
            assertThat(days.day(2)).isEqualTo("2021-01-01");
        }
    }

    @Test
    void weeklyTotalsEqualTheDailyTotalsOfTheSameWindow() {
        try (Store store = Store.inMemory()) {
            importAll(store, TestData.daily("SKU-1", "STORE-1", "STORE", "2024-02-01", "2024-05-31", 3));
            List<WeeklySeries> weeks = new ArrayList<>();
            store.forEachWeeklySeries(day("2024-01-29"), day("2024-06-02"), weeks::add);
            DailySeries days = store.dailySeries(new SeriesKey("SKU-1", "STORE-1", "STORE"), day("2024-01-29"),
                    day("2024-06-02"));

            double daily = 0;
            for (double units : days.sold()) daily += units;
            assertThat(weeks).singleElement().satisfies(w -> {
                assertThat(w.weeks()).isEqualTo(18);
                assertThat(w.sold()[0]).isEqualTo(12);   // Thursday 1 to Sunday 4 February
                assertThat(w.totalSold()).isEqualTo(121 * 3);   // 29 + 31 + 30 + 31 days
            });
            assertThat(daily).isEqualTo(121 * 3);
        }
    }
}
