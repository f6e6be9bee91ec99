package reassort.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.WeeklySeries;
import reassort.store.ImportWriter;
import reassort.store.Store;

class WeeklySeriesQueueTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static Store storeWithSeries(int count) {
        Store store = Store.inMemory();
        try (ImportWriter writer = store.beginImport("series")) {
            for (int i = 0; i < count; i++) {
                writer.add(new SalesLine(MONDAY.plusDays(i % 7), String.format("SKU-%04d", i), "S1", "STORE",
                        SalesKind.SALE, 1 + i % 5, 10, null));
            }
            writer.commit(List.of());
        }
        return store;
    }

    @Test
    void deliversEverySeriesInKeyOrderThenEnds() {
        try (Store store = storeWithSeries(600);
                WeeklySeriesQueue queue = new WeeklySeriesQueue(store, MONDAY, MONDAY.plusDays(13))) {
            List<SeriesKey> keys = new ArrayList<>();
            while (queue.hasNext()) {
                WeeklySeries series = queue.next();
                assertThat(series.weeks()).isEqualTo(2);
                keys.add(series.key());
            }
            assertThat(keys).hasSize(600).isSorted();
            assertThat(queue.hasNext()).isFalse();
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void closingEarlyStopsTheReaderThatWaitsOnAFullQueue() throws InterruptedException {
        try (Store store = storeWithSeries(2000)) {
            WeeklySeriesQueue queue = new WeeklySeriesQueue(store, MONDAY, MONDAY.plusDays(6));
            assertThat(queue.next().key().sku()).isEqualTo("SKU-0000");
            Thread.sleep(200); // let the reader fill the queue and block
            queue.close();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("forecast-reader"));
        }
    }

    @Test
    void aReadFailureReachesTheConsumer() {
        Store store = storeWithSeries(10);
        store.close();
        try (WeeklySeriesQueue queue = new WeeklySeriesQueue(store, MONDAY, MONDAY.plusDays(6))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(queue::hasNext)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        }
    }
    /** Holds the series of odd-numbered SKUs; records what it saw and when the read ended. */
    private static final class HoldOdd implements WeeklySeriesQueue.Router {
        final List<SeriesKey> seen = new ArrayList<>();
        volatile int seenWhenAllRead = -1;

        @Override
        public boolean now(WeeklySeries series) {
            seen.add(series.key());
            return Integer.parseInt(series.key().sku().substring(4)) % 2 == 0;
        }

        @Override
        public void allRead() {
            seenWhenAllRead = seen.size();
        }
    }

    @Test
    void heldSeriesComeAfterTheWholeReadEachOnce() {
        HoldOdd router = new HoldOdd();
        try (Store store = storeWithSeries(600);
                WeeklySeriesQueue queue = new WeeklySeriesQueue(store, MONDAY, MONDAY.plusDays(13), router, 10_000)) {
            List<SeriesKey> keys = new ArrayList<>();
            while (queue.hasNext()) {
                SeriesKey key = queue.next().key();
                if (Integer.parseInt(key.sku().substring(4)) % 2 == 1) {
                    assertThat(router.seenWhenAllRead).as("a held series before the read ended").isEqualTo(600);
                }
                keys.add(key);
            }
            assertThat(router.seen).hasSize(600);
            assertThat(keys).hasSize(600).doesNotHaveDuplicates();
            assertThat(keys.subList(0, 300)).allMatch(k -> Integer.parseInt(k.sku().substring(4)) % 2 == 0);
            assertThat(queue.seriesReadAgain()).isZero();
        }
    }

    @Test
    void seriesHeldBeyondTheBudgetAreReadAgainNotLost() {
        HoldOdd router = new HoldOdd();
        // 2 weeks a series: a budget of 100 weeks holds 50 of the 300 held series in memory
        try (Store store = storeWithSeries(600);
                WeeklySeriesQueue queue = new WeeklySeriesQueue(store, MONDAY, MONDAY.plusDays(13), router, 100)) {
            List<SeriesKey> keys = new ArrayList<>();
            while (queue.hasNext()) {
                WeeklySeries series = queue.next();
                assertThat(series.sold()).containsExactly(1 + Integer.parseInt(series.key().sku().substring(4)) % 5, 0);
                keys.add(series.key());
            }
            assertThat(router.seen).as("the router sees the first read only").hasSize(600);
            assertThat(keys).hasSize(600).doesNotHaveDuplicates();
            assertThat(queue.seriesReadAgain()).isEqualTo(250);
        }
    }
}
