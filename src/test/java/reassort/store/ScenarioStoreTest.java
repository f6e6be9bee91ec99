package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;

class ScenarioStoreTest {
    private final Store store = Store.inMemory(Clock.fixed(Instant.parse("2026-11-16T08:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        store.close();
    }

    private static Promotion promotion(String code, String sku, String category, Set<String> channels) {
        return new Promotion(code, "Promo " + code, sku, category, channels, "NORTH", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 14), 20, PromotionMechanic.DISCOUNT);
    }

    @Test
    void aScenarioKeepsItsPromotionsWithEnteredAndEstimatedEffects() {
        ScenarioChange entered = new ScenarioChange(promotion("P1", "SKU1", null, Set.of("WEB", "STORE")), 1.8, 0.1, 2, 0.3);
        ScenarioChange estimated = ScenarioChange.estimated(promotion("P2", null, "TOYS", Set.of()));

        StoredScenario saved = store.createScenario("  Christmas toys ", List.of(entered, estimated));

        assertThat(saved.name()).isEqualTo("Christmas toys");
        assertThat(saved.changes()).containsExactly(entered, estimated);
        assertThat(saved.changes().get(1).upliftEstimated()).isTrue();
        assertThat(saved.lastSummary()).isNull();
        assertThat(store.scenario("christmas toys")).contains(saved);
    }

    @Test
    void scenariosAreRenamedDuplicatedAndDeletedSeveralAtOnce() {
        StoredScenario a = store.createScenario("A", List.of(ScenarioChange.estimated(promotion("P1", "SKU1", null, Set.of()))));
        StoredScenario b = store.createScenario("B", List.of());

        StoredScenario copy = store.duplicateScenario(a.id(), "A bis");
        StoredScenario renamed = store.renameScenario(b.id(), "Bigger");
        store.recordScenarioRun(a.id(), "+120 units");

        assertThat(store.scenarios()).extracting(StoredScenario::name).containsExactly("A", "A bis", "Bigger");
        assertThat(copy.changes()).isEqualTo(a.changes());
        assertThat(copy.id()).isNotEqualTo(a.id());
        assertThat(renamed.id()).isEqualTo(b.id());
        assertThat(store.scenario(a.id()).orElseThrow().lastSummary()).isEqualTo("+120 units");
        assertThat(store.deleteScenario(a.id())).isTrue();
        assertThat(store.deleteScenario(a.id())).isFalse();
        assertThat(store.scenarios()).extracting(StoredScenario::name).containsExactly("A bis", "Bigger");
        assertThat(store.scenario("A bis").orElseThrow().changes()).hasSize(1);
    }

    @Test
    void updatingAScenarioReplacesItsPromotionsAndForgetsItsLastRun() {
        StoredScenario a = store.createScenario("A", List.of(ScenarioChange.estimated(promotion("P1", "SKU1", null, Set.of()))));
        store.recordScenarioRun(a.id(), "old");

        StoredScenario updated = store.updateScenario(a.id(), List.of(
                ScenarioChange.estimated(promotion("P2", "SKU2", null, Set.of())),
                ScenarioChange.estimated(promotion("P3", "SKU3", null, Set.of()))));

        assertThat(updated.changes()).extracting(c -> c.promotion().code()).containsExactly("P2", "P3");
        assertThat(updated.lastSummary()).isNull();
    }

    @Test
    void namesAreUniqueAndRequired() {
        store.createScenario("A", List.of());
        StoredScenario b = store.createScenario("B", List.of());

        assertThatThrownBy(() -> store.createScenario("A", List.of())).hasMessageContaining("already named \"A\"");
        assertThatThrownBy(() -> store.renameScenario(b.id(), "A")).hasMessageContaining("already named");
        assertThatThrownBy(() -> store.createScenario(" ", List.of())).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> store.renameScenario(999, "C")).hasMessageContaining("no scenario 999");
    }
}
