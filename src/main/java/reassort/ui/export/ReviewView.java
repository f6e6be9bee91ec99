package reassort.ui.export;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import reassort.app.export.ReviewChange;
import reassort.app.export.ReviewIssue;
import reassort.ui.common.I18n;

/**
 * File → Import reviewed file…: the differences between the planner's edited file and the store, one row per
 * changed proposal with a tick (conflicts unticked), the cells that cannot be taken, and Apply.
 */
public final class ReviewView {
    private final ReviewViewModel model;
    private final Window owner;
    private final I18n i18n;

    public ReviewView(ReviewViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
        this.i18n = model.i18n();
    }

    public Stage show() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.text("review.title"));

        TableView<ReviewRow> table = new TableView<>(model.rows());
        table.setId("reviewTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReviewRow, Boolean> apply = new TableColumn<>(i18n.text("review.apply"));
        apply.setCellValueFactory(c -> c.getValue().acceptedProperty());
        apply.setCellFactory(CheckBoxTableCell.forTableColumn(apply));
        apply.setEditable(true);
        table.getColumns().add(apply);
        table.getColumns().add(text("review.row", c -> Long.toString(c.row())));
        table.getColumns().add(text("review.sku", ReviewChange::sku));
        table.getColumns().add(text("review.location", ReviewChange::location));
        table.getColumns().add(text("review.quantity", c -> c.quantityChanged()
                ? i18n.number(c.exportedQuantity(), 0) + " → " + i18n.number(c.newQuantity(), 0) : ""));
        table.getColumns().add(text("review.date", c -> c.dateChanged()
                ? date(c.exportedDate()) + " → " + date(c.newDate()) : ""));
        table.getColumns().add(text("review.reason", ReviewChange::newReason));
        table.getColumns().add(text("review.conflict", c -> c.conflict()
                ? i18n.text("review.conflictNow", i18n.number(c.currentQuantity(), 0), date(c.currentDate())) : ""));

        TableView<ReviewIssue> issues = new TableView<>(model.issues());
        issues.setId("reviewIssuesTable");
        issues.setPrefHeight(140);
        issues.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        issues.getColumns().add(issueColumn("issue.sheet", ReviewIssue::sheet));
        issues.getColumns().add(issueColumn("issue.row", i -> Long.toString(i.row())));
        issues.getColumns().add(issueColumn("issue.column", ReviewIssue::column));
        issues.getColumns().add(issueColumn("issue.value", ReviewIssue::value));
        issues.getColumns().add(issueColumn("issue.reason", ReviewIssue::message));
        issues.visibleProperty().bind(Bindings.isNotEmpty(model.issues()));
        issues.managedProperty().bind(issues.visibleProperty());

        Label message = new Label();
        message.setId("reviewMessageLabel");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("reviewProgress");
        progress.progressProperty().bind(model.tasks().progressProperty());
        progress.visibleProperty().bind(model.tasks().runningProperty());
        Button all = new Button(i18n.text("review.all"));
        all.setId("reviewAllButton");
        all.setOnAction(e -> model.setAllAccepted(true));
        Button none = new Button(i18n.text("review.none"));
        none.setId("reviewNoneButton");
        none.setOnAction(e -> model.setAllAccepted(false));
        Button applyButton = new Button(i18n.text("review.applyButton"));
        applyButton.setId("reviewApplyButton");
        applyButton.setDefaultButton(true);
        applyButton.disableProperty().bind(model.canApply().not());
        applyButton.setOnAction(e -> model.apply());
        Button close = new Button(i18n.text("action.close"));
        close.setId("reviewCloseButton");
        close.setCancelButton(true);
        close.disableProperty().bind(model.tasks().runningProperty());
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (model.tasks().runningProperty().get()) e.consume();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, all, none, spacer, applyButton, close);
        VBox bottom = new VBox(8, issues, message, buttons);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(table, null, null, bottom, null);
        root.setId("reviewRoot");
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 1000, 600));
        stage.show();
        return stage;
    }

    private String date(LocalDate date) {
        return date == null ? "" : date.format(i18n.dateFormat());
    }

    private TableColumn<ReviewRow, String> text(String key, java.util.function.Function<ReviewChange, String> value) {
        TableColumn<ReviewRow, String> column = new TableColumn<>(i18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue().change())));
        column.setEditable(false);
        return column;
    }

    private TableColumn<ReviewIssue, String> issueColumn(String key, java.util.function.Function<ReviewIssue, String> value) {
        TableColumn<ReviewIssue, String> column = new TableColumn<>(i18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
