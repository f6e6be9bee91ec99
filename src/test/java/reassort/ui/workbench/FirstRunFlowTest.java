package reassort.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.SampleStores;
import reassort.app.ScratchDirectory;
import reassort.app.Workspace;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;

/** A store holding sales is one click (or Enter) from a plan. */
@ExtendWith(ApplicationExtension.class)
class FirstRunFlowTest {
    private ScratchDirectory dir;
    private Workspace workspace;
    private WorkbenchViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        dir = ScratchDirectory.create(null, "reassort-first-run");
        Clock clock = Clock.systemUTC();
        workspace = Workspace.open(SampleStores.importSmall(11, dir.path(), clock), clock);
        model = new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.ENGLISH));
        new WorkbenchView(model, stage, locale -> {}).show();
    }

    @AfterEach
    void close() {
        workspace.close();
        dir.close();
    }

    @Test
    void aStoreWithSalesOffersThePlanAsTheDefaultButtonAndOneClickPlans(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#planButton").queryButton().isVisible());
        verifyThat("#loadSampleButton", NodeMatchers.isInvisible());
        Button plan = robot.lookup("#planButton").queryButton();
        assertThat(plan.isDefaultButton()).isTrue();

        robot.clickOn("#planButton");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.lastOutcomeProperty().get().startsWith("Plan made: "));
        assertThat(workspace.plans().proposals()).isNotEmpty();
    }
}
