package reassort.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.Workspace;
import reassort.app.insight.ForecastSample;
import reassort.domain.SeriesKey;
import reassort.engine.kpi.ExceptionItem;
import reassort.engine.kpi.ExceptionType;
import reassort.app.insight.SeriesOverride;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/** The planner's flows over the insight screens: exceptions, a series and its override, the KPI dashboard. */
@ExtendWith(ApplicationExtension.class)
class InsightFlowTest {
    @TempDir
    Path dir;
    @TempDir
    static Path shared;

    private Workspace workspace;
    private WorkbenchViewModel model;

    /** The first copy imports and forecasts the sample: not on the FX thread, where the setup would time out. */
    @org.junit.jupiter.api.BeforeAll
    static void prepareSample() throws Exception {
        ForecastSample.copyTo(shared);
    }

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(ForecastSample.copyTo(dir), ForecastSample.CLOCK);
        model = new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.ENGLISH));
        new WorkbenchView(model, stage, locale -> {}).show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The shown row of the exceptions table at {@code index} (the table also keeps hidden spare rows). */
    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#exceptionsTable .table-row-cell").match((javafx.scene.control.TableRow<?> r) ->
                r.getIndex() == index && r.isVisible() && r.getItem() != null).query();
    }

    private String selectedTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#screensTabPane").query();
        return tabs.getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void filteringToStockoutRisksAndOpeningOneShowsItsProposal(FxRobot robot) throws Exception {
        AtomicReference<Navigation.ItemRef> opened = new AtomicReference<>();
        robot.interact(() -> {
            model.navigation().onShowProposal(opened::set);
            model.navigation().showScreen(Navigation.EXCEPTIONS);
        });
        TableView<ExceptionItem> table = robot.lookup("#exceptionsTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        int all = table.getItems().size();

        javafx.scene.control.ComboBox<ExceptionType> filter = robot.lookup("#exceptionTypeFilter").queryComboBox();
        assertThat(filter.getItems()).startsWith((ExceptionType) null).contains(ExceptionType.STOCKOUT_RISK);
        robot.interact(() -> filter.getSelectionModel().select(ExceptionType.STOCKOUT_RISK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(e -> assertThat(e.type()).isEqualTo(ExceptionType.STOCKOUT_RISK));
        assertThat(robot.lookup("#exceptionCountLabel").queryLabeled().getText())
                .isEqualTo(table.getItems().size() + " shown of " + all);

        ExceptionItem first = table.getItems().get(0);
        robot.clickOn(row(robot, 0));
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> opened.get() != null);
        assertThat(opened.get()).isEqualTo(new Navigation.ItemRef(first.sku(), first.location()));
        assertThat(selectedTab(robot)).as("opening an exception brings its proposal to the front")
                .isEqualTo(Navigation.PROPOSALS);

        opened.set(null);
        robot.interact(() -> model.navigation().showScreen(Navigation.EXCEPTIONS));
        robot.doubleClickOn(row(robot, 1));
        waitUntil(() -> opened.get() != null);
        ExceptionItem second = table.getItems().get(1);
        assertThat(opened.get()).isEqualTo(new Navigation.ItemRef(second.sku(), second.location()));
    }

    @Test
    void openingASeriesShowsItsHistoryForecastAndIntervalAndTypingAnotherShowsThatOne(FxRobot robot) throws Exception {
        SeriesKey key = workspace.seriesCharts().seriesKeys().get(2);
        robot.interact(() -> model.navigation().showSeries(key));
        waitUntil(() -> model.seriesModel().chartProperty().get() != null
                && model.seriesModel().chartProperty().get().selection().seriesKey().isPresent());

        assertThat(selectedTab(robot)).isEqualTo(Navigation.SERIES);
        assertThat(robot.lookup("#seriesTitleLabel").queryLabeled().getText()).isEqualTo("Series: " + key);
        javafx.scene.chart.LineChart<?, ?> chart = robot.lookup("#seriesChart").query();
        assertThat(chart.getData()).extracting(s -> s.getName()).containsExactly("Sold " + key.channel(), "Forecast");
        assertThat(robot.lookup("#seriesIntervalBand").tryQuery()).isPresent();
        assertThat(robot.lookup("#seriesMethodLabel").queryLabeled().getText()).startsWith("Method: ");
        assertThat(robot.lookup("#seriesAccuracyLabel").queryLabeled().getText()).contains("MASE");

        robot.interact(() -> {
            model.seriesModel().locationProperty().set("");
            model.seriesModel().channelProperty().set("");
        });
        robot.clickOn("#seriesShowButton");
        waitUntil(() -> model.seriesModel().chartProperty().get().selection().seriesKey().isEmpty());
        assertThat(robot.lookup("#seriesTitleLabel").queryLabeled().getText()).isEqualTo("Series: " + key.sku());
        assertThat(robot.lookup("#seriesMethodLabel").queryLabeled().getText()).startsWith("Sum of ");
    }

    @Test
    void aPlannerAddsAnOverrideWithAReasonAndSeesItOnTheChart(FxRobot robot) throws Exception {
        SeriesKey key = workspace.seriesCharts().seriesKeys().get(4);
        robot.interact(() -> model.navigation().showSeries(key));
        waitUntil(() -> model.seriesModel().chartProperty().get() != null
                && model.seriesModel().chartProperty().get().selection().seriesKey().isPresent());

        robot.clickOn("#overrideAmountField").write("25");
        assertThat(robot.lookup("#overrideSaveButton").queryButton().isDisabled()).as("no reason yet").isTrue();
        robot.clickOn("#overrideReasonField").write("Store opening event");
        assertThat(robot.lookup("#overrideSaveButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#overrideSaveButton");

        ListView<SeriesOverride> list = robot.lookup("#seriesOverridesList").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).reason()).isEqualTo("Store opening event");
        assertThat(list.getItems().get(0).amount()).isEqualTo(25);
        assertThat(workspace.forecasts().overrides(key)).hasSize(1);
        javafx.scene.chart.LineChart<?, ?> chart = robot.lookup("#seriesChart").query();
        assertThat(chart.getData()).extracting(s -> s.getName()).contains("Forecast with overrides");
        assertThat(robot.lookup("#seriesMessageLabel").queryLabeled().getText()).startsWith("Override of " + key);
        assertThat(robot.lookup("#overrideReasonField").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void theKpiDashboardShowsAvailabilityPerChannel(FxRobot robot) throws Exception {
        robot.interact(() -> model.navigation().showScreen(Navigation.KPIS));
        BarChart<String, Number> chart = robot.lookup("#kpiAvailabilityChart").query();
        waitUntil(() -> !chart.getData().isEmpty() && !chart.getData().get(0).getData().isEmpty());

        assertThat(chart.getData().get(0).getData()).extracting(XYChart.Data::getXValue)
                .containsExactly("CC", "MKP", "STORE", "WEB");
        assertThat(chart.getData().get(0).getData()).allSatisfy(bar ->
                assertThat(bar.getYValue().doubleValue()).isBetween(50.0, 100.0));
        Label availability = robot.lookup("#kpiAvailabilityTileValue").query();
        assertThat(availability.getText()).matches("\\d\\d\\.\\d %");
        assertThat(robot.lookup("#kpiSuppliersTable").queryTableView().getItems()).isNotEmpty();
    }
}
