package reassort.ui.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.Workspace;
import reassort.app.insight.ForecastSample;
import reassort.domain.SeriesKey;
import reassort.engine.kpi.ExceptionItem;
import reassort.engine.kpi.ExceptionType;
import reassort.ui.common.I18n;
import reassort.ui.common.ImmediateTaskRunner;
import reassort.ui.common.Navigation;

class ExceptionsViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private final Navigation navigation = new Navigation();
    private final List<String> opened = new ArrayList<>();
    private ExceptionsViewModel model;

    @BeforeEach
    void open() throws IOException {
        workspace = Workspace.open(ForecastSample.copyTo(dir), ForecastSample.CLOCK);
        navigation.onShowScreen(opened::add);
        navigation.onShowProposal(ref -> opened.add("proposal " + ref.sku() + " " + ref.location()));
        navigation.onShowSeries(key -> opened.add("series " + key));
        model = new ExceptionsViewModel(workspace, new ImmediateTaskRunner(), I18n.of(Locale.ENGLISH), navigation);
        model.shown(false);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theTypeFilterAndTheSearchKeepOnlyMatchingExceptions() {
        int all = model.all().size();
        assertThat(all).isPositive();
        assertThat(model.countTextProperty().get()).isEqualTo(all + " shown of " + all);

        model.typeFilterProperty().set(ExceptionType.STOCKOUT_RISK);
        assertThat(model.shown()).isNotEmpty().allSatisfy(e -> assertThat(e.type()).isEqualTo(ExceptionType.STOCKOUT_RISK));
        assertThat(model.shown().size()).isLessThan(all);

        String sku = model.shown().get(0).sku();
        model.searchProperty().set(sku.toLowerCase(Locale.ROOT));
        assertThat(model.shown()).isNotEmpty().allSatisfy(e -> assertThat(e.item()).contains(sku));

        model.typeFilterProperty().set(null);
        model.searchProperty().set("");
        assertThat(model.shown()).hasSize(all);
    }

    @Test
    void aForecastFarFromSalesOpensItsSeriesAndAStockoutRiskItsProposal() {
        ExceptionItem risk = model.all().stream().filter(e -> e.type() == ExceptionType.STOCKOUT_RISK).findFirst()
                .orElseThrow();
        assertThat(model.open(risk)).isTrue();
        assertThat(opened).containsExactly(Navigation.PROPOSALS, "proposal " + risk.sku() + " " + risk.location());
        assertThat(model.explain(risk)).startsWith("Stock lasts ").contains(" units short.");

        opened.clear();
        ExceptionItem forecast = new ExceptionItem(ExceptionType.FORECAST_VS_SALES, risk.severity(), "A", "S1", "WEB",
                null, null, 3, 2, 6, 2, "");
        assertThat(model.open(forecast)).isTrue();
        assertThat(opened).containsExactly(Navigation.SERIES, "series " + new SeriesKey("A", "S1", "WEB"));
        assertThat(model.explain(forecast)).isEqualTo("Forecast 6.0 a week is 3.00× the recent sales of 2.0 a week "
                + "(allowed 2.0×).");
    }

    @Test
    void aLooserOverstockThresholdIsUsedOnTheNextLook() {
        long before = model.all().stream().filter(e -> e.type() == ExceptionType.OVERSTOCK).count();
        model.overstockWeeksProperty().set(104);
        model.refresh();
        long after = model.all().stream().filter(e -> e.type() == ExceptionType.OVERSTOCK).count();
        assertThat(after).isLessThan(before);
        assertThat(model.messageProperty().get()).contains("Stockout risk");
    }
}
