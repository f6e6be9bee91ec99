package reassort.ui.export;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import reassort.app.Workspace;
import reassort.app.export.ReviewChange;
import reassort.app.export.ReviewDiff;
import reassort.app.export.ReviewIssue;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;

/**
 * The re-import of an edited review file: reads it in the background, shows every change (ticked unless it is a
 * conflict) and every cell that cannot be taken, and applies the ticked changes.
 */
public final class ReviewViewModel {
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Runnable onApplied;
    private final ObservableList<ReviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ReviewIssue> issues = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewDiff> diff = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public ReviewViewModel(Workspace workspace, TaskRunner tasks, I18n i18n, Runnable onApplied) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.i18n = i18n;
        this.onApplied = onApplied == null ? () -> {} : onApplied;
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public ObservableList<ReviewRow> rows() {
        return rows;
    }

    public ObservableList<ReviewIssue> issues() {
        return issues;
    }

    public ObjectProperty<ReviewDiff> diffProperty() {
        return diff;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Applying needs a diff without errors and no task running. */
    public BooleanBinding canApply() {
        return diff.isNotNull().and(javafx.beans.binding.Bindings.isEmpty(issues)).and(tasks.runningProperty().not());
    }

    public void read(Path file) {
        message.set(i18n.text("review.reading", file.getFileName()));
        tasks.run(i18n.text("review.reading", file.getFileName()), progress -> workspace.reviews().read(file, progress),
                read -> {
                    diff.set(read);
                    rows.setAll(read.changes().stream().map(ReviewRow::new).toList());
                    issues.setAll(read.issues());
                    message.set(i18n.text("review.summary", i18n.integer(read.rows()), i18n.integer(read.unchanged()),
                            read.changes().size(), read.conflicts(), read.issues().size()));
                }, this::failed);
    }

    public void setAllAccepted(boolean accepted) {
        rows.forEach(r -> r.acceptedProperty().set(accepted));
    }

    public void apply() {
        ReviewDiff read = diff.get();
        if (read == null) return;
        Set<ReviewChange> accepted = new HashSet<>();
        for (ReviewRow row : rows) if (row.acceptedProperty().get()) accepted.add(row.change());
        tasks.run(i18n.text("review.applying"), progress -> workspace.reviews().apply(read, accepted::contains),
                applied -> {
                    message.set(i18n.text("review.applied", applied));
                    diff.set(null);
                    rows.clear();
                    onApplied.run();
                }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure, i18n));
    }
}
