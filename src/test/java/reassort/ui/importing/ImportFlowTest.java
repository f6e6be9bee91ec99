package reassort.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.Workspace;
import reassort.domain.Dataset;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/** The planner's import flow: choose files, review the recognised sheets, import, see the store's content. */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        workspace = Workspace.inMemory(Clock.systemUTC());
        view = new WorkbenchView(new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.ENGLISH)),
                stage, locale -> {});
        view.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void waitFor(FxRobot robot, String query, java.util.function.Predicate<javafx.scene.Node> until)
            throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(until::test).orElse(false));
    }

    @Test
    void importingCleanFilesShowsTheirRowsInTheOverview(FxRobot robot) throws Exception {
        Path products = dir.resolve("articles.csv");
        Files.writeString(products, "Code article;Libellé;Catégorie;Colisage\nA1;Poêle;Cuisine;6\nA2;Wok;Cuisine;4\n",
                StandardCharsets.UTF_8);
        Path sales = dir.resolve("ventes.csv");
        Files.writeString(sales, "Date;Code article;Magasin;Canal;Quantité\n02/11/2026;A1;M1;STORE;3\n"
                + "13/11/2026;A2;M1;WEB;1\n", StandardCharsets.UTF_8);

        robot.interact(() -> view.openImport(List.of(products, sales)));
        waitFor(robot, "#importRunButton", node -> !node.isDisabled());
        assertThat(robot.lookup("#importSheetList").queryListView().getItems()).hasSize(2);

        robot.clickOn("#importRunButton");
        waitFor(robot, "#importCloseButton", node -> !node.isDisabled()
                && robot.lookup("#importMessageLabel").queryLabeled().getText().startsWith("Imported"));
        robot.clickOn("#importCloseButton");

        waitFor(robot, "#lastImportLabel", node -> !((javafx.scene.control.Label) node).getText().isEmpty());
        assertThat(workspace.overview().count(Dataset.SALES)).isEqualTo(2);
        assertThat(workspace.overview().count(Dataset.PRODUCTS)).isEqualTo(2);
        TableView<?> overview = robot.lookup("#overviewTable").queryTableView();
        assertThat(overview.getItems()).hasSize(Dataset.values().length);
        verifyThat("#emptyStoreLabel", node -> !node.isVisible());
    }

    @Test
    void rowsWithErrorsAskThePlannerAndImportNothingWhenTold(FxRobot robot) throws Exception {
        Path sales = dir.resolve("ventes.csv");
        Files.writeString(sales, "Date;Code article;Magasin;Canal;Quantité\n02/11/2026;A1;M1;STORE;beaucoup\n",
                StandardCharsets.UTF_8);
        robot.interact(() -> view.openImport(List.of(sales)));
        waitFor(robot, "#importRunButton", node -> !node.isDisabled());

        robot.clickOn("#importRunButton");
        waitFor(robot, "#importNothingButton", javafx.scene.Node::isVisible);
        assertThat(robot.lookup("#importIssuesTable").queryTableView().getItems()).isNotEmpty();
        verifyThat("#importValidRowsButton", LabeledMatchers.hasText("Import the valid rows"));

        robot.clickOn("#importNothingButton");
        waitFor(robot, "#importMessageLabel", node -> ((Button) robot.lookup("#importCloseButton").query()).isVisible());

        assertThat(workspace.overview().isEmpty()).isTrue();
    }
}
