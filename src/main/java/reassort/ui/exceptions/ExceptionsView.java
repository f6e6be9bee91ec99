package reassort.ui.exceptions;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import reassort.engine.kpi.ExceptionItem;
import reassort.engine.kpi.ExceptionType;
import reassort.ui.common.I18n;

/** The exceptions list: filter by type, search, and open an item with a double-click or Enter. */
public final class ExceptionsView {
    private final ExceptionsViewModel model;
    private final BorderPane root = new BorderPane();

    public ExceptionsView(ExceptionsViewModel model) {
        this.model = model;
        I18n i18n = model.i18n();

        List<ExceptionType> types = new ArrayList<>();
        types.add(null);
        types.addAll(List.of(ExceptionType.values()));
        ComboBox<ExceptionType> type = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(types));
        type.setId("exceptionTypeFilter");
        type.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ExceptionType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : model.typeLabel(item));
            }
        });
        type.setButtonCell(type.getCellFactory().call(null));
        type.getSelectionModel().select(0);
        type.valueProperty().bindBidirectional(model.typeFilterProperty());

        TextField search = new TextField();
        search.setId("exceptionSearchField");
        search.setPromptText(i18n.text("exceptions.search"));
        search.textProperty().bindBidirectional(model.searchProperty());

        Spinner<Double> overstock = new Spinner<>(2.0, 208.0, model.overstockWeeksProperty().get(), 1.0);
        overstock.setId("overstockWeeksSpinner");
        overstock.setEditable(true);
        overstock.setPrefWidth(90);
        overstock.valueProperty().addListener((obs, old, weeks) -> model.overstockWeeksProperty().set(weeks));
        Label overstockLabel = new Label(i18n.text("exceptions.overstockWeeks"));
        overstockLabel.setLabelFor(overstock);

        Button refresh = new Button(i18n.text("exceptions.refresh"));
        refresh.setId("exceptionsRefreshButton");
        refresh.setOnAction(e -> model.refresh());

        Label count = new Label();
        count.setId("exceptionCountLabel");
        count.textProperty().bind(model.countTextProperty());
        Label message = new Label();
        message.setId("exceptionsMessageLabel");
        message.textProperty().bind(model.messageProperty());
        message.setStyle("-fx-text-fill: #555;");

        TableView<ExceptionItem> table = new TableView<>(model.shown());
        table.setId("exceptionsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("exceptions.empty")));
        TableColumn<ExceptionItem, String> severity = column(i18n.text("exceptions.col.severity"), model::severityLabel, 70);
        severity.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                ExceptionItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(item == null ? "" : switch (item.severity()) {
                    case HIGH -> "-fx-text-fill: #b00020; -fx-font-weight: bold;";
                    case MEDIUM -> "-fx-text-fill: #a05a00;";
                    case LOW -> "-fx-text-fill: #555;";
                });
            }
        });
        table.getColumns().add(severity);
        table.getColumns().add(column(i18n.text("exceptions.col.type"), e -> model.typeLabel(e.type()), 140));
        table.getColumns().add(column(i18n.text("exceptions.col.item"), ExceptionItem::item, 190));
        table.getColumns().add(column(i18n.text("exceptions.col.supplier"),
                e -> e.supplier() == null ? "" : e.supplier(), 80));
        table.getColumns().add(column(i18n.text("exceptions.col.why"), model::explain, 600));
        table.setRowFactory(t -> {
            TableRow<ExceptionItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) model.open(row.getItem());
            });
            return row;
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Button open = new Button(i18n.text("exceptions.open"));
        open.setId("exceptionOpenButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem()));

        Label title = new Label(i18n.text("exceptions.title"));
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        HBox filters = new HBox(8, type, search, overstockLabel, overstock, refresh, open, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.SOMETIMES);
        VBox top = new VBox(8, title, filters, message);
        top.setPadding(new Insets(16, 16, 8, 16));
        root.setTop(top);
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
        root.setCenter(table);
        root.setId("exceptionsPane");
    }

    public Node node() {
        return root;
    }

    /** Called when the list's tab comes to the front. */
    public void shown() {
        model.shown(false);
    }

    private static TableColumn<ExceptionItem, String> column(String title,
            java.util.function.Function<ExceptionItem, String> text, double width) {
        TableColumn<ExceptionItem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
