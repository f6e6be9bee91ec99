package reassort.ui.workbench;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import reassort.ui.common.I18n;

/**
 * The main window's menu bar, built the same way for the workbench and for the window shown while the store opens:
 * what needs the store is disabled while {@code busy} (a background task runs) or when there is no store yet
 * ({@code actions} null); quitting and the language never are.
 */
final class WorkbenchMenus {
    /** What the menu items that need the store do. */
    interface Actions {
        void importFiles();

        void loadSample();

        void export();

        void importReview();

        void runPlan();

        void runAllocation();
    }

    private WorkbenchMenus() {}

    static MenuBar build(I18n i18n, ObservableBooleanValue busy, Actions actions, Runnable quitAction,
            Consumer<Locale> switchLanguage) {
        ObservableBooleanValue disabled = actions == null ? new SimpleBooleanProperty(true) : busy;
        boolean open = actions != null;
        MenuItem importFiles = item(i18n, "menu.file.import", "importMenuItem", disabled,
                open ? actions::importFiles : null);
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        MenuItem sample = item(i18n, "menu.file.sample", "loadSampleMenuItem", disabled, open ? actions::loadSample : null);
        MenuItem export = item(i18n, "menu.file.export", "exportMenuItem", disabled, open ? actions::export : null);
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        MenuItem importReview = item(i18n, "menu.file.importReview", "importReviewMenuItem", disabled,
                open ? actions::importReview : null);
        MenuItem quit = item(i18n, "menu.file.quit", "quitMenuItem", null, quitAction);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu(i18n.text("menu.file"), null, importFiles, sample, export, importReview, quit);
        file.setId("fileMenu");

        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(i18n.text("menu.view.language"));
        language.setId("languageMenu");
        for (Locale locale : I18n.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(i18n.text("language." + locale.getLanguage()));
            item.setId("language_" + locale.getLanguage());
            item.setToggleGroup(languages);
            item.setSelected(locale.equals(i18n.locale()));
            item.setOnAction(e -> switchLanguage.accept(locale));
            language.getItems().add(item);
        }
        Menu view = new Menu(i18n.text("menu.view"), null, language);
        view.setId("viewMenu");
        MenuItem runPlan = item(i18n, "menu.plan.run", "runPlanMenuItem", disabled, open ? actions::runPlan : null);
        runPlan.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        MenuItem allocate = item(i18n, "menu.plan.allocate", "runAllocationMenuItem", disabled,
                open ? actions::runAllocation : null);
        allocate.setAccelerator(new KeyCodeCombination(KeyCode.F9, KeyCombination.SHIFT_DOWN));
        Menu plan = new Menu(i18n.text("menu.plan"), null, runPlan, allocate);
        plan.setId("planMenu");
        return new MenuBar(file, plan, view);
    }

    private static MenuItem item(I18n i18n, String key, String id, ObservableBooleanValue disabled, Runnable action) {
        MenuItem item = new MenuItem(i18n.text(key));
        item.setId(id);
        if (action != null) item.setOnAction(e -> action.run());
        if (disabled != null) item.disableProperty().bind(disabled);
        return item;
    }
}
