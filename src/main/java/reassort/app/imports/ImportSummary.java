package reassort.app.imports;

import java.util.List;

/** A committed import: its run number in the store, the files, and per dataset what happened. */
public record ImportSummary(long runId, List<String> files, List<ImportedCounts> counts, long rowsRejected,
        long warningCount) {
    public ImportSummary {
        files = List.copyOf(files);
        counts = List.copyOf(counts);
    }

    public long recordsWritten() {
        return counts.stream().mapToLong(c -> c.inserted() + c.updated()).sum();
    }
}
