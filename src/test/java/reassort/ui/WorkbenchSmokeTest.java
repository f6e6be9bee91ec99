package reassort.ui;

import static org.testfx.api.FxAssert.verifyThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import reassort.ui.workbench.WorkbenchView;

@ExtendWith(ApplicationExtension.class)
class WorkbenchSmokeTest {

    @Start
    void start(Stage stage) {
        WorkbenchView.show(stage);
    }

    @Test
    void mainWindowOpens() {
        verifyThat("#welcomeLabel", NodeMatchers.isVisible());
    }
}
