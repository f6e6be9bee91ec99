package reassort.store;

import java.util.Map;
import reassort.domain.Dataset;

/** What a committed import did: the run it recorded and, per dataset, what was inserted, replaced, updated. */
public record ImportOutcome(ImportRun run) {
    public ImportOutcome {
        if (run == null) throw new IllegalArgumentException("Import outcome without its run.");
    }

    public long runId() {
        return run.id();
    }

    public Map<Dataset, DatasetCounts> counts() {
        return run.counts();
    }

    public DatasetCounts counts(Dataset dataset) {
        return run.counts(dataset);
    }

    public long issueCount() {
        return run.issueCount();
    }
}
