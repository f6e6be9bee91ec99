package reassort.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javafx.application.Application;
import reassort.app.Workspace;

/** Starts the JavaFX workbench; {@link reassort.Main} calls it when there is no command. */
public final class WorkbenchLauncher {
    /*
     * JavaFX constructs WorkbenchApp itself, so what the launch starts for it is handed over in these two fields:
     * when the launch began (for the startup probe), and the store being opened.
     */
    static volatile long launchedAt;
    static volatile CompletableFuture<Workspace> opening;

    private WorkbenchLauncher() {}

    /**
     * JavaFX warns on every start that it was loaded from the class path (decision 0003: on purpose, harmless); the
     * planner would only see it on stderr. Held here because java.util.logging keeps loggers weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /**
     * Runs the workbench until its window closes. Returns 0, or 3 after printing one line on stderr when the window
     * cannot open (no GTK, no display): the caller exits with it.
     */
    public static int launch(String[] args) {
        launchedAt = System.currentTimeMillis();
        JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
        // The store (H2, and Flyway for a new or older store) opens on its own thread while the toolkit starts:
        // on two cores the two overlap instead of following each other on the FX thread.
        opening = openStore();
        try {
            Application.launch(WorkbenchApp.class, args);
            return 0;
        } catch (UnsupportedOperationException e) {
            System.err.println(windowFailure(e));
            return 3;
        }
    }

    /** The one line said when the toolkit cannot start: why, and what to do about it. */
    static String windowFailure(Throwable failure) {
        String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage().strip();
        if (reason.endsWith(".")) reason = reason.substring(0, reason.length() - 1);
        String cli = "use Reassort without a window: its commands (--help lists them) import, plan and export.";
        String lower = reason.toLowerCase(java.util.Locale.ROOT);
        String hint;
        if (lower.contains("gtk")) {
            hint = "Maybe install GTK 3 (sudo apt-get install libgtk-3-0), or " + cli;
        } else if (lower.contains("display")) {
            hint = "Maybe start it from a desktop session (DISPLAY is " + describeDisplay() + "), or " + cli;
        } else {
            hint = "Maybe " + cli;
        }
        return "Reassort cannot open its window: " + reason + ". " + hint;
    }

    private static String describeDisplay() {
        String display = System.getenv("DISPLAY");
        return display == null || display.isBlank() ? "not set" : "'" + display + "'";
    }

    /** Opens the store named by {@code reassort.store} (or the planner's own) on a new daemon thread. */
    static CompletableFuture<Workspace> openStore() {
        CompletableFuture<Workspace> workspace = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                workspace.complete(Workspace.open(requestedStore(), Clock.systemDefaultZone()));
            } catch (RuntimeException | Error e) {
                workspace.completeExceptionally(e);
            }
        }, "reassort-store-open");
        thread.setDaemon(true);
        thread.start();
        return workspace;
    }

    /** The store directory asked for with {@code -Dreassort.store}, or null for the planner's own. */
    static Path requestedStore() {
        String store = System.getProperty(WorkbenchApp.STORE_PROPERTY);
        return store == null ? null : Path.of(store);
    }
}
