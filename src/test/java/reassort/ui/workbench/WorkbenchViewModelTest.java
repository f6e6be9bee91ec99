package reassort.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reassort.app.Workspace;
import reassort.domain.Dataset;
import reassort.ui.common.I18n;
import reassort.ui.common.ImmediateTaskRunner;

class WorkbenchViewModelTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);

    private final Workspace workspace = Workspace.inMemory(WEDNESDAY);
    private final WorkbenchViewModel model =
            new WorkbenchViewModel(workspace, new ImmediateTaskRunner(), I18n.of(Locale.FRENCH));

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void loadingTheSampleFillsTheStoreWithHistoryUpToLastSunday() {
        model.refreshOverview();
        assertThat(model.overviewProperty().get().isEmpty()).isTrue();

        model.loadSample();

        var overview = model.overviewProperty().get();
        assertThat(overview.count(Dataset.PRODUCTS)).isGreaterThanOrEqualTo(150);
        assertThat(overview.count(Dataset.LOCATIONS)).isGreaterThanOrEqualTo(12);
        assertThat(overview.count(Dataset.SALES)).isGreaterThan(100_000);
        assertThat(overview.count(Dataset.PURCHASE_ORDERS)).isPositive();
        assertThat(overview.lastSalesDate()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(model.lastOutcomeProperty().get()).contains("lignes importées").doesNotContain("!");
    }

    @Test
    void aFailureIsToldInThePlannersLanguage() {
        model.failed(new IllegalStateException("Le fichier x.csv est vide."));

        assertThat(model.lastOutcomeProperty().get()).isEqualTo("Échec : Le fichier x.csv est vide.");
    }
}
