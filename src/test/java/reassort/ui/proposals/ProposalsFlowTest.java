package reassort.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.Label;
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
import reassort.app.workbench.BulkEdit;
import reassort.app.workbench.GridColumn;
import reassort.app.workbench.GridRow;
import reassort.app.workbench.PlanStatus;
import reassort.store.StoredProposal;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;
import reassort.ui.common.UiPreferences;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/** The planner's flows on the proposals screen, over the SMALL sample planned once for the class. */
@ExtendWith(ApplicationExtension.class)
class ProposalsFlowTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static Workspace workspace;
    private WorkbenchViewModel model;
    private Stage stage;

    @BeforeAll
    static void planTheSample() throws Exception {
        workspace = Workspace.open(SampleStores.importSmall(11, dir, WEDNESDAY), WEDNESDAY);
        workspace.plans().run(false, null);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        show(Locale.ENGLISH);
    }

    private void show(Locale locale) {
        stage.setWidth(1100);
        stage.setHeight(720);
        model = new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(locale), UiPreferences.inMemory());
        new WorkbenchView(model, stage, this::show).show();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out; status: " + model.lastOutcomeProperty().get() + "; focus: "
                    + (stage.getScene() == null ? null : stage.getScene().getFocusOwner()) + "; selected: "
                    + stage.getScene().lookup("#proposalsTable") .getProperties() + " "
                    + ((TableView<?>) stage.getScene().lookup("#proposalsTable")).getSelectionModel().getSelectedItems()
                    + "; explanation: " + ((javafx.scene.control.TextArea) stage.getScene().lookup("#explanationArea"))
                            .getText().length(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<GridRow> openGrid(FxRobot robot) throws Exception {
        robot.interact(() -> model.navigation().showScreen(Navigation.PROPOSALS));
        TableView<GridRow> table = robot.lookup("#proposalsTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty() && !model.tasks().runningProperty().get());
        return table;
    }

    /** Selects the first row with no planner change yet, from {@code from} on, and gives it the focus. */
    private GridRow selectUntouched(FxRobot robot, TableView<GridRow> table, int from) throws Exception {
        AtomicReference<GridRow> chosen = new AtomicReference<>();
        robot.interact(() -> {
            for (int i = from; i < table.getItems().size(); i++) {
                GridRow row = table.getItems().get(i);
                if (row.status() == PlanStatus.PROPOSED && row.quantity() > 0) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.getFocusModel().focus(i);
                    table.scrollTo(i);
                    chosen.set(row);
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        int index = table.getItems().indexOf(chosen.get());
        // Under load the row scrolled to may be laid out a pulse or two later.
        waitUntil(() -> robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getIndex() == index)
                .tryQuery().isPresent());
        Node cell = robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getIndex() == index).query();
        robot.clickOn(cell);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(chosen.get());
        return chosen.get();
    }

    private static StoredProposal stored(GridRow row) {
        return workspace.plans().proposal(row.sku(), row.location()).orElseThrow();
    }

    private void waitForTasks() throws Exception {
        waitUntil(() -> !model.tasks().runningProperty().get());
    }

    @Test
    void editingAQuantityInPlaceAsksForAReasonAndSavesIt(FxRobot robot) throws Exception {
        TableView<GridRow> table = openGrid(robot);
        GridRow row = selectUntouched(robot, table, 0);

        robot.type(KeyCode.F2);
        robot.lookup("#quantityEditor").queryTextInputControl();
        robot.eraseText(12).write("-5").type(KeyCode.ENTER);
        assertThat(robot.lookup("#proposalsProblemLabel").queryAs(Label.class).getText()).contains("-5");

        robot.eraseText(12).write("42").type(KeyCode.ENTER);
        robot.clickOn("#reasonField").write("Local fair next week").type(KeyCode.ENTER);
        waitUntil(() -> stored(row).status() == reassort.store.ProposalStatus.EDITED);
        waitForTasks();

        assertThat(stored(row).editedQuantity()).isEqualTo(42);
        assertThat(stored(row).editReason()).isEqualTo("Local fair next week");
        TableView<?> audit = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> !audit.getItems().isEmpty());
        assertThat(audit.getItems()).last().extracting(e -> ((reassort.app.workbench.AuditLine) e).reason())
                .isEqualTo("Local fair next week");
    }

    @Test
    void undoAndRedoPutTheEditBackAndAgain(FxRobot robot) throws Exception {
        TableView<GridRow> table = openGrid(robot);
        GridRow row = selectUntouched(robot, table, 5);
        robot.type(KeyCode.F2);
        robot.lookup("#quantityEditor").queryTextInputControl();
        robot.eraseText(12).write("7").type(KeyCode.ENTER);
        robot.clickOn("#reasonField").write("Shelf reset").type(KeyCode.ENTER);
        waitUntil(() -> stored(row).status() == reassort.store.ProposalStatus.EDITED);
        waitForTasks();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> stored(row).status() == reassort.store.ProposalStatus.PROPOSED);
        waitForTasks();
        assertThat(stored(row).isEdited()).isFalse();

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> stored(row).status() == reassort.store.ProposalStatus.EDITED);
        assertThat(stored(row).editedQuantity()).isEqualTo(7);
    }

    @Test
    void aBulkEditIsPreviewedThenApplied(FxRobot robot) throws Exception {
        TableView<GridRow> table = openGrid(robot);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(40, 43);
        });
        var selected = java.util.List.copyOf(table.getSelectionModel().getSelectedItems());

        robot.clickOn("#bulkEditButton");
        ComboBox<BulkEdit.Kind> kind = robot.lookup("#bulkKindChoice").queryComboBox();
        robot.interact(() -> kind.setValue(BulkEdit.Kind.SET_QUANTITY));
        robot.clickOn("#bulkValueField").write("24");
        robot.clickOn("#bulkReasonField").write("Display for the opening");
        robot.clickOn("#bulkPreviewButton");
        TableView<?> preview = robot.lookup("#bulkPreviewTable").queryTableView();
        assertThat(preview.getItems()).hasSize(3);

        robot.clickOn("#bulkApplyButton");
        waitUntil(() -> selected.stream().allMatch(r -> stored(r).status() == reassort.store.ProposalStatus.EDITED));
        assertThat(selected).allSatisfy(r -> assertThat(stored(r).editedQuantity()).isEqualTo(24));
    }

    @Test
    void pressingAApprovesThenRAsksWhyAndRejectsAndUndoRedoFollow(FxRobot robot) throws Exception {
        TableView<GridRow> table = openGrid(robot);
        GridRow row = selectUntouched(robot, table, 60);

        robot.type(KeyCode.A);

        waitUntil(() -> stored(row).status() == reassort.store.ProposalStatus.APPROVED);
        waitForTasks();
        robot.type(KeyCode.R);
        robot.clickOn("#rejectReasonField").write("Range delisted in March").type(KeyCode.ENTER);
        waitUntil(() -> stored(row).status() == reassort.store.ProposalStatus.REJECTED);
        waitForTasks();
        assertThat(stored(row).editReason()).isEqualTo("Range delisted in March");
        GridRow shown = table.getItems().stream().filter(r -> r.key().equals(row.key())).findFirst().orElseThrow();
        assertThat(GridColumn.REASON.text(shown)).isEqualTo("Range delisted in March");
        TableView<?> audit = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> !audit.getItems().isEmpty() && "REJECT".equals(((reassort.app.workbench.AuditLine)
                audit.getItems().get(audit.getItems().size() - 1)).action()));
        assertThat(audit.getItems()).last().extracting(e -> ((reassort.app.workbench.AuditLine) e).reason())
                .isEqualTo("Range delisted in March");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> stored(row).status() == reassort.store.ProposalStatus.APPROVED);
        waitForTasks();
        assertThat(stored(row).editReason()).isNull();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> stored(row).status() == reassort.store.ProposalStatus.REJECTED);
        assertThat(stored(row).editReason()).isEqualTo("Range delisted in March");
    }

    @Test
    void searchingAndFilteringNarrowTheGrid(FxRobot robot) throws Exception {
        TableView<GridRow> table = openGrid(robot);
        int all = table.getItems().size();
        String sku = table.getItems().get(3).sku();

        robot.clickOn("#proposalsSearchField").write(sku);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(r -> assertThat(r.sku() + r.label()).containsIgnoringCase(sku));

        robot.clickOn("#clearFiltersButton");
        ComboBox<String> location = robot.lookup("#locationFilter").queryComboBox();
        String first = location.getItems().get(1);
        robot.interact(() -> location.setValue(first));
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(r -> assertThat(r.location()).isEqualTo(first));
        assertThat(robot.lookup("#proposalsSearchField").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void switchingToFrenchShowsTheGridInFrench(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Language").clickOn("Français");
        TableView<GridRow> table = openGrid(robot);

        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Stock physique", "Date de commande");
        assertThat(robot.lookup("#runPlanButton").queryButton().getText()).isEqualTo("Calculer le plan");
    }
}
