package reassort.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.app.workbench.AllocationRow;
import reassort.app.workbench.AuditLine;
import reassort.app.workbench.PlanStatus;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;
import reassort.ui.common.UiPreferences;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/** The planner's allocation flow: run it from the Plan menu, filter, edit with a reason, approve, all persisted. */
@ExtendWith(ApplicationExtension.class)
class AllocationFlowTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static Workspace workspace;
    private WorkbenchViewModel model;
    private Stage stage;

    @BeforeAll
    static void planTheSample() throws Exception {
        workspace = Workspace.open(SampleStores.importSmall(5, dir, WEDNESDAY), WEDNESDAY);
        workspace.plans().run(false, null);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1280);
        stage.setHeight(800);
        model = new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.ENGLISH), UiPreferences.inMemory());
        new WorkbenchView(model, stage, l -> {}).show();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out; status: " + model.lastOutcomeProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForTasks() throws Exception {
        waitUntil(() -> !model.tasks().runningProperty().get());
    }

    private static StoredAllocation stored(AllocationRow row) {
        return workspace.allocations().allocations(row.sku(), row.location()).stream()
                .filter(a -> a.channel().equals(row.channel())).findFirst().orElseThrow();
    }

    /** Clicks the row at {@code index} of the table (scrolled into view first). */
    private void clickRow(FxRobot robot, TableView<AllocationRow> table, int index) throws Exception {
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        // under load the row scrolled to may be laid out a pulse or two later
        waitUntil(() -> robot.lookup("#allocationsTable .table-row-cell")
                .match(n -> ((TableRow<?>) n).getIndex() == index).tryQuery().isPresent());
        Node cell = robot.lookup("#allocationsTable .table-row-cell")
                .match(n -> ((TableRow<?>) n).getIndex() == index).query();
        robot.clickOn(cell);
    }

    @Test
    void runFilterEditWithAReasonAndApprove(FxRobot robot) throws Exception {
        waitForTasks();
        robot.clickOn(robot.lookup(".tab").match(n -> n.getId() != null && n.getId().equals(Navigation.ALLOCATION))
                .queryAs(Node.class));
        waitForTasks();
        TableView<AllocationRow> table = robot.lookup("#allocationsTable").queryTableView();
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#allocationLatestLabel").queryAs(Label.class).getText()).contains("No allocation yet");

        // Plan → Run the allocation, by its shortcut
        robot.press(KeyCode.SHIFT).type(KeyCode.F9).release(KeyCode.SHIFT);
        waitUntil(() -> !table.getItems().isEmpty() && !model.tasks().runningProperty().get());
        int all = table.getItems().size();
        assertThat(all).isEqualTo(workspace.allocations().allocations().size());
        assertThat(robot.lookup("#allocationLatestLabel").queryAs(Label.class).getText()).startsWith("Latest run");

        robot.clickOn("#allocationScarceOnly");
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all).allMatch(AllocationRow::scarce);
        String sku = table.getItems().get(0).sku();
        robot.clickOn("#allocationSearchField").write(sku);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().allMatch(r -> r.sku().equals(sku) && r.scarce());

        AllocationRow row = table.getItems().get(0);
        clickRow(robot, table, 0);
        waitForTasks();
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#allocationQuantityField").tryQuery().isPresent());
        robot.clickOn("#allocationQuantityField").eraseText(12).write("-1");
        robot.clickOn("#allocationReasonField").eraseText(40).write("Opening weekend");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#allocationEditProblem").queryAs(Label.class).getText()).contains("-1");
        robot.clickOn("#allocationQuantityField").eraseText(12).write("4");
        robot.clickOn("#allocationReasonField").type(KeyCode.ENTER);
        waitUntil(() -> stored(row).status() == ProposalStatus.EDITED);
        waitForTasks();
        assertThat(stored(row).editedQuantity()).isEqualTo(4);
        assertThat(stored(row).editReason()).isEqualTo("Opening weekend");
        waitUntil(() -> table.getItems().get(0).status() == PlanStatus.EDITED);

        // the edited row stays selected: A right away approves it
        assertThat(table.getSelectionModel().getSelectedItem().key()).isEqualTo(row.key());
        robot.type(KeyCode.A);
        waitUntil(() -> stored(row).status() == ProposalStatus.APPROVED);
        waitForTasks();
        assertThat(stored(row).editedQuantity()).isEqualTo(4);
        TableView<AuditLine> audit = robot.lookup("#allocationAuditTable").queryTableView();
        waitUntil(() -> audit.getItems().size() == 2);
        assertThat(audit.getItems()).extracting(AuditLine::action).containsExactly("EDIT", "APPROVE");
        assertThat(robot.lookup("#allocationExplanationArea").queryTextInputControl().getText())
                .startsWith("SKU " + row.sku() + " to " + row.location());
        assertThat(robot.lookup("#atpTable").queryTableView().getItems()).isNotEmpty();
    }
}
