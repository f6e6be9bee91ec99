package reassort.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.Workspace;
import reassort.app.export.ExportFormat;
import reassort.app.export.OrderBook;
import reassort.app.export.OrderKey;
import reassort.app.export.TransferBook;
import reassort.store.Store;
import reassort.ui.common.I18n;
import reassort.ui.common.ImmediateTaskRunner;

class ExportViewModelTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    private final I18n english = I18n.of(Locale.ENGLISH);

    @BeforeEach
    void open() {
        try (Store store = Store.open(dir.resolve("store"), Clock.systemUTC())) {
            OrderBook.fill(store);
        }
        workspace = Workspace.open(dir.resolve("store"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void exportNeedsATargetThenTellsWhatWasWrittenAndAFailureInThePlannersWords() {
        ExportViewModel model = new ExportViewModel(workspace, tasks, english, Set.of());
        assertThat(model.canExport().get()).isFalse();
        assertThat(model.languageProperty().get()).isEqualTo(reassort.app.export.ExportLanguage.ENGLISH);
        model.formatProperty().set(ExportFormat.CSV_FR);
        assertThat(model.suggestedFileName()).matches("orders-\\d{4}-\\d{2}-\\d{2}\\.csv");
        model.targetProperty().set(dir.resolve("orders.csv"));
        assertThat(model.canExport().get()).isTrue();

        model.export();

        assertThat(model.messageProperty().get()).startsWith("Exported 9 lines in 2 sheet(s) or group(s), 1 file(s)")
                .endsWith("9 proposals marked as exported.");
        assertThat(model.resultProperty().get().files()).containsExactly(dir.resolve("orders.csv"));

        model.export();

        assertThat(model.messageProperty().get()).startsWith("Failed: No APPROVED supplier order proposal");
    }

    @Test
    void transfersAndAllocationsAreChosenInTheWhatListAndExportedByStatusEvenWithASelectionOfOrders() throws Exception {
        workspace.close();
        try (Store store = Store.open(dir.resolve("store"), Clock.systemUTC())) {
            TransferBook.fill(store);
        }
        workspace = Workspace.open(dir.resolve("store"), Clock.systemUTC());
        ExportViewModel model = new ExportViewModel(workspace, tasks, english, Set.of(new OrderKey("P1", "MAG-PARIS")));
        assertThat(model.statusDisabled().get()).as("the selection decides for orders").isTrue();

        model.kindProperty().set(ExportViewModel.Kind.TRANSFERS);

        assertThat(model.statusDisabled().get()).isFalse();
        assertThat(model.ordersOptionsDisabled().get()).isFalse();
        assertThat(model.suggestedFileName()).matches("transfers-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        model.targetProperty().set(dir.resolve("transfers.xlsx"));
        model.export();
        assertThat(model.messageProperty().get()).startsWith("Exported 8 lines in 2 sheet(s) or group(s), 1 file(s)")
                .endsWith("8 proposals marked as exported.");
        model.kindProperty().set(ExportViewModel.Kind.ALLOCATIONS);
        model.targetProperty().set(dir.resolve("allocations.xlsx"));
        model.export();
        assertThat(model.resultProperty().get().lines()).isEqualTo(3);
        assertThat(java.nio.file.Files.exists(dir.resolve("allocations.xlsx"))).isTrue();
    }

    @Test
    void aSelectionIsExportedWhateverTheStatusAndTheReviewFileIgnoresTheOrderOptions() {
        ExportViewModel model = new ExportViewModel(workspace, tasks, english,
                Set.of(new OrderKey("P1", "MAG-PARIS")));
        model.targetProperty().set(dir.resolve("one.xlsx"));
        model.statusProperty().set(reassort.app.export.ExportStatus.PROPOSED);

        model.export();

        assertThat(model.resultProperty().get().lines()).isEqualTo(1);
        model.kindProperty().set(ExportViewModel.Kind.REVIEW);
        assertThat(model.ordersOptionsDisabled().get()).isTrue();
        model.targetProperty().set(dir.resolve("review.xlsx"));
        model.export();
        assertThat(model.messageProperty().get()).startsWith("Wrote 10 proposals to review.xlsx.");
    }

    @Test
    void aFileThatIsNotAReviewFileIsToldAndNothingCanBeApplied() {
        ReviewViewModel model = new ReviewViewModel(workspace, tasks, english, null);
        ExportViewModel export = new ExportViewModel(workspace, tasks, english, Set.of());
        export.targetProperty().set(dir.resolve("orders.xlsx"));
        export.export();

        model.read(dir.resolve("orders.xlsx"));

        assertThat(model.messageProperty().get()).startsWith("Failed: orders.xlsx is not a Reassort review file");
        assertThat(model.canApply().get()).isFalse();
    }
}
