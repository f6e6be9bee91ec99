package reassort.store;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import reassort.domain.Dataset;

/**
 * A committed import as the store remembers it. Failed, refused or cancelled imports leave no run behind.
 * {@code issueCount} is every issue the import reported; the store keeps the first {@link Store#KEPT_ISSUES}.
 */
public record ImportRun(
        long id,
        String sourceName,
        Instant startedAt,
        Instant finishedAt,
        String status,
        Map<Dataset, DatasetCounts> counts,
        long issueCount) {
    public static final String COMMITTED = "COMMITTED";

    public ImportRun {
        EnumMap<Dataset, DatasetCounts> copy = new EnumMap<>(Dataset.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
    }

    /** The counts of one dataset, zero when the import did not touch it. */
    public DatasetCounts counts(Dataset dataset) {
        return counts.getOrDefault(dataset, DatasetCounts.NONE);
    }
}
