package reassort.ui.kpi;

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
import reassort.ui.common.I18n;
import reassort.ui.common.ImmediateTaskRunner;

class KpiViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private KpiViewModel model;

    @BeforeEach
    void open() throws IOException {
        workspace = Workspace.open(ForecastSample.copyTo(dir), ForecastSample.CLOCK);
        model = new KpiViewModel(workspace, new ImmediateTaskRunner(), I18n.of(Locale.FRENCH));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void beforeTheFirstComputationThereIsNothingToDraw() {
        assertThat(model.tiles()).isEmpty();
        assertThat(model.availabilityByChannel()).isEmpty();
    }

    @Test
    void theDashboardShowsAvailabilityPerChannelInPercentAndTheHeadlineFigures() {
        model.shown();

        assertThat(model.availabilityByChannel()).extracting(KpiViewModel.Bar::label)
                .containsExactly("CC", "MKP", "STORE", "WEB");
        assertThat(model.availabilityByChannel()).allSatisfy(bar -> assertThat(bar.value()).isBetween(50.0, 100.0));
        assertThat(model.tiles()).extracting(KpiViewModel.Tile::id).containsExactly("kpiAvailabilityTile",
                "kpiStockoutTile", "kpiStockValueTile", "kpiCoverTile", "kpiSupplierTile", "kpiAccuracyTile");
        assertThat(model.tiles().get(0).value()).matches("\\d\\d,\\d %");
        assertThat(model.messageProperty().get()).startsWith("Au 15/11/2026, mesurés sur ");
        double stock = model.reportProperty().get().totalStock().stockValue();
        assertThat(model.stockValueByChannel().stream().mapToDouble(KpiViewModel.Bar::value).sum())
                .isCloseTo(stock, org.assertj.core.api.Assertions.within(1e-6));
    }
}
