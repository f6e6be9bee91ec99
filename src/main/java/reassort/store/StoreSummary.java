package reassort.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import reassort.domain.Dataset;

/**
 * What a store holds: the number of records per dataset (sales: lines), the dates of the first and last sales
 * line (null when there are none) and the last committed import (null when there was none).
 */
public record StoreSummary(
        Map<Dataset, Long> counts, LocalDate firstSalesDate, LocalDate lastSalesDate, ImportRun lastImport) {
    public StoreSummary {
        EnumMap<Dataset, Long> copy = new EnumMap<>(Dataset.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
    }

    public long count(Dataset dataset) {
        return counts.getOrDefault(dataset, 0L);
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(count -> count == 0);
    }

    public Optional<ImportRun> lastImportIfAny() {
        return Optional.ofNullable(lastImport);
    }
}
