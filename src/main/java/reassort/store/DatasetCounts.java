package reassort.store;

/**
 * What one import did to one dataset. Sales: {@code inserted} lines added, {@code replaced} earlier lines
 * dropped because the import covers their location, channel and dates; {@code updated} is 0. Master data,
 * stock, orders, promotions: {@code inserted} new keys, {@code updated} records written over an existing key
 * (a key repeated within the file counts once as inserted, then as updated); {@code replaced} is 0.
 */
public record DatasetCounts(long inserted, long replaced, long updated) {
    public static final DatasetCounts NONE = new DatasetCounts(0, 0, 0);

    public DatasetCounts {
        if (inserted < 0 || replaced < 0 || updated < 0) {
            throw new IllegalArgumentException(
                    "Import counts must be 0 or more: " + inserted + ", " + replaced + ", " + updated + ".");
        }
    }

    public long written() {
        return inserted + updated;
    }
}
