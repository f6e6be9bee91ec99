package reassort.app.forecast;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import reassort.domain.CancelledException;
import reassort.domain.WeeklySeries;
import reassort.store.Store;

/**
 * Turns the store's push stream of weekly series into a pull iterator for the batch forecaster: a producer
 * thread reads the series into a small bounded queue, so memory stays flat however many series there are.
 * Close it (try-with-resources) to stop the producer early.
 */
final class WeeklySeriesQueue implements Iterator<WeeklySeries>, AutoCloseable {
    private static final int CAPACITY = 256;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread producer;
    private volatile boolean closed;
    private Object next;
    private boolean ended;

    WeeklySeriesQueue(Store store, LocalDate fromMonday, LocalDate toSunday) {
        producer = new Thread(() -> produce(store, fromMonday, toSunday), "forecast-reader");
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(Store store, LocalDate fromMonday, LocalDate toSunday) {
        Object last = END;
        try {
            store.forEachWeeklySeries(fromMonday, toSunday, this::hand);
        } catch (RuntimeException | Error e) {
            last = e;
        }
        try {
            hand(last);
        } catch (CancelledException e) {
            // closed early: nobody reads any more
        }
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
