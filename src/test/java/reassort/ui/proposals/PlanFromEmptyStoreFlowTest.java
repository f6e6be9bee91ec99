package reassort.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.Workspace;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/** From an empty store: load the sample, then one click to a plan. */
@ExtendWith(ApplicationExtension.class)
class PlanFromEmptyStoreFlowTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = Workspace.inMemory(WEDNESDAY);
        new WorkbenchView(new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.ENGLISH)), stage,
                locale -> {}).show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void loadingTheSampleThenRunningThePlanFillsTheProposalsGrid(FxRobot robot) throws Exception {
        robot.clickOn("#loadSampleButton");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> robot.lookup("#planButton").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn("#planButton");

        TableView<?> table = robot.lookup("#proposalsTable").queryTableView();
        // the grid fills before the task's success message is shown: wait for both, then check them
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && robot.lookup("#statusMessage").queryLabeled().getText().startsWith("Plan made"));
        assertThat(table.getItems()).hasSize(workspace.plans().rows().size());
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).startsWith("Plan made");
    }
}
