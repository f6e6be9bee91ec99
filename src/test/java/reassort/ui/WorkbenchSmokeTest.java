package reassort.ui;

import static org.testfx.api.FxAssert.verifyThat;

import java.time.Clock;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import reassort.app.Workspace;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

@ExtendWith(ApplicationExtension.class)
class WorkbenchSmokeTest {
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = Workspace.inMemory(Clock.systemUTC());
        new WorkbenchView(new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.ENGLISH)), stage,
                locale -> {}).show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void emptyStoreOffersTheSampleRetailer() {
        verifyThat("#loadSampleButton", NodeMatchers.isVisible());
        verifyThat("#emptyStoreLabel", NodeMatchers.isVisible());
    }
}
