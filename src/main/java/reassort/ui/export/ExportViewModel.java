package reassort.ui.export;

import java.nio.file.Path;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import reassort.app.Workspace;
import reassort.app.export.ExportFormat;
import reassort.app.export.ExportKind;
import reassort.app.export.ExportLanguage;
import reassort.app.export.ExportRequest;
import reassort.app.export.ExportResult;
import reassort.app.export.ExportStatus;
import reassort.app.export.OrderKey;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;

/**
 * The export dialog's state: what to export (the orders of a status or a selection, the transfers or allocations of a
 * status, or the review file of every proposal), how (per supplier or per destination, format, language) and where;
 * runs the export as a background task and tells the outcome.
 */
public final class ExportViewModel {
    /** Orders leave to suppliers, transfers and allocations to the sites; the review file goes to a planner and back. */
    public enum Kind {
        ORDERS, TRANSFERS, ALLOCATIONS, REVIEW;

        ExportKind exportKind() {
            return switch (this) {
                case TRANSFERS -> ExportKind.TRANSFERS;
                case ALLOCATIONS -> ExportKind.ALLOCATIONS;
                default -> ExportKind.ORDERS;
            };
        }
    }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Set<OrderKey> selection;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ORDERS);
    private final ObjectProperty<ExportStatus> status = new SimpleObjectProperty<>(ExportStatus.APPROVED);
    private final BooleanProperty perLocation = new SimpleBooleanProperty(false);
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.XLSX);
    private final ObjectProperty<ExportLanguage> language;
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final BooleanProperty markExported = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<ExportResult> result = new SimpleObjectProperty<>();

    /** @param selection the proposals the planner selected, empty to export by status */
    public ExportViewModel(Workspace workspace, TaskRunner tasks, I18n i18n, Set<OrderKey> selection) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.i18n = i18n;
        this.selection = Set.copyOf(selection);
        this.language = new SimpleObjectProperty<>(ExportLanguage.of(i18n.locale()));
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public boolean hasSelection() {
        return !selection.isEmpty();
    }

    public int selectionSize() {
        return selection.size();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ExportStatus> statusProperty() {
        return status;
    }

    public BooleanProperty perLocationProperty() {
        return perLocation;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<ExportLanguage> languageProperty() {
        return language;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public BooleanProperty markExportedProperty() {
        return markExported;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<ExportResult> resultProperty() {
        return result;
    }

    /** Whether the export options (status, grouping, format) apply: not for the review file, always an XLSX. */
    public BooleanBinding ordersChosen() {
        return kind.isNotEqualTo(Kind.REVIEW);
    }

    /** The status choice applies unless the planner's selection of orders decides. */
    public BooleanExpression statusDisabled() {
        return hasSelection() ? ordersOptionsDisabled().or(kind.isEqualTo(Kind.ORDERS)) : ordersOptionsDisabled();
    }

    public BooleanBinding canExport() {
        return target.isNotNull().and(tasks.runningProperty().not());
    }

    /** A file name to propose in the save dialog. */
    public String suggestedFileName() {
        String day = java.time.LocalDate.now(workspace.clock()).toString();
        return switch (kind.get()) {
            case REVIEW -> i18n.text("export.file.review", day) + ".xlsx";
            case TRANSFERS -> i18n.text("export.file.transfers", day) + "." + format.get().extension();
            case ALLOCATIONS -> i18n.text("export.file.allocations", day) + "." + format.get().extension();
            case ORDERS -> i18n.text("export.file.orders", day) + "." + format.get().extension();
        };
    }

    public void export() {
        Path file = target.get();
        if (file == null) return;
        message.set("");
        if (kind.get() == Kind.REVIEW) {
            ExportLanguage lang = language.get();
            tasks.run(i18n.text("export.running"), progress -> workspace.reviews().writeReview(file, lang, progress),
                    rows -> message.set(i18n.text("export.review.done", i18n.integer(rows), file.getFileName())),
                    this::failed);
            return;
        }
        Kind what = kind.get();
        ExportRequest request = ExportRequest.of(status.get(), what == Kind.ORDERS ? selection : Set.of(),
                perLocation.get(), format.get(), language.get(), file, markExported.get());
        tasks.run(i18n.text("export.running"), progress -> workspace.exports(what.exportKind()).export(request, progress), done -> {
            result.set(done);
            message.set(i18n.text("export.done", i18n.integer(done.lines()), done.groups(), done.files().size(),
                    i18n.number(done.value(), 2), done.marked()));
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure, i18n));
    }

    /** Enabled state of the grouping/format controls, for the view to bind. */
    public BooleanExpression ordersOptionsDisabled() {
        return Bindings.not(ordersChosen()).or(tasks.runningProperty());
    }
}
