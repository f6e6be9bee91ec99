package reassort.app.forecast;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import reassort.domain.CancelledException;
import reassort.domain.SeriesKey;
import reassort.domain.WeeklySeries;
import reassort.store.Store;

/**
 * Turns the store's push stream of weekly series into a pull iterator for the batch forecaster: a producer
 * thread reads the series into a small bounded queue, so memory stays flat however many series there are.
 * Close it (try-with-resources) to stop the producer early.
 *
 * <p>With a {@link Router}, the history is read once: the router sees every series as it is read and may hold
 * some back until all are read (series that need what only the whole read tells, such as a category's seasonal
 * profile). Held series wait in memory up to {@code maxHeldWeeks} weeks of history in all; beyond that only their
 * keys are kept and they are read again after the first pass, so memory stays bounded either way.
 */
final class WeeklySeriesQueue implements Iterator<WeeklySeries>, AutoCloseable {
    private static final int CAPACITY = 256;
    private static final Object END = new Object();

    /** Sees each series on the reader thread, in the store's order. */
    interface Router {
        /** Whether the series can be handed out now; false holds it until every series is read. */
        boolean now(WeeklySeries series);

        /** Called once every series is read, before the held ones are handed out. */
        void allRead();
    }

    private static final Router EVERY_SERIES_NOW = new Router() {
        @Override
        public boolean now(WeeklySeries series) {
            return true;
        }

        @Override
        public void allRead() {}
    };

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread producer;
    private volatile boolean closed;
    private volatile long reread;
    private Object next;
    private boolean ended;

    WeeklySeriesQueue(Store store, LocalDate fromMonday, LocalDate toSunday) {
        this(store, fromMonday, toSunday, EVERY_SERIES_NOW, 0);
    }

    WeeklySeriesQueue(Store store, LocalDate fromMonday, LocalDate toSunday, Router router, long maxHeldWeeks) {
        producer = new Thread(() -> produce(store, fromMonday, toSunday, router, maxHeldWeeks), "forecast-reader");
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(Store store, LocalDate fromMonday, LocalDate toSunday, Router router, long maxHeldWeeks) {
        Object last = END;
        try {
            ArrayDeque<WeeklySeries> held = new ArrayDeque<>();
            Set<SeriesKey> readAgain = new HashSet<>();
            long[] heldWeeks = {0};
            store.forEachWeeklySeries(fromMonday, toSunday, series -> {
                if (router.now(series)) {
                    hand(series);
                } else if (heldWeeks[0] + series.weeks() <= maxHeldWeeks) {
                    held.add(series);
                    heldWeeks[0] += series.weeks();
                } else {
                    readAgain.add(series.key());
                }
            });
            router.allRead();
            while (!held.isEmpty()) hand(held.poll());
            reread = readAgain.size();
            if (!readAgain.isEmpty()) {
                store.forEachWeeklySeries(fromMonday, toSunday, series -> {
                    if (readAgain.contains(series.key())) hand(series);
                });
            }
        } catch (RuntimeException | Error e) {
            last = e;
        }
        try {
            hand(last);
        } catch (CancelledException e) {
            // closed early: nobody reads any more
        }
    }

    /** Series held back beyond the memory budget and read a second time (known once the queue has ended). */
    long seriesReadAgain() {
        return reread;
    }

    /** Waits for room in the queue, giving up as soon as the queue is closed (however the wait ended). */
    private void hand(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) throw new CancelledException();
            }
        } catch (InterruptedException e) {
            throw new CancelledException();
        }
    }

    @Override
    public boolean hasNext() {
        if (ended) return false;
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
        if (next == END) {
            ended = true;
            return false;
        }
        if (next instanceof RuntimeException failure) {
            ended = true;
            throw failure;
        }
        if (next instanceof Error failure) {
            ended = true;
            throw failure;
        }
        return true;
    }

    @Override
    public WeeklySeries next() {
        if (!hasNext()) throw new NoSuchElementException();
        WeeklySeries series = (WeeklySeries) next;
        next = null;
        return series;
    }

    @Override
    public void close() {
        closed = true;
        producer.interrupt();
        boolean interrupted = false;
        while (producer.isAlive()) {
            try {
                producer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
