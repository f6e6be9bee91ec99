package reassort.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.domain.ProgressListener;
import reassort.store.ProposalStatus;
import reassort.store.StoredProposal;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/** The planner's scenario flow: create a scenario from a promotion, run it, compare it with the plan, promote it. */
@ExtendWith(ApplicationExtension.class)
class ScenarioFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static Path storeDir;

    private Workspace workspace;
    private WorkbenchViewModel model;

    @BeforeAll
    static void sampleWithAPlan() throws IOException {
        storeDir = SampleStores.importSmall(11, dir, CLOCK);
        try (Workspace w = Workspace.open(storeDir, CLOCK)) {
            w.plans().run(false, ProgressListener.NONE);
        }
    }

    @AfterAll
    static void clearInterrupt() {
        Thread.interrupted();
    }

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(storeDir, CLOCK);
        model = new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.ENGLISH));
        new WorkbenchView(model, stage, locale -> {}).show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private static javafx.scene.control.TextField text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
    }

    @Test
    void createRunCompareAndPromoteAScenario(FxRobot robot) throws Exception {
        waitFor(() -> !model.tasks().runningProperty().get());
        robot.interact(() -> model.navigation().showScreen(Navigation.SCENARIOS));
        waitFor(() -> !model.tasks().runningProperty().get());

        // the form sits low in a scroll pane: fill it through its controls, as a keyboard user would tab through it
        robot.interact(() -> {
            text(robot, "#scenarioNameField").setText("Toys Christmas");
            text(robot, "#scenarioCategoryField").setText("Jouets");
            text(robot, "#scenarioChannelsField").setText("");
            text(robot, "#scenarioUpliftField").setText("2");
            robot.lookup("#scenarioStartPicker").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2026, 11, 23));
            robot.lookup("#scenarioEndPicker").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2026, 12, 6));
            robot.lookup("#scenarioCreateButton").queryButton().fire();
        });
        ListView<?> list = robot.lookup("#scenarioList").queryListView();
        Label message = robot.lookup("#scenarioMessageLabel").queryAs(Label.class);
        waitFor(() -> !message.getText().isEmpty());
        assertThat(message.getText()).contains("Toys Christmas");
        waitFor(() -> list.getItems().size() == 1);

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#scenarioRunButton").queryButton().fire());
        TableView<?> table = robot.lookup("#scenarioComparisonTable").queryTableView();
        waitFor(() -> !table.getItems().isEmpty() && !model.tasks().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getColumns()).hasSize(3);
        assertThat(table.getColumns().get(2).getText()).isEqualTo("Toys Christmas");
        BarChart<?, ?> units = robot.lookup("#scenarioUnitsChart").queryAs(BarChart.class);
        assertThat(units.getData()).hasSize(2);
        assertThat(robot.lookup("#scenarioOrdersChart").queryAs(BarChart.class).getData()).hasSize(1);
        assertThat(robot.lookup("#scenarioServiceChart").queryAs(BarChart.class).getData()).hasSize(2);
        assertThat(robot.lookup("#scenarioEffectsBox").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
        TableView<?> allocation = robot.lookup("#scenarioAllocationTable").queryTableView();
        assertThat(allocation.getColumns()).hasSize(3);
        AllocationRows.Row status = (AllocationRows.Row) allocation.getItems().get(0);
        assertThat(status.measure()).isEqualTo("Allocation");
        assertThat(status.values().get(1)).as(status.toString()).contains("SKU(s)");
        assertThat(allocation.getItems()).hasSizeGreaterThan(3);
        assertThat(robot.lookup("#scenarioAllocationChart").queryAs(BarChart.class).getData()).hasSize(2);
        String screenshot = System.getProperty("reassort.screenshot");
        if (screenshot != null) {
            robot.interact(() -> {
                javafx.scene.Scene scene = robot.lookup("#scenarioList").query().getScene();
                javafx.scene.image.WritableImage image = scene.snapshot(null);
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
                try {
                    javax.imageio.ImageIO.write(png, "png", Path.of(screenshot).toFile());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        int changed = model.workspace().scenarios().list().size();
        assertThat(changed).isEqualTo(1);

        waitFor(() -> !model.tasks().runningProperty().get());
        robot.interact(() -> robot.lookup("#scenarioPromoteButton").queryButton().fire());
        waitFor(() -> robot.lookup("#scenarioMessageLabel").queryAs(Label.class).getText().contains("promoted"));

        var promoted = robot.lookup("#scenarioList").queryListView();
        assertThat(promoted.getItems()).hasSize(1);
        assertThat(robot.lookup("#scenarioMessageLabel").queryAs(Label.class).getText()).doesNotContain(": 0 proposal");
        long edited = workspace.plans().proposals().stream()
                .filter(p -> p.status() == ProposalStatus.EDITED && "Scenario Toys Christmas".equals(p.editReason()))
                .count();
        assertThat(edited).isPositive();
        StoredProposal one = workspace.plans().proposals().stream()
                .filter(p -> "Scenario Toys Christmas".equals(p.editReason())).findFirst().orElseThrow();
        assertThat(workspace.plans().auditTrail(one.sku(), one.location()))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("PROMOTE"));
    }
}
