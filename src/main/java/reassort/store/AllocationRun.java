package reassort.store;

import java.time.Instant;
import java.time.LocalDate;

/** One stored allocation run: how many allocation lines, SKUs short of supply and transfers it proposed. */
public record AllocationRun(
        long id, Instant createdAt, LocalDate asOf, long planRunId, long allocationLines, long scarceSkus, long transfers,
        long elapsedMillis) {}
