package reassort.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import reassort.ui.workbench.WorkbenchView;

/** The JavaFX application: one main window. */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        WorkbenchView.show(stage);
    }
}
