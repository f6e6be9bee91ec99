package reassort.store;

import java.util.Arrays;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;

/**
 * The sales lines of an import waiting for its commit, held column by column with codes replaced by ids
 * (about 30 bytes a line instead of a few hundred for SalesLine objects). Columns grow in fixed chunks so
 * that growing never copies what is already there.
 */
final class SalesBuffer {
    // 16 k entries: a chunk's double[] (128 KB) stays below G1's humongous size at small heaps (half a 1 MB
    // region at -Xmx512m); 64 k chunks made every chunk humongous and each one started a concurrent GC cycle.
    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    final StringIds skus = new StringIds();
    final StringIds locations = new StringIds();
    final StringIds channels = new StringIds();
    final StringIds promos = new StringIds();

    private LongIntMap seriesByCodes = new LongIntMap();
    private int seriesCount;
    private int[] seriesSku = new int[256];
    private int[] seriesLocation = new int[256];
    private int[] seriesChannel = new int[256];
    private int[] seriesLines = new int[256];

    private int size;
    private int[][] series = new int[0][];
    private int[][] days = new int[0][];
    private byte[][] returns = new byte[0][];
    private double[][] quantities = new double[0][];
    private double[][] amounts = new double[0][];
    private int[][] promoIds = new int[0][];

    /** Location × channel pair key → {first day, last day} the import covers beyond its own lines' dates. */
    private final java.util.Map<Long, int[]> coverage = new java.util.HashMap<>();

    void cover(reassort.domain.SalesPeriod period) {
        long key = ((long) locations.id(period.location()) << 32) | channels.id(period.channel());
        int from = (int) period.from().toEpochDay();
        int to = (int) period.to().toEpochDay();
        coverage.merge(key, new int[] {from, to}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }

    /** The covered {first day, last day} of a location × channel pair, or null. */
    int[] coverage(int location, int channel) {
        return coverage.get(((long) location << 32) | channel);
    }

    void add(SalesLine line) {
        int seriesId = seriesId(skus.id(line.sku()), locations.id(line.location()), channels.id(line.channel()));
        int chunk = size >>> CHUNK_BITS;
        if (chunk == series.length) addChunk();
        int at = size & MASK;
        series[chunk][at] = seriesId;
        days[chunk][at] = epochDay(line);
        returns[chunk][at] = (byte) (line.kind() == SalesKind.RETURN ? 1 : 0);
        quantities[chunk][at] = line.quantity();
        amounts[chunk][at] = line.amount();
        promoIds[chunk][at] = line.promoCode() == null ? -1 : promos.id(line.promoCode());
        seriesLines[seriesId]++;
        size++;
    }

    int size() {
        return size;
    }

    /**
     * Forgets the lines and series (after they were spilled to staging) but keeps the code ids, the coverage and
     * the allocated chunks, which the next lines reuse.
     */
    void clearLines() {
        Arrays.fill(seriesLines, 0, seriesCount, 0);
        seriesCount = 0;
        seriesByCodes = new LongIntMap();
        size = 0;
    }

    private static int epochDay(SalesLine line) {
        long day = line.date().toEpochDay();
        if (day != (int) day) {
            throw new IllegalArgumentException("Sales date " + line.date() + " of " + line.sku() + " is out of range. "
                    + "Maybe the date column holds another number.");
        }
        return (int) day;
    }

    int seriesCount() {
        return seriesCount;
    }

    int seriesSku(int seriesId) {
        return seriesSku[seriesId];
    }

    int seriesLocation(int seriesId) {
        return seriesLocation[seriesId];
    }

    int seriesChannel(int seriesId) {
        return seriesChannel[seriesId];
    }

    int seriesLines(int seriesId) {
        return seriesLines[seriesId];
    }

    int series(int line) {
        return series[line >>> CHUNK_BITS][line & MASK];
    }

    int day(int line) {
        return days[line >>> CHUNK_BITS][line & MASK];
    }

    boolean isReturn(int line) {
        return returns[line >>> CHUNK_BITS][line & MASK] != 0;
    }

    double quantity(int line) {
        return quantities[line >>> CHUNK_BITS][line & MASK];
    }

    double amount(int line) {
        return amounts[line >>> CHUNK_BITS][line & MASK];
    }

    String promo(int line) {
        int id = promoIds[line >>> CHUNK_BITS][line & MASK];
        return id < 0 ? null : promos.value(id);
    }

    private int seriesId(int sku, int location, int channel) {
        if (location >= 1 << 20 || channel >= 1 << 12) {
            throw new IllegalArgumentException("One import holds more than " + (1 << 20) + " locations or "
                    + (1 << 12) + " channels. Maybe the location and channel columns are swapped.");
        }
        long key = ((long) sku << 32) | ((long) location << 12) | channel;
        int id = seriesByCodes.get(key);
        if (id >= 0) return id;
        id = seriesCount++;
        if (id == seriesSku.length) {
            int capacity = id * 2;
            seriesSku = Arrays.copyOf(seriesSku, capacity);
            seriesLocation = Arrays.copyOf(seriesLocation, capacity);
            seriesChannel = Arrays.copyOf(seriesChannel, capacity);
            seriesLines = Arrays.copyOf(seriesLines, capacity);
        }
        seriesSku[id] = sku;
        seriesLocation[id] = location;
        seriesChannel[id] = channel;
        seriesByCodes.put(key, id);
        return id;
    }

    private void addChunk() {
        int chunks = series.length + 1;
        series = Arrays.copyOf(series, chunks);
        days = Arrays.copyOf(days, chunks);
        returns = Arrays.copyOf(returns, chunks);
        quantities = Arrays.copyOf(quantities, chunks);
        amounts = Arrays.copyOf(amounts, chunks);
        promoIds = Arrays.copyOf(promoIds, chunks);
        int last = chunks - 1;
        series[last] = new int[CHUNK];
        days[last] = new int[CHUNK];
        returns[last] = new byte[CHUNK];
        quantities[last] = new double[CHUNK];
        amounts[last] = new double[CHUNK];
        promoIds[last] = new int[CHUNK];
    }
}
