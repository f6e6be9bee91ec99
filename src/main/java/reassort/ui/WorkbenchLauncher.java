package reassort.ui;

import javafx.application.Application;

/** Starts the JavaFX workbench; {@link reassort.Main} calls it when there is no command. */
public final class WorkbenchLauncher {
    /**
     * When {@link #launch} was called, for the startup probe: JavaFX constructs {@link WorkbenchApp} itself, so this
     * cannot be handed to it.
     */
    static volatile long launchedAt;

    private WorkbenchLauncher() {}

    public static void launch(String[] args) {
        launchedAt = System.currentTimeMillis();
        Application.launch(WorkbenchApp.class, args);
    }
}
