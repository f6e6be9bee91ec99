package reassort.ui.workbench;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import reassort.ui.common.I18n;
import reassort.ui.common.StatusBar;
import reassort.ui.common.TaskRunner;

/**
 * The main window while the store opens in the background (the workbench replaces it once it is open): the
 * workbench's menus, disabled like during any background task except Quit and the language, and the status bar
 * with the opening task, its progress and cancel (which quits). Kept small so that the window shows early.
 */
public final class StoreOpeningView {
    private StoreOpeningView() {}

    /** Shows the window; {@code tasks} must be running the opening, which keeps the store's menu items disabled. */
    public static void show(Stage stage, I18n i18n, TaskRunner tasks, String storeDescription,
            Consumer<Locale> switchLanguage) {
        BorderPane root = new BorderPane();
        root.setId("workbenchRoot");
        root.setTop(WorkbenchMenus.build(i18n, tasks.runningProperty(), null, stage::close, switchLanguage));
        Label title = new Label(i18n.text("overview.title"));
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        Label opening = new Label(i18n.text("startup.openingDetail", storeDescription));
        opening.setId("openingStoreLabel");
        opening.setWrapText(true);
        VBox pane = new VBox(12, title, opening);
        pane.setPadding(new Insets(16));
        root.setCenter(pane);
        root.setBottom(new StatusBar(tasks, i18n, new SimpleStringProperty("")));
        stage.setTitle(i18n.text("app.title") + " — " + storeDescription);
        stage.setScene(Double.isNaN(stage.getWidth()) ? new Scene(root, 1100, 720) : new Scene(root));
        stage.show();
    }
}
