package reassort.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import reassort.app.Workspace;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;
import reassort.ui.common.UiPreferences;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/**
 * The JavaFX application: opens the planner's store (or the one named by the {@code reassort.store} system
 * property) and shows the workbench in the remembered language.
 */
public final class WorkbenchApp extends Application {
    public static final String STORE_PROPERTY = "reassort.store";
    /**
     * Set to {@code print} to print, once the window is shown and laid out, how long after the process started
     * that was; {@code exit} also closes the application (to measure cold starts in a loop, see installer/README.md).
     */
    public static final String STARTUP_PROBE_PROPERTY = "reassort.startupProbe";

    private Workspace workspace;
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
        I18n i18n = I18n.of(preferences.language());
        try {
            String store = System.getProperty(STORE_PROPERTY);
            workspace = Workspace.open(store == null ? null : Path.of(store), Clock.systemDefaultZone());
            if (probe != null) probe.mark("store");
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(i18n.text("app.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
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
        show(stage, i18n);
    }

    private void reportStartupWhenDone() {
        if (shownAt < 0 || !dataShown) return;
        probe.report(shownAt);
        if (probe.exits()) Platform.exit();
    }

    private void show(Stage stage, I18n i18n) {
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
    }

    private void switchLanguage(Stage stage, Locale locale) {
        preferences.setLanguage(locale);
        show(stage, I18n.of(locale));
    }

    @Override
    public void stop() {
        if (workspace != null) workspace.close();
    }
}
