package reassort.ui.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import reassort.app.workbench.AllocationDesk;
import reassort.app.workbench.AllocationRow;
import reassort.app.workbench.AuditLine;
import reassort.app.workbench.PlanStatus;
import reassort.app.workbench.TransferRow;
import reassort.ui.common.I18n;

/**
 * The allocation screen: run the allocation, import or reset its rules; the allocations and transfers in two sortable,
 * filtered grids (A approve, R reject with a reason, F2 or Enter edit the quantity with a reason); below, the selected
 * row's explanation, audit trail and its SKU's available to promise per channel and date.
 */
public final class AllocationView {
    private final AllocationViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<AllocationRow> allocationsTable = new TableView<>();
    private final TableView<TransferRow> transfersTable = new TableView<>();
    private final Tab transfersTab = new Tab();
    private String lastReason = "";

    public AllocationView(AllocationViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        root.setId("allocationRoot");
        root.setTop(new VBox(toolbar(), latestLine(), filters()));
        SplitPane split = new SplitPane(grids(), details());
        split.setId("allocationSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        root.setCenter(split);
        model.onFreshRows(this::reselect);
    }

    public Node node() {
        return root;
    }

    /** Reads the rows the first time the screen is shown. */
    public void shown() {
        model.load();
    }

    /** Selects the changed rows again (replacing a row in the list unselects it), the focused one last. */
    private void reselect() {
        reselect(allocationsTable, model.selectedAllocations().stream().map(AllocationRow::key).toList(), AllocationRow::key,
                model.selectedProperty().get() instanceof AllocationRow a ? a.key() : null);
        reselect(transfersTable, model.selectedTransfers().stream().map(TransferRow::key).toList(), TransferRow::key,
                model.selectedProperty().get() instanceof TransferRow t ? t.key() : null);
    }

    private static <T, K> void reselect(TableView<T> table, List<K> keys, Function<T, K> key, K focused) {
        if (keys.isEmpty()) return;
        java.util.Set<K> wanted = new java.util.HashSet<>(keys);
        List<Integer> at = new ArrayList<>();
        int focus = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            K k = key.apply(table.getItems().get(i));
            if (wanted.contains(k)) at.add(i);
            if (k.equals(focused)) focus = i;
        }
        if (at.isEmpty()) return;
        table.getSelectionModel().clearSelection();
        for (int i : at) if (i != focus) table.getSelectionModel().select(i);
        if (focus >= 0) table.getSelectionModel().select(focus);
        table.getFocusModel().focus(focus >= 0 ? focus : at.get(at.size() - 1));
    }

    private boolean onTransfers() {
        return transfersTab.isSelected();
    }

    // ---- toolbar -------------------------------------------------------------------------------------------------

