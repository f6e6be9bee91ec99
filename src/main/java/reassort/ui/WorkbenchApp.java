package reassort.ui;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import reassort.app.Workspace;
import reassort.domain.CancelledException;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;
import reassort.ui.common.UiPreferences;
import reassort.ui.workbench.StoreOpeningView;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/**
 * The JavaFX application: shows the window at once, opens the planner's store (or the one named by the
 * {@code reassort.store} system property) in the background, then shows the workbench in the remembered language.
 */
public final class WorkbenchApp extends Application {
    public static final String STORE_PROPERTY = "reassort.store";
    /**
     * Set to {@code print} to print how long after the process started the window was shown and laid out, and where
     * the time went until the store's first data was on screen; {@code exit} also closes the application then (to
     * measure cold starts in a loop, see installer/README.md).
     */
    public static final String STARTUP_PROBE_PROPERTY = "reassort.startupProbe";

    private Workspace workspace;
    private CompletableFuture<Workspace> opening;
    private I18n i18n;
    private final TaskRunner tasks = new FxTaskRunner();
    private final UiPreferences preferences = UiPreferences.user();
    private final StartupProbe probe = StartupProbe.fromSystemProperty();
    private long shownAt = -1;
    private boolean dataShown;

    @Override
    public void init() {
        if (probe != null) {
            probe.mark("main", WorkbenchLauncher.launchedAt);
            probe.mark("toolkit");
        }
    }

    @Override
    public void start(Stage stage) {
        if (probe != null) probe.mark("start");
        i18n = I18n.of(preferences.language());
        opening = WorkbenchLauncher.opening != null ? WorkbenchLauncher.opening : WorkbenchLauncher.openStore();
        double[] bounds = preferences.windowBounds(new double[] {Double.NaN, Double.NaN, 1100, 720});
        if (!Double.isNaN(bounds[0])) {
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
        }
        stage.setWidth(bounds[2]);
        stage.setHeight(bounds[3]);
        stage.setOnHiding(e -> preferences.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        if (probe != null) {
            // Runs on the pulse after the window was shown: the planner can use it from then on.
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
                if (shownAt < 0) {
                    shownAt = System.currentTimeMillis();
                    probe.mark("shown", shownAt);
                    reportStartupWhenDone();
                }
            }));
        }
        tasks.run(i18n.text("startup.opening"), progress -> awaitStore(), opened -> {
            workspace = opened;
            if (probe != null) probe.mark("store");
            show(stage);
        }, this::openingFailed);
        showOpening(stage);
    }

    /** Waits for the store on the task runner's thread; cancelling the task interrupts the wait. */
    private Workspace awaitStore() throws InterruptedException {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The store cannot be used (locked by another Reassort, newer schema, no disk): say why, then quit. */
    private void openingFailed(Throwable failure) {
        if (!(failure instanceof CancelledException || failure instanceof InterruptedException)) {
            Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage());
            alert.setHeaderText(i18n.text("app.title"));
            alert.showAndWait();
        }
        Platform.exit();
    }

    private void reportStartupWhenDone() {
        if (shownAt < 0 || !dataShown) return;
        probe.report(shownAt);
        if (probe.exits()) Platform.exit();
    }

    private void showOpening(Stage stage) {
        StoreOpeningView.show(stage, i18n, tasks, Workspace.location(WorkbenchLauncher.requestedStore()).toString(),
                locale -> switchLanguage(stage, locale));
    }

    private void show(Stage stage) {
        WorkbenchViewModel model = new WorkbenchViewModel(workspace, tasks, i18n, preferences);
        if (probe != null && !dataShown) {
            model.overviewProperty().addListener((obs, old, overview) -> {
                if (overview != null && !dataShown) {
                    dataShown = true;
                    probe.mark("data");
                    reportStartupWhenDone();
                }
            });
        }
        new WorkbenchView(model, stage, locale -> switchLanguage(stage, locale)).show();
        if (probe != null && !dataShown) probe.mark("workbench");
    }

    private void switchLanguage(Stage stage, Locale locale) {
        preferences.setLanguage(locale);
        i18n = I18n.of(locale);
        if (workspace == null) {
            showOpening(stage);
        } else {
            show(stage);
        }
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        } else if (opening != null) {
            // Quit while the store was still opening: close it once open (the thread is a daemon; H2 also closes
            // the database when the JVM exits).
            opening.thenAccept(Workspace::close);
        }
    }
}
