package reassort.ui.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.Workspace;
import reassort.app.insight.ForecastSample;
import reassort.domain.SeriesKey;
import reassort.ui.common.I18n;
import reassort.ui.common.ImmediateTaskRunner;

class SeriesViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private SeriesViewModel model;

    @BeforeEach
    void open() throws IOException {
        workspace = Workspace.open(ForecastSample.copyTo(dir), ForecastSample.CLOCK);
        model = new SeriesViewModel(workspace, new ImmediateTaskRunner(), I18n.of(Locale.FRENCH));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theFirstLookShowsTheWholeBusinessAndFillsTheChoices() {
        model.shown();

        assertThat(model.chartProperty().get().selection().seriesKey()).isEmpty();
        assertThat(model.chartProperty().get().soldByChannel()).containsOnlyKeys("CC", "MKP", "STORE", "WEB");
        assertThat(model.skus()).hasSizeGreaterThan(30).startsWith("");
        assertThat(model.channels()).containsExactly("", "CC", "MKP", "STORE", "WEB");
        assertThat(model.categories()).hasSize(7);
        assertThat(model.methodText()).startsWith("Somme de ");
        assertThat(model.canSaveOverrideProperty().get()).isFalse();
    }

    @Test
    void anOverrideNeedsOneSeriesAnAmountAndAReasonThenShowsOnTheChart() {
        SeriesKey key = workspace.seriesCharts().seriesKeys().get(5);
        model.show(key);
        assertThat(model.chartProperty().get().selection().seriesKey()).contains(key);
        assertThat(model.methodText()).startsWith("Méthode : ");
        assertThat(model.accuracyText()).startsWith("Précision");
        assertThat(model.overrideFromProperty().get()).isEqualTo(model.chartProperty().get().forecastFrom());

        model.overrideKindProperty().set(SeriesViewModel.OverrideKind.PERCENT);
        model.overrideAmountProperty().set("12,5");
        assertThat(model.canSaveOverrideProperty().get()).as("no reason yet").isFalse();
        model.overrideReasonProperty().set("Mise en avant en vitrine");
        assertThat(model.canSaveOverrideProperty().get()).isTrue();
        model.overrideAmountProperty().set("douze");
        assertThat(model.canSaveOverrideProperty().get()).as("not a number").isFalse();
        model.overrideAmountProperty().set("12,5");

        model.saveOverride();

        var chart = model.chartProperty().get();
        assertThat(chart.overrides()).hasSize(1);
        assertThat(chart.overrides().get(0).amount()).isEqualTo(12.5);
        assertThat(chart.adjusted()[0]).isCloseTo(chart.statistical()[0] * 1.125, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(model.describe(chart.overrides().get(0))).startsWith("+12,5 % du 16/11/2026 au ")
                .endsWith(" : Mise en avant en vitrine");
        assertThat(model.messageProperty().get()).startsWith("Correction de " + key + " enregistrée");
        assertThat(model.overrideReasonProperty().get()).isEmpty();

        model.removeOverride(chart.overrides().get(0));
        assertThat(model.chartProperty().get().overrides()).isEmpty();
    }

    @Test
    void aSelectionWithoutSalesSaysSo() {
        model.skuProperty().set("NO-SUCH-SKU");
        model.load();
        assertThat(model.messageProperty().get()).startsWith("Ni ventes ni prévision");
    }
}