    private Node toolbar() {
        Button run = button("runAllocationButton", "allocation.run", model::runAllocation);
        run.disableProperty().bind(model.tasks().runningProperty());
        Button rules = button("importRulesButton", "allocation.rules.import", this::chooseRules);
        rules.disableProperty().bind(model.tasks().runningProperty());
        Button defaults = button("resetRulesButton", "allocation.rules.resetButton", model::resetRules);
        defaults.disableProperty().bind(model.tasks().runningProperty());
        Button approve = button("allocationApproveButton", "proposals.approve", () -> model.approve(onTransfers()));
        Button reject = button("allocationRejectButton", "proposals.reject", this::reject);
        Button reset = button("allocationResetButton", "allocation.reset", () -> model.reset(onTransfers()));
        Button edit = button("allocationEditButton", "allocation.edit", this::edit);
        BooleanBinding nothingSelected = Bindings.createBooleanBinding(() -> onTransfers()
                ? transfersTable.getSelectionModel().getSelectedItems().isEmpty()
                : allocationsTable.getSelectionModel().getSelectedItems().isEmpty(),
                transfersTab.selectedProperty(), allocationsTable.getSelectionModel().getSelectedItems(),
                transfersTable.getSelectionModel().getSelectedItems());
        for (Button b : List.of(approve, reject, reset, edit)) {
            b.disableProperty().bind(nothingSelected.or(model.tasks().runningProperty()));
        }
        Label problem = new Label();
        problem.setId("allocationProblemLabel");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        HBox.setHgrow(problem, Priority.ALWAYS);
        HBox bar = new HBox(8, run, rules, defaults, new Separator(Orientation.VERTICAL), edit, approve, reject, reset,
                problem);
        bar.setPadding(new Insets(6, 8, 2, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node latestLine() {
        Label latest = new Label();
        latest.setId("allocationLatestLabel");
        latest.textProperty().bind(model.latestTextProperty());
        Label count = new Label();
        count.setId("allocationCountLabel");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("allocation.count",
                i18n.integer(model.allocations().size()), i18n.integer(model.allocationCount()),
                i18n.integer(model.transfers().size()), i18n.integer(model.transferCount())),
                model.allocations(), model.transfers()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, latest, spacer, count);
        line.setPadding(new Insets(2, 8, 2, 8));
        return line;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void chooseRules() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("allocation.rules.import"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("*", "*.*"));
        java.io.File chosen = chooser.showOpenDialog(window());
        if (chosen != null) model.importRules(chosen.toPath());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ---- filters -------------------------------------------------------------------------------------------------

    private Node filters() {
        TextField search = new TextField();
        search.setId("allocationSearchField");
        search.setPromptText(i18n.text("allocation.search"));
        search.setPrefColumnCount(16);
        search.textProperty().addListener((obs, old, text) -> model.filterProperty().set(model.filterProperty().get()
                .withSearch(text)));
        ComboBox<String> location = choice("allocationLocationFilter", model.locations(), Function.identity(),
                v -> model.filterProperty().set(model.filterProperty().get().withLocation(v)));
        ComboBox<String> channel = choice("allocationChannelFilter", model.channels(), Function.identity(),
                v -> model.filterProperty().set(model.filterProperty().get().withChannel(v)));
        ComboBox<PlanStatus> status = choice("allocationStatusFilter",
                javafx.collections.FXCollections.observableArrayList(PlanStatus.values()),
                s -> i18n.text("proposals.status." + s.name()),
                v -> model.filterProperty().set(model.filterProperty().get().withStatus(v)));
        CheckBox scarce = new CheckBox(i18n.text("allocation.filter.scarce"));
        scarce.setMinWidth(Region.USE_PREF_SIZE);
        scarce.setId("allocationScarceOnly");
        scarce.selectedProperty().addListener((obs, old, on) -> model.filterProperty().set(model.filterProperty().get()
                .withScarceOnly(on)));
        Button clear = new Button(i18n.text("proposals.clearFilters"));
        clear.setId("allocationClearFilters");
        clear.setOnAction(e -> {
            search.clear();
            location.setValue(null);
            channel.setValue(null);
            status.setValue(null);
            scarce.setSelected(false);
            model.filterProperty().set(AllocationFilter.ALL);
        });
        HBox bar = new HBox(8, search, labelled("proposals.filter.location", location),
                labelled("allocation.filter.channel", channel), labelled("proposals.filter.status", status), scarce,
                clear);
        bar.setPadding(new Insets(2, 8, 6, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node labelled(String key, ComboBox<?> box) {
        Label label = new Label(i18n.text(key));
        label.setLabelFor(box);
        label.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(140);
        HBox pair = new HBox(4, label, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    /** A one-choice filter: "All" (null) or one value. */
    private <T> ComboBox<T> choice(String id, ObservableList<T> values, Function<T, String> text,
            java.util.function.Consumer<T> chosen) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            T kept = box.getValue();
            List<T> items = new ArrayList<>();
            items.add(null);
            items.addAll(values);
            box.getItems().setAll(items);
            box.setValue(kept != null && values.contains(kept) ? kept : null);
        };
        fill.run();
        values.addListener((ListChangeListener<T>) c -> fill.run());
        javafx.util.Callback<ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? i18n.text("proposals.filter.all") : text.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.valueProperty().addListener((obs, old, value) -> chosen.accept(value));
        return box;
    }

    // ---- grids ---------------------------------------------------------------------------------------------------

    private Node grids() {
        allocationsTable.setId("allocationsTable");
        allocationsTable.setItems(model.allocations());
        model.allocations().comparatorProperty().bind(allocationsTable.comparatorProperty());
        allocationsTable.getColumns().setAll(List.of(
                text("alloc_sku", "proposals.col.sku", AllocationRow::sku),
                text("alloc_label", "proposals.col.label", AllocationRow::label),
                text("alloc_location", "proposals.col.location", AllocationRow::location),
                text("alloc_channel", "allocation.col.channel", AllocationRow::channel),
                text("alloc_source", "proposals.col.source", AllocationRow::source),
                number("alloc_priority", "allocation.col.priority", r -> (double) r.priority()),
                number("alloc_need", "allocation.col.need", AllocationRow::need),
                number("alloc_position", "allocation.col.position", AllocationRow::position),
                number("alloc_daily", "allocation.col.daily", AllocationRow::dailyDemand),
                number("alloc_supply", "allocation.col.supply", AllocationRow::supply),
                number("alloc_computed", "allocation.col.computed", AllocationRow::quantity),
                number("alloc_edited", "allocation.col.edited", AllocationRow::editedQuantity),
                number("alloc_effective", "allocation.col.effective", AllocationRow::effectiveQuantity),
                text("alloc_scarce", "allocation.col.scarce", r -> r.scarce() ? i18n.text("allocation.scarce") : ""),
                text("alloc_status", "proposals.col.status", r -> i18n.text("proposals.status." + r.status().name())),
                text("alloc_reason", "allocation.col.reason", AllocationRow::reason)));
        setUp(allocationsTable, () -> model.selectAllocation(allocationsTable.getSelectionModel().getSelectedItem(),
                List.copyOf(allocationsTable.getSelectionModel().getSelectedItems())));

        transfersTable.setId("transfersTable");
        transfersTable.setItems(model.transfers());
        model.transfers().comparatorProperty().bind(transfersTable.comparatorProperty());
        transfersTable.getColumns().setAll(List.of(
                text("transfer_sku", "proposals.col.sku", TransferRow::sku),
                text("transfer_label", "proposals.col.label", TransferRow::label),
                text("transfer_from", "allocation.col.from", TransferRow::from),
                text("transfer_to", "allocation.col.to", TransferRow::to),
                number("transfer_computed", "allocation.col.computed", TransferRow::quantity),
                number("transfer_edited", "allocation.col.edited", TransferRow::editedQuantity),
                number("transfer_effective", "allocation.col.effective", TransferRow::effectiveQuantity),
                number("transfer_benefit", "allocation.col.benefit", TransferRow::benefit),
                number("transfer_cost", "allocation.col.cost", TransferRow::cost),
                text("transfer_status", "proposals.col.status", r -> i18n.text("proposals.status." + r.status().name())),
                text("transfer_reason", "allocation.col.reason", TransferRow::reason)));
        setUp(transfersTable, () -> model.selectTransfer(transfersTable.getSelectionModel().getSelectedItem(),
                List.copyOf(transfersTable.getSelectionModel().getSelectedItems())));

        Tab allocationsTab = new Tab(i18n.text("allocation.allocations"), allocationsTable);
        allocationsTab.setId("allocationsGridTab");
        transfersTab.setText(i18n.text("allocation.transfers"));
        transfersTab.setContent(transfersTable);
        transfersTab.setId("transfersGridTab");
        TabPane tabs = new TabPane(allocationsTab, transfersTab);
        tabs.setId("allocationGridTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private <T> void setUp(TableView<T> table, Runnable selectionChanged) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(24);
        table.setTableMenuButtonVisible(true);
        table.setPrefSize(760, 360);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<T>) c -> selectionChanged.run());
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) return;
            if (e.getCode() == KeyCode.A) {
                model.approve(onTransfers());
            } else if (e.getCode() == KeyCode.R) {
                reject();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                edit();
            } else {
                return;
            }
            e.consume();
        });
        Label empty = new Label(i18n.text("allocation.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(460);
        table.setPlaceholder(empty);
    }

    private <T> TableColumn<T, String> text(String id, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(i18n.text(key));
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(id.endsWith("label") || id.endsWith("reason") ? 160 : 85);
        return c;
    }

    private <T> TableColumn<T, Double> number(String id, String key, Function<T, Double> value) {
        TableColumn<T, Double> c = new TableColumn<>(i18n.text(key));
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setComparator(Double::compare);
        c.setPrefWidth(80);
        c.setCellFactory(col -> new TableCell<>() {
            {
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }

            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format(v));
            }
        });
        return c;
    }

    private String format(double value) {
        return Double.isNaN(value) ? "" : i18n.number(value, value == Math.rint(value) ? 0 : 2);
    }

    // ---- changes -------------------------------------------------------------------------------------------------

    private void edit() {
        if (onTransfers()) {
            TransferRow row = transfersTable.getSelectionModel().getSelectedItem();
            if (row == null) return;
            askQuantity(i18n.text("allocation.edit.transfer", row.sku(), row.from(), row.to()), row.effectiveQuantity())
                    .ifPresent(edit -> model.edit(row, edit.quantity(), edit.reason()));
            transfersTable.requestFocus();
        } else {
            AllocationRow row = allocationsTable.getSelectionModel().getSelectedItem();
            if (row == null) return;
            askQuantity(i18n.text("allocation.edit.allocation", row.sku(), row.location(), row.channel()),
                    row.effectiveQuantity()).ifPresent(edit -> model.edit(row, edit.quantity(), edit.reason()));
            allocationsTable.requestFocus();
        }
    }

    private record Edit(double quantity, String reason) {}

    /** The quantity and its reason, both checked before the dialog closes. */
    private Optional<Edit> askQuantity(String header, double current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(i18n.text("allocation.edit.title"));
        dialog.setHeaderText(header);
        TextField quantity = new TextField(format(current));
        quantity.setId("allocationQuantityField");
        TextField reason = new TextField(lastReason);
        reason.setId("allocationReasonField");
        reason.setPrefColumnCount(32);
        Label problem = new Label();
        problem.setId("allocationEditProblem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.text("allocation.edit.quantity")), quantity);
        form.addRow(1, new Label(i18n.text("allocation.edit.reason")), reason);
        form.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Double[] typed = new Double[1];
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            typed[0] = model.quantity(quantity.getText());
            if (typed[0] == null) {
                quantity.requestFocus();
                e.consume();
            } else if (!model.hasReason(reason.getText())) {
                reason.requestFocus();
                e.consume();
            }
        });
        javafx.application.Platform.runLater(() -> {
            quantity.requestFocus();
            quantity.selectAll();
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        problem.textProperty().unbind();
        if (answer.orElse(ButtonType.CANCEL) != ButtonType.OK || typed[0] == null) {
            model.problemProperty().set("");
            return Optional.empty();
        }
        lastReason = reason.getText().strip();
        return Optional.of(new Edit(typed[0], lastReason));
    }

    private void reject() {
        boolean transfers = onTransfers();
        int selected = transfers ? transfersTable.getSelectionModel().getSelectedItems().size()
                : allocationsTable.getSelectionModel().getSelectedItems().size();
        if (selected == 0) return;
        TextInputDialog dialog = new TextInputDialog(lastReason);
        dialog.initOwner(window());
        dialog.setTitle(i18n.text("allocation.reject.title"));
        dialog.setHeaderText(i18n.text("allocation.reject.header", selected));
        dialog.setContentText(i18n.text("allocation.edit.reason"));
        dialog.getEditor().setId("rejectReasonField");
        dialog.getEditor().setPrefColumnCount(32);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.hasReason(dialog.getEditor().getText())) {
                dialog.setHeaderText(model.problemProperty().get());
                e.consume();
            }
        });
        Optional<String> reason = dialog.showAndWait().map(String::strip).filter(r -> !r.isEmpty());
        if (reason.isEmpty()) {
            model.problemProperty().set("");
            return;
        }
        lastReason = reason.get();
        model.reject(transfers, reason.get());
    }

