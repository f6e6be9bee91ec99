package reassort.ui.proposals;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import reassort.app.workbench.BulkEdit;
import reassort.ui.common.I18n;

/** The bulk edit of the selected proposals: choose the change, preview every proposal before and after, apply. */
final class BulkEditView {
    private final ProposalsViewModel model;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final ComboBox<BulkEdit.Kind> kind = new ComboBox<>();
    private final TextField value = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextField reason = new TextField();
    private final TableView<BulkEdit.Preview> preview = new TableView<>();
    private final Label problem = new Label();
    private BulkEdit previewed;

    BulkEditView(ProposalsViewModel model, Window owner) {
        this.model = model;
        this.i18n = model.i18n();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(i18n.text("proposals.bulk.title", model.selection().size()));
    }

    void show() {
        kind.setId("bulkKindChoice");
        kind.getItems().setAll(BulkEdit.Kind.values());
        kind.setValue(BulkEdit.Kind.SET_QUANTITY);
        javafx.util.Callback<javafx.scene.control.ListView<BulkEdit.Kind>, ListCell<BulkEdit.Kind>> cells = l -> new ListCell<>() {
            @Override
            protected void updateItem(BulkEdit.Kind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.text("proposals.bulk." + item.name()));
            }
        };
        kind.setCellFactory(cells);
        kind.setButtonCell(cells.call(null));
        value.setId("bulkValueField");
        date.setId("bulkDatePicker");
        date.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : d.format(i18n.dateFormat());
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return i18n.parseDate(text);
            }
        });
        reason.setId("bulkReasonField");
        problem.setId("bulkProblemLabel");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);
        value.disableProperty().bind(kind.valueProperty().isEqualTo(BulkEdit.Kind.SET_ORDER_DATE)
                .or(kind.valueProperty().isEqualTo(BulkEdit.Kind.ROUND_TO_PACKS)));
        date.disableProperty().bind(kind.valueProperty().isNotEqualTo(BulkEdit.Kind.SET_ORDER_DATE));
        kind.valueProperty().addListener((obs, o, n) -> clearPreview());
        value.textProperty().addListener((obs, o, n) -> clearPreview());
        date.valueProperty().addListener((obs, o, n) -> clearPreview());
        reason.textProperty().addListener((obs, o, n) -> clearPreview());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(i18n.text("proposals.bulk.kind")), kind);
        form.addRow(1, new Label(i18n.text("proposals.bulk.value")), value);
        form.addRow(2, new Label(i18n.text("proposals.bulk.date")), date);
        form.addRow(3, new Label(i18n.text("proposals.bulk.reason")), reason);

        preview.setId("bulkPreviewTable");
        preview.setPrefHeight(260);
        preview.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        preview.getColumns().add(column("proposals.col.sku", p -> p.row().sku()));
        preview.getColumns().add(column("proposals.col.location", p -> p.row().location()));
        preview.getColumns().add(column("proposals.bulk.old", p -> i18n.number(p.oldQuantity(), 0)));
        preview.getColumns().add(column("proposals.bulk.new", p -> i18n.number(p.newQuantity(), 0)));
        preview.getColumns().add(column("proposals.bulk.oldDate", p -> p.oldDate().format(i18n.dateFormat())));
        preview.getColumns().add(column("proposals.bulk.newDate", p -> p.newDate().format(i18n.dateFormat())));

        Button previewButton = new Button(i18n.text("proposals.bulk.preview"));
        previewButton.setId("bulkPreviewButton");
        previewButton.setDefaultButton(true);
        previewButton.setOnAction(e -> preview());
        Button apply = new Button(i18n.text("proposals.bulk.apply"));
        apply.setId("bulkApplyButton");
        apply.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(preview.getItems())
                .or(model.tasks().runningProperty()));
        apply.setOnAction(e -> {
            model.apply(previewed, List.copyOf(preview.getItems()));
            stage.close();
        });
        Button cancel = new Button(i18n.text("action.cancel"));
        cancel.setId("bulkCancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());

        VBox root = new VBox(10, form, previewButton, problem, preview, new HBox(8, apply, cancel));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 620, 520));
        stage.show();
    }

    private void clearPreview() {
        preview.getItems().clear();
        previewed = null;
    }

    private void preview() {
        problem.setText("");
        BulkEdit.Kind chosen = kind.getValue();
        double number = 0;
        if (chosen == BulkEdit.Kind.SET_QUANTITY || chosen == BulkEdit.Kind.CHANGE_PERCENT) {
            Double parsed = i18n.parseNumber(value.getText());
            if (parsed == null) {
                problem.setText(i18n.text("proposals.invalidQuantity", value.getText().strip()));
                return;
            }
            number = parsed;
            if (chosen == BulkEdit.Kind.SET_QUANTITY && number < 0) {
                problem.setText(i18n.text("proposals.negativeQuantity", i18n.number(number, 0)));
                return;
            }
        }
        if (reason.getText().isBlank()) {
            problem.setText(i18n.text("proposals.reason.missing"));
            return;
        }
        try {
            BulkEdit edit = new BulkEdit(chosen, number, date.getValue(), reason.getText());
            List<BulkEdit.Preview> rows = model.preview(edit);
            preview.getItems().setAll(rows);
            previewed = edit;
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private TableColumn<BulkEdit.Preview, String> column(String key, Function<BulkEdit.Preview, String> text) {
        TableColumn<BulkEdit.Preview, String> c = new TableColumn<>(i18n.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }
}
