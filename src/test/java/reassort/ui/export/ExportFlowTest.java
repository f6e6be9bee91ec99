package reassort.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.Workspace;
import reassort.app.export.OrderBook;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/** The planner's export flows: File → Export the approved orders, and the review file there and back. */
@ExtendWith(ApplicationExtension.class)
class ExportFlowTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkbenchView view;
    private Path storeDir;

    @Start
    void start(Stage stage) throws Exception {
        storeDir = Files.createTempDirectory("export-flow");
        try (Store store = Store.open(storeDir.resolve("store"), Clock.systemUTC())) {
            OrderBook.fill(store);
        }
        workspace = Workspace.open(storeDir.resolve("store"), Clock.systemUTC());
        view = new WorkbenchView(new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.ENGLISH)),
                stage, locale -> {});
        view.show();
    }

    @AfterEach
    void close() throws java.io.IOException {
        workspace.close();
        try (var files = Files.walk(storeDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static void waitForText(FxRobot robot, String query, String start) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText().startsWith(start)).orElse(false));
    }

    @Test
    void exportingApprovedOrdersPerDestinationWritesTheWorkbookAndMarksThem(FxRobot robot) throws Exception {
        Path file = dir.resolve("orders.xlsx");
        ExportViewModel[] model = new ExportViewModel[1];
        robot.interact(() -> model[0] = view.openExport(Set.of()));
        assertThat(robot.lookup("#exportRunButton").queryButton().isDisabled()).isTrue();
        robot.interact(() -> model[0].targetProperty().set(file));
        assertThat(robot.lookup("#exportTargetField").queryTextInputControl().getText()).isEqualTo(file.toString());

        robot.clickOn("#exportPerLocationCheck");
        robot.clickOn("#exportRunButton");
        waitForText(robot, "#exportMessageLabel", "Exported 9 lines in 3 sheet(s)");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("SUP-A MAG-LYON");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Supplier");
        }
        assertThat(workspace.plans().proposal("P1", "MAG-PARIS").orElseThrow().status()).isEqualTo(ProposalStatus.EXPORTED);
        robot.clickOn("#exportCloseButton");
    }

    @Test
    void aReviewFileEditedInExcelComesBackAsTickedChangesThatApply(FxRobot robot) throws Exception {
        Path review = dir.resolve("review.xlsx");
        ExportViewModel[] model = new ExportViewModel[1];
        robot.interact(() -> {
            model[0] = view.openExport(Set.of());
            model[0].kindProperty().set(ExportViewModel.Kind.REVIEW);
            model[0].targetProperty().set(review);
        });
        assertThat(robot.lookup("#exportFormatCombo").query().isDisabled()).isTrue();
        robot.clickOn("#exportRunButton");
        waitForText(robot, "#exportMessageLabel", "Wrote 10 proposals");
        robot.clickOn("#exportCloseButton");

        Path edited = dir.resolve("review-edited.xlsx");
        try (InputStream in = Files.newInputStream(review); XSSFWorkbook book = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(edited)) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() < 5) continue;
                String sku = row.getCell(0).getStringCellValue();
                String location = row.getCell(2).getStringCellValue();
                if (sku.equals("P1") && location.equals("MAG-PARIS")) {
                    row.getCell(6).setCellValue(30);
                    row.createCell(8).setCellValue("Local fair");
                } else if (sku.equals("Q1") && location.equals("MAG-PARIS")) {
                    row.getCell(6).setCellValue(20);
                    row.createCell(8).setCellValue("Not this time");
                }
            }
            book.write(out);
        }
        robot.interact(() -> view.openReview(edited));
        waitForText(robot, "#reviewMessageLabel", "10 rows read: 8 unchanged, 2 changed (0 in conflict)");
        @SuppressWarnings("unchecked")
        TableView<ReviewRow> table = robot.lookup("#reviewTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2).allMatch(r -> r.acceptedProperty().get());
        robot.interact(() -> table.getItems().stream().filter(r -> r.change().sku().equals("Q1")).findFirst()
                .orElseThrow().acceptedProperty().set(false));

        robot.clickOn("#reviewApplyButton");
        waitForText(robot, "#reviewMessageLabel", "1 change(s) applied");

        assertThat(workspace.plans().proposal("P1", "MAG-PARIS").orElseThrow().effectiveQuantity()).isEqualTo(30);
        assertThat(workspace.plans().proposal("Q1", "MAG-PARIS").orElseThrow().effectiveQuantity()).isEqualTo(8);
        robot.clickOn("#reviewCloseButton");
    }
}
