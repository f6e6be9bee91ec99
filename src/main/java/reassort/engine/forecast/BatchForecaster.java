package reassort.engine.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import reassort.domain.CancelledException;
import reassort.domain.ProgressListener;

/**
 * Forecasts many series on several threads. Series are pulled one at a time from the source, so a caller can
 * stream every SKU × location × channel series from a store without holding them all; results are handed to the
 * sink one at a time (never concurrently), in completion order. The calling thread works too and checks for
 * cancellation ({@link ProgressListener#checkCancelled()}) between series; when it is interrupted, every worker
 * stops after its current series and a {@link CancelledException} is thrown.
 */
public final class BatchForecaster {
    private final Forecaster forecaster;
    private final int threads;

    /** @param threads worker threads including the caller's; use the number of cores */
    public BatchForecaster(Forecaster forecaster, int threads) {
        if (forecaster == null) throw new IllegalArgumentException("Forecaster is missing.");
        if (threads < 1) throw new IllegalArgumentException("Threads (" + threads + ") must be at least 1.");
        this.forecaster = forecaster;
        this.threads = threads;
    }

    public static BatchForecaster onAllCores(Forecaster forecaster) {
        return new BatchForecaster(forecaster, Runtime.getRuntime().availableProcessors());
    }

    /** Forecasts of every history, in the same order. */
    public List<ForecastResult> forecastAll(List<DemandHistory> histories, ProgressListener progress) {
        ForecastResult[] results = new ForecastResult[histories.size()];
        Integer[] indices = new Integer[histories.size()];
        Arrays.setAll(indices, i -> i);
        forecastEach(Arrays.asList(indices).iterator(), histories.size(), histories::get,
                (index, result) -> results[index] = result, progress);
        return List.of(results);
    }

    /**
     * Forecasts every item of {@code source}.
     *
     * @param total number of items when known (for progress), else -1
     * @param history builds an item's history; called on worker threads, so it must be thread-safe
     * @param sink receives each item's forecast; calls are serialised
     */
    public <T> void forecastEach(Iterator<? extends T> source, long total, Function<? super T, DemandHistory> history,
            BiConsumer<? super T, ForecastResult> sink, ProgressListener progress) {
        Shared<T> shared = new Shared<>(source, total, history, sink, progress == null ? ProgressListener.NONE : progress);
        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread worker = new Thread(() -> shared.work(false), "forecast-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        try {
            shared.work(true);
        } finally {
            if (shared.failure == null && Thread.currentThread().isInterrupted()) shared.stop(new CancelledException());
            for (Thread worker : workers) joinQuietly(worker, shared);
        }
        if (shared.failure instanceof RuntimeException e) throw e;
        if (shared.failure instanceof Error e) throw e;
    }

    private static void joinQuietly(Thread worker, Shared<?> shared) {
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // cancel the others, but still wait for them to leave their series
                shared.stop(new CancelledException());
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private final class Shared<T> {
        private final Iterator<? extends T> source;
        private final long total;
        private final Function<? super T, DemandHistory> history;
        private final BiConsumer<? super T, ForecastResult> sink;
        private final ProgressListener progress;
        private final Object lock = new Object();
        private final Object sourceLock = new Object();
        private long done;
        private volatile Throwable failure;

        Shared(Iterator<? extends T> source, long total, Function<? super T, DemandHistory> history,
                BiConsumer<? super T, ForecastResult> sink, ProgressListener progress) {
            this.source = source;
            this.total = total;
            this.history = history;
            this.sink = sink;
            this.progress = progress;
        }

        void work(boolean caller) {
            try {
                while (failure == null) {
                    if (caller) ProgressListener.checkCancelled();
                    else if (Thread.currentThread().isInterrupted()) throw new CancelledException();
                    T item;
                    synchronized (sourceLock) { // apart from the sink's lock: a thread saving a result (a store
                        if (!source.hasNext()) return; // write) must not keep the others from their next series
                        item = source.next();
                    }
                    ForecastResult result;
                    try {
                        result = forecaster.forecast(history.apply(item));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("Series " + item + ": " + e.getMessage(), e);
                    }
                    synchronized (lock) {
                        if (failure != null) return;
                        sink.accept(item, result);
                        done++;
                        progress.progress(done, total, "Forecasting series");
                    }
                }
            } catch (RuntimeException | Error e) {
                stop(e);
            }
        }

        void stop(Throwable reason) {
            synchronized (lock) {
                if (failure == null) failure = reason;
            }
        }
    }
}
