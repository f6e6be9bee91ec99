package reassort.app.scenario;

import reassort.store.StoredScenario;

/** A saved scenario as a list shows it: its name, how many promotions it adds and its last run's summary. */
public record ScenarioInfo(long id, String name, int promotions, String lastSummary) {
    static ScenarioInfo of(StoredScenario s) {
        return new ScenarioInfo(s.id(), s.name(), s.changes().size(), s.lastSummary());
    }
}