    // ---- details -------------------------------------------------------------------------------------------------

    private Node details() {
        TextArea explanation = new TextArea();
        explanation.setId("allocationExplanationArea");
        explanation.setEditable(false);
        explanation.setStyle("-fx-font-family: monospace;");
        explanation.textProperty().bind(model.explanationProperty());

        TableView<AuditLine> audit = new TableView<>(model.audit());
        audit.setId("allocationAuditTable");
        audit.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        audit.getColumns().add(column("proposals.audit.at", e -> i18n.dateTimeFormat()
                .format(e.at().atZone(java.time.ZoneId.systemDefault()))));
        audit.getColumns().add(column("proposals.audit.actor", AuditLine::actor));
        audit.getColumns().add(column("proposals.audit.action", AuditLine::action));
        audit.getColumns().add(column("proposals.audit.old", AuditLine::oldValue));
        audit.getColumns().add(column("proposals.audit.new", AuditLine::newValue));
        audit.getColumns().add(column("proposals.audit.reason", AuditLine::reason));

        TableView<AllocationDesk.AtpLine> atp = new TableView<>(model.availability());
        atp.setId("atpTable");
        atp.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        atp.getColumns().add(column("proposals.col.location", AllocationDesk.AtpLine::location));
        atp.getColumns().add(column("allocation.col.channel", AllocationDesk.AtpLine::channel));
        atp.getColumns().add(column("allocation.atp.from", l -> date(l.from())));
        atp.getColumns().add(column("allocation.atp.available", l -> format(l.available())));
        atp.getColumns().add(column("allocation.atp.free", l -> format(l.free())));
        atp.getColumns().add(column("allocation.atp.withheld", l -> format(l.withheld())));
        atp.getColumns().add(column("allocation.atp.rule", AllocationDesk.AtpLine::rule));
        for (int i = 3; i < 6; i++) atp.getColumns().get(i).setStyle("-fx-alignment: CENTER-RIGHT;");
        Label web = new Label();
        web.setId("atpWebLabel");
        web.textProperty().bind(model.webPoolProperty());
        VBox atpBox = new VBox(4, atp, web);
        VBox.setVgrow(atp, Priority.ALWAYS);
        atpBox.setPadding(new Insets(4));

        Tab explanationTab = new Tab(i18n.text("proposals.explanation"), explanation);
        explanationTab.setId("allocationExplanationTab");
        Tab atpTab = new Tab(i18n.text("allocation.atp"), atpBox);
        atpTab.setId("atpTab");
        Tab auditTab = new Tab(i18n.text("proposals.audit"), audit);
        auditTab.setId("allocationAuditTab");
        TabPane right = new TabPane(atpTab, auditTab);
        right.setId("allocationSideTabs");
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TabPane left = new TabPane(explanationTab);
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane panel = new SplitPane(left, right);
        panel.setId("allocationDetails");
        panel.setDividerPositions(0.5);
        return panel;
    }

    private String date(LocalDate date) {
        return date == null ? "" : date.format(i18n.dateFormat());
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(i18n.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
