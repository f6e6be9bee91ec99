package reassort.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;

/** While the store opens, the window is up: Quit and the language work, what needs the store waits. */
@ExtendWith(ApplicationExtension.class)
class StoreOpeningViewTest {
    private final CountDownLatch storeOpened = new CountDownLatch(1);
    private final AtomicReference<Locale> switchedTo = new AtomicReference<>();
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner();
        I18n i18n = I18n.of(Locale.ENGLISH);
        tasks.run(i18n.text("startup.opening"), progress -> storeOpened.await(30, TimeUnit.SECONDS), done -> {},
                failure -> {});
        // Sized as WorkbenchApp sizes it: left to size itself to this small pane, the shared test stage would then
        // grow to the next test's workbench (taller than the headless screen, its buttons out of reach).
        stage.setWidth(1100);
        stage.setHeight(720);
        StoreOpeningView.show(stage, i18n, tasks, "/home/planner/.local/share/reassort", switchedTo::set);
    }

    @AfterEach
    void release() {
        storeOpened.countDown();
    }

    @Test
    void theMenusThatNeedTheStoreWaitWhileQuitAndTheLanguageWork(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").query();
        java.util.Map<String, MenuItem> items = new java.util.HashMap<>();
        bar.getMenus().forEach(menu -> menu.getItems().forEach(item -> {
            items.put(item.getId(), item);
            if (item instanceof javafx.scene.control.Menu sub) sub.getItems().forEach(i -> items.put(i.getId(), i));
        }));
        assertThat(items).containsKeys("importMenuItem", "loadSampleMenuItem", "exportMenuItem", "importReviewMenuItem",
                "runPlanMenuItem", "quitMenuItem", "language_fr");
        for (String id : java.util.List.of("importMenuItem", "loadSampleMenuItem", "exportMenuItem",
                "importReviewMenuItem", "runPlanMenuItem")) {
            assertThat(items.get(id).isDisable()).as(id).isTrue();
        }
        assertThat(items.get("quitMenuItem").isDisable()).isFalse();

        robot.interact(() -> items.get("language_fr").fire());
        assertThat(switchedTo.get()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void theStatusBarSaysTheStoreIsOpeningAndWhere(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).isEqualTo("Opening the store…");
        assertThat(robot.lookup("#openingStoreLabel").queryLabeled().getText())
                .contains("/home/planner/.local/share/reassort");
        assertThat(robot.lookup("#statusProgress").query().isVisible()).isTrue();
    }
}
