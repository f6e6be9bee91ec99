package reassort.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import reassort.domain.Dataset;
import reassort.store.StoreSummary;

/** What the store holds, as the workbench's home screen and {@code reassort status} show it. */
public record StoreOverview(
        Map<Dataset, Long> counts,
        LocalDate firstSalesDate,
        LocalDate lastSalesDate,
        String lastImportSource,
        Instant lastImportAt) {
    public StoreOverview {
        EnumMap<Dataset, Long> copy = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) copy.put(dataset, counts.getOrDefault(dataset, 0L));
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    static StoreOverview of(StoreSummary summary) {
        return new StoreOverview(
                summary.counts(),
                summary.firstSalesDate(),
                summary.lastSalesDate(),
                summary.lastImportIfAny().map(run -> run.sourceName()).orElse(null),
                summary.lastImportIfAny().map(run -> run.finishedAt()).orElse(null));
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(count -> count == 0);
    }

    public long count(Dataset dataset) {
        return counts.get(dataset);
    }
}
