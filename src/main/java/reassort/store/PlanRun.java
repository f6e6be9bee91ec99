package reassort.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored replenishment plan run.
 *
 * @param asOf the planning day: the first forecast period starts on it
 * @param orderLines proposals with a computed quantity above zero
 */
public record PlanRun(
        long id, Instant createdAt, long forecastRunId, LocalDate asOf, long itemCount, long orderLines, long elapsedMillis) {}
