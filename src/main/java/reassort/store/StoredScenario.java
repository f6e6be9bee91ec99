package reassort.store;

import java.time.Instant;
import java.util.List;

/**
 * A what-if scenario as stored: its name, the promotions it adds, and the one-line summary of its last run.
 *
 * @param lastRunAt when it last ran, null if never
 * @param lastSummary the last run's summary, null if never
 */
public record StoredScenario(long id, String name, Instant createdAt, Instant updatedAt, List<ScenarioChange> changes,
        Instant lastRunAt, String lastSummary) {
    public StoredScenario {
        changes = List.copyOf(changes);
    }
}
