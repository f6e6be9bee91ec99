package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reassort.domain.CancelledException;
import reassort.domain.ProgressListener;

class BatchForecasterTest {
    private final Forecaster forecaster = new Forecaster(ForecastOptions.defaults(4));

    private static List<DemandHistory> histories(int count) {
        List<DemandHistory> list = new ArrayList<>();
        for (int i = 0; i < count; i++) list.add(DemandHistory.of(SeriesFixtures.trend(60, 10 + i, 0.1, 1, i), 1));
        return list;
    }

    @Test
    void parallelResultsEqualSequentialOnesInTheSameOrder() {
        List<DemandHistory> histories = histories(40);
        List<ForecastResult> parallel = new BatchForecaster(forecaster, 3).forecastAll(histories, ProgressListener.NONE);
        assertThat(parallel).hasSize(40);
        for (int i = 0; i < histories.size(); i++) {
            assertThat(parallel.get(i).point()).containsExactly(forecaster.forecast(histories.get(i)).point());
        }
    }

    @Test
    void progressCountsEverySeriesAndTheSinkIsNeverCalledConcurrently() {
        AtomicInteger inSink = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<Long> progress = new ArrayList<>();
        Iterator<DemandHistory> source = histories(30).iterator();
        new BatchForecaster(forecaster, 2).forecastEach(source, 30, h -> h, (h, result) -> {
            if (inSink.incrementAndGet() > 1) overlaps.incrementAndGet();
            Thread.onSpinWait();
            inSink.decrementAndGet();
        }, (done, total, message) -> progress.add(done));
        assertThat(overlaps).hasValue(0);
        assertThat(progress).hasSize(30).last().isEqualTo(30L);
    }

    @Test
    void interruptingTheCallerCancelsTheBatch() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger forecasts = new AtomicInteger();
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Iterator<Integer> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return 0;
            }
        };
        Thread caller = new Thread(() -> {
            try {
                new BatchForecaster(forecaster, 2).forecastEach(endless, -1,
                        i -> DemandHistory.of(SeriesFixtures.trend(60, 10, 0, 1, 1), 1),
                        (i, result) -> {
                            forecasts.incrementAndGet();
                            started.countDown();
                        }, ProgressListener.NONE);
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        caller.start();
        started.await();
        caller.interrupt();
        caller.join(10_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(CancelledException.class);
        assertThat(forecasts.get()).isPositive();
    }

    @Test
    void aBadSeriesStopsTheBatchNamingIt() {
        Iterator<String> keys = List.of("SKU-1 × STORE-2 × WEB").iterator();
        assertThatThrownBy(() -> new BatchForecaster(forecaster, 2).forecastEach(keys, 1,
                        key -> DemandHistory.of(new double[] {1, 2}, 0), (key, result) -> {}, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SKU-1 × STORE-2 × WEB")
                .hasMessageContaining("Season length (0)");
    }
}
