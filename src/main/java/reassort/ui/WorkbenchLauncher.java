package reassort.ui;

import javafx.application.Application;

/** Starts the JavaFX workbench; {@link reassort.Main} calls it when there is no command. */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {}

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
