package reassort.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;

/**
 * Measurements of the store's hot paths, for the bench command (never for unit tests): importing sales lines
 * and reading them back as weekly series. Wall times come from {@link System#nanoTime()}, with the calling
 * thread's CPU time beside them (on a shared machine the wall time also counts waiting for a core); peak heap
 * comes from the JVM's heap pools (used bytes, garbage included), so run it with a fixed -Xmx.
 */
public final class StoreBenchmark {
    private StoreBenchmark() {}

    /**
     * One timed action: wall time, CPU time of the calling thread and of the whole JVM (H2's writer, GC and JIT
     * included; zero where the JVM cannot tell), heap peak, and what it produced (lines, series).
     */
    public record Timing(Duration elapsed, Duration threadCpu, Duration processCpu, long peakHeapBytes, long items) {}

    /** Imports {@code lines} through one ImportWriter and commits; the clock runs from begin to committed. */
    public static Timing importSales(Store store, Iterator<SalesLine> lines) {
        return timed(() -> {
            try (ImportWriter writer = store.beginImport("benchmark")) {
                while (lines.hasNext()) writer.add(lines.next());
                return writer.commit(List.of()).counts(reassort.domain.Dataset.SALES).inserted();
            }
        });
    }

    /** Walks the same lines without storing them: the cost of producing them, to subtract from an import. */
    public static Timing generateOnly(Iterator<SalesLine> lines) {
        return timed(() -> {
            long count = 0;
            double sink = 0;
            while (lines.hasNext()) {
                sink += lines.next().quantity();
                count++;
            }
            return sink < 0 ? -1 : count;
        });
    }

    /** Streams every weekly series of the window; items = series seen. */
    public static Timing weeklyAggregation(Store store, LocalDate fromMonday, LocalDate toSunday) {
        return timed(() -> {
            AtomicLong series = new AtomicLong();
            store.forEachWeeklySeries(fromMonday, toSunday, s -> series.incrementAndGet());
            return series.get();
        });
    }

    /**
     * Sales lines shaped like a retailer's daily export sorted by date: every series (SKU × 20 locations ×
     * 3 channels) sells every day of as many whole weeks as {@code count} needs; about 3 % of the lines are
     * returns and 5 % carry a promotion code. Codes are fresh strings each line, as a parser makes them.
     */
    public static Iterator<SalesLine> syntheticSales(long count, LocalDate firstDay, int days, long seed) {
        if (count <= 0 || days <= 0) throw new IllegalArgumentException("Need lines and days: " + count + ", " + days);
        int series = (int) Math.max(1, (count + days - 1) / days);
        int locations = 20;
        String[] channels = {"STORE", "WEB", "CC"};
        int perSku = locations * channels.length;
        return new Iterator<>() {
            final SplittableRandom random = new SplittableRandom(seed);
            long produced;

            @Override
            public boolean hasNext() {
                return produced < count;
            }

            @Override
            public SalesLine next() {
                if (!hasNext()) throw new NoSuchElementException();
                long n = produced++;
                int day = (int) (n / series);
                int s = (int) (n % series);
                int sku = s / perSku;
                int location = s % perSku / channels.length;
                String channel = channels[s % channels.length];
                LocalDate date = firstDay.plusDays(day % days);
                boolean isReturn = random.nextInt(100) < 3;
                int quantity = 1 + random.nextInt(8);
                double price = 5 + (sku % 40) * 0.5;
                String promo = random.nextInt(100) < 5 ? "PR-" + (day / 7) : null;
                return new SalesLine(date, new String("SKU-" + (100000 + sku)), new String("LOC-" + (10 + location)),
                        new String(channel), isReturn ? SalesKind.RETURN : SalesKind.SALE, quantity,
                        Math.round(quantity * price * 100) / 100.0, promo);
            }
        };
    }

    /** The Monday on or before {@code date}. */
    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The middle of the given timings (the lower middle for an even count). */
    public static Timing median(List<Timing> timings) {
        List<Timing> sorted = new ArrayList<>(timings);
        sorted.sort((a, b) -> a.elapsed().compareTo(b.elapsed()));
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** Times one action: wall and thread CPU time, heap peak (sum of the heap pools' peaks, after a GC) and items. */
    public static Timing timed(LongSupplier action) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processStart = processCpuNanos();
        long start = System.nanoTime();
        long items = action.getAsLong();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStart);
        Duration process = Duration.ofNanos(processCpuNanos() - processStart);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Timing(elapsed, cpu, process, peak, items);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime())
                : 0;
    }
}
