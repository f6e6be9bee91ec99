package reassort.ui.proposals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import reassort.app.workbench.FlagKind;
import reassort.app.workbench.GridColumn;
import reassort.app.workbench.ProposalFilter;
import reassort.app.workbench.ProposalGrid;
import reassort.app.workbench.AuditLine;
import reassort.app.workbench.GridRow;
import reassort.app.workbench.PlanStatus;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;

/**
 * The proposals screen: the navigator (search, filters, saved views) on the left, the virtualised grid of every
 * proposal in the middle, the selected proposal's explanation and audit trail below; keyboard first (A approve,
 * R reject, F2 edit, Ctrl+Z / Ctrl+Y undo and redo, Ctrl+F search, Ctrl+B bulk edit).
 */
public final class ProposalsView {
    static final String TABLE = "proposals";
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination BULK = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);

    private final ProposalsViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<GridRow> table = new TableView<>(); 
    private final TextField search = new TextField();
    private String lastReason = "";

    public ProposalsView(ProposalsViewModel model, Navigation navigation) {
        this.model = model;
        this.i18n = model.i18n();
        root.setId("proposalsRoot");
        root.setTop(toolbar());
        root.setLeft(navigator());
        SplitPane split = new SplitPane(grid(), details());
        split.setId("proposalsSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(model.preferences().divider("proposals", 0.68));
        split.getDividers().get(0).positionProperty().addListener((obs, old, now) ->
                model.preferences().setDivider("proposals", now.doubleValue()));
        root.setCenter(split);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        model.onFreshRows(this::reselect);
        navigation.onShowProposal(ref -> model.load(() -> reveal(ref.sku(), ref.location())));
    }

    public Node node() {
        return root;
    }

    /** Loads the proposals the first time the screen is shown. */
    public void shown() {
        model.load(() -> {});
    }

    private void reselect() {
        int[] at = model.selectedPositions();
        if (at.length == 0) return;
        model.quietly(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(at[at.length - 1], java.util.Arrays.copyOf(at, at.length - 1));
            table.getSelectionModel().select(at[0]);
            table.getFocusModel().focus(at[0]);
        });
        model.select(table.getSelectionModel().getSelectedItem(),
                List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    private void reveal(String sku, String location) {
        int at = model.reveal(sku, location);
        if (at < 0) return;
        table.getSelectionModel().clearAndSelect(at);
        table.getFocusModel().focus(at);
        table.scrollTo(Math.max(0, at - 3));
        table.requestFocus();
    }

    // ---- toolbar -----------------------------------------------------------------------------------------------

    private Node toolbar() {
        Button plan = button("runPlanButton", "proposals.runPlan", model::runPlan);
        plan.disableProperty().bind(model.tasks().runningProperty());
        Button approve = button("approveButton", "proposals.approve", model::approveSelection);
        Button reject = button("rejectButton", "proposals.reject", this::reject);
        Button bulk = button("bulkEditButton", "proposals.bulkEdit", this::openBulkEdit);
        var nothingSelected = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        for (Button b : List.of(approve, reject, bulk)) {
            b.disableProperty().bind(nothingSelected.or(model.tasks().runningProperty()));
        }
        Button undo = button("undoButton", "proposals.undo", model::undo);
        undo.setTooltip(new Tooltip("Ctrl+Z"));
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.tasks().runningProperty()));
        Button redo = button("redoButton", "proposals.redo", model::redo);
        redo.setTooltip(new Tooltip("Ctrl+Y"));
        redo.disableProperty().bind(model.canRedoProperty().not().or(model.tasks().runningProperty()));
        Label count = new Label();
        count.setId("proposalsCountLabel");
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("proposals.count",
                i18n.integer(model.rows().size()), i18n.integer(model.totalProperty().get())), model.rows(),
                model.totalProperty()));
        Label problem = new Label();
        problem.setId("proposalsProblemLabel");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, plan, approve, reject, bulk, undo, redo, problem, spacer, count);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void shortcut(KeyEvent e) {
        if (UNDO.match(e)) {
            model.undo();
        } else if (REDO.match(e)) {
            model.redo();
        } else if (SEARCH.match(e)) {
            search.requestFocus();
        } else if (BULK.match(e)) {
            openBulkEdit();
        } else {
            return;
        }
        e.consume();
    }

    // ---- navigator ---------------------------------------------------------------------------------------------

    private Node navigator() {
        search.setId("proposalsSearchField");
        search.setPromptText(i18n.text("proposals.search"));
        search.textProperty().addListener((obs, old, text) ->
                model.filterProperty().set(model.filterProperty().get().withSearch(text)));

        ComboBox<String> category = facet("categoryFilter", ProposalGrid.Facets::categories, Function.identity(),
                (f, v) -> f.withCategories(v), ProposalFilter::categories);
        ComboBox<String> source = facet("sourceFilter", ProposalGrid.Facets::sources, Function.identity(),
                (f, v) -> f.withSources(v), ProposalFilter::sources);
        ComboBox<String> location = facet("locationFilter", ProposalGrid.Facets::locations, Function.identity(),
                (f, v) -> f.withLocations(v), ProposalFilter::locations);
        ComboBox<String> channel = facet("channelFilter", ProposalGrid.Facets::channels, Function.identity(),
                (f, v) -> f.withChannels(v), ProposalFilter::channels);
        ComboBox<String> classes = facet("classFilter", ProposalGrid.Facets::classes, Function.identity(),
                (f, v) -> f.withClasses(v), ProposalFilter::classes);
        ComboBox<PlanStatus> status = facet("statusFilter", f -> List.of(PlanStatus.values()),
                s -> i18n.text("proposals.status." + s.name()), (f, v) -> f.withStatuses(v), ProposalFilter::statuses);
        ComboBox<FlagKind> flag = facet("flagFilter", ProposalGrid.Facets::flags,
                k -> i18n.text("proposals.flag." + k.name()), (f, v) -> f.withFlags(v), ProposalFilter::flags);
        model.filterProperty().addListener((obs, old, now) -> {
            if (!search.getText().strip().equals(now.search())) search.setText(now.search());
        });

        Button clear = new Button(i18n.text("proposals.clearFilters"));
        clear.setId("clearFiltersButton");
        clear.setOnAction(e -> model.filterProperty().set(ProposalFilter.ALL));

        ListView<String> views = new ListView<>(model.savedViews());
        views.setId("savedViewsList");
        views.setPrefHeight(120);
        views.getSelectionModel().selectedItemProperty().addListener((obs, old, name) -> {
            if (name != null) model.applyView(name);
        });
        TextField viewName = new TextField();
        viewName.setId("viewNameField");
        viewName.setPromptText(i18n.text("proposals.view.name"));
        Button save = new Button(i18n.text("proposals.view.save"));
        save.setId("saveViewButton");
        save.disableProperty().bind(viewName.textProperty().isEmpty());
        save.setOnAction(e -> {
            model.saveView(viewName.getText());
            viewName.clear();
        });
        Button delete = new Button(i18n.text("proposals.view.delete"));
        delete.setId("deleteViewButton");
        delete.disableProperty().bind(views.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deleteView(views.getSelectionModel().getSelectedItem()));

        Label filters = new Label(i18n.text("proposals.filters"));
        filters.setStyle("-fx-font-weight: bold;");
        Label saved = new Label(i18n.text("proposals.views"));
        saved.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(6, search, filters,
                labelled("proposals.filter.category", category), labelled("proposals.filter.source", source),
                labelled("proposals.filter.location", location), labelled("proposals.filter.channel", channel),
                labelled("proposals.filter.class", classes),
                labelled("proposals.filter.status", status), labelled("proposals.filter.flag", flag), clear,
                saved, views, viewName, new HBox(6, save, delete));
        box.setId("proposalsNavigator");
        box.setPadding(new Insets(8));
        box.setPrefWidth(230);
        return box;
    }

    private Node labelled(String key, ComboBox<?> box) {
        Label label = new Label(i18n.text(key));
        label.setLabelFor(box);
        box.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, label, box);
    }

    /** A one-choice filter: "All" (null) or one value; follows the filter when a saved view changes it. */
    private <T> ComboBox<T> facet(String id, Function<ProposalGrid.Facets, List<T>> values, Function<T, String> text,
            java.util.function.BiFunction<ProposalFilter, Set<T>, ProposalFilter> with,
            Function<ProposalFilter, Set<T>> current) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            List<T> items = new ArrayList<>();
            items.add(null);
            items.addAll(values.apply(model.facetsProperty().get()));
            T chosen = box.getValue();
            box.getItems().setAll(items);
            box.setValue(chosen);
        };
        fill.run();
        model.facetsProperty().addListener((obs, old, now) -> fill.run());
        javafx.util.Callback<ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? i18n.text("proposals.filter.all") : text.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.valueProperty().addListener((obs, old, value) -> {
            Set<T> chosen = value == null ? Set.of() : Set.of(value);
            if (!chosen.equals(current.apply(model.filterProperty().get()))) {
                model.filterProperty().set(with.apply(model.filterProperty().get(), chosen));
            }
        });
        model.filterProperty().addListener((obs, old, now) -> {
            Set<T> chosen = current.apply(now);
            T value = chosen.size() == 1 ? chosen.iterator().next() : null;
            if (!java.util.Objects.equals(value, box.getValue())) {
                if (value != null && !box.getItems().contains(value)) box.getItems().add(value);
                box.setValue(value);
            }
        });
        return box;
    }

    // ---- grid --------------------------------------------------------------------------------------------------

    private Node grid() {
        table.setId("proposalsTable");
        table.setItems(model.rows());
        table.setEditable(true);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(false);
        table.setFixedCellSize(24);
        table.setPrefSize(760, 420); // scrolls sideways: the window must not grow to every column's width
        Map<String, TableColumn<GridRow, GridRow>> byId = new HashMap<>();
        for (GridColumn column : GridColumn.values()) byId.put(columnId(column), column(column));
        List<TableColumn<GridRow, GridRow>> ordered = new ArrayList<>();
        for (String id : model.preferences().columnOrder(TABLE)) {
            if (byId.containsKey(id)) ordered.add(byId.remove(id));
        }
        for (GridColumn column : GridColumn.values()) {
            if (byId.containsKey(columnId(column))) ordered.add(byId.remove(columnId(column)));
        }
        Set<String> hidden = model.preferences().hiddenColumns(TABLE);
        for (TableColumn<GridRow, GridRow> c : ordered) {
            c.setVisible(!hidden.contains(c.getId()));
            c.visibleProperty().addListener((obs, old, now) -> saveColumns());
        }
        table.getColumns().setAll(ordered);
        table.getColumns().addListener((ListChangeListener<TableColumn<GridRow, ?>>) change -> saveColumns());
        table.setSortPolicy(t -> {
            List<GridColumn.Sort> criteria = new ArrayList<>();
            for (TableColumn<GridRow, ?> c : t.getSortOrder()) {
                criteria.add(new GridColumn.Sort((GridColumn) c.getUserData(),
                        c.getSortType() == TableColumn.SortType.ASCENDING));
            }
            if (!criteria.equals(model.sort())) model.sortBy(criteria);
            return true;
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<GridRow>) change ->
                model.select(table.getSelectionModel().getSelectedItem(),
                        List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.setOnKeyPressed(e -> {
            if (table.getEditingCell() != null || e.isShortcutDown() || e.isAltDown()) return;
            if (e.getCode() == KeyCode.A) {
                model.approveSelection();
            } else if (e.getCode() == KeyCode.R) {
                reject();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                int row = table.getSelectionModel().getSelectedIndex();
                if (row >= 0) table.edit(row, columnOf(GridColumn.EDITED));
            } else {
                return;
            }
            e.consume();
        });

        Label emptyText = new Label(i18n.text("proposals.empty"));
        emptyText.setWrapText(true);
        Button plan = button("emptyRunPlanButton", "proposals.runPlan", model::runPlan);
        plan.disableProperty().bind(model.tasks().runningProperty());
        VBox placeholder = new VBox(10, emptyText, plan);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        placeholder.setMaxWidth(460);
        table.setPlaceholder(placeholder);
        return table;
    }

    @SuppressWarnings("unchecked")
    private TableColumn<GridRow, GridRow> columnOf(GridColumn column) {
        for (TableColumn<GridRow, ?> c : table.getColumns()) {
            if (c.getUserData() == column) return (TableColumn<GridRow, GridRow>) c;
        }
        throw new IllegalStateException("No column " + column);
    }

    private void saveColumns() {
        model.preferences().setColumnOrder(TABLE, table.getColumns().stream().map(TableColumn::getId).toList());
        model.preferences().setHiddenColumns(TABLE, table.getColumns().stream().filter(c -> !c.isVisible())
                .map(TableColumn::getId).toList());
    }

    static String columnId(GridColumn column) {
        return "col_" + column.key();
    }

    private TableColumn<GridRow, GridRow> column(GridColumn column) {
        TableColumn<GridRow, GridRow> c = new TableColumn<>(i18n.text("proposals.col." + column.key()));
        c.setId(columnId(column));
        c.setUserData(column);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        boolean editable = column == GridColumn.EDITED || column == GridColumn.ORDER_DATE;
        c.setEditable(editable);
        c.setCellFactory(col -> editable ? new EditingCell(column) : new ShowingCell(column));
        c.setPrefWidth(switch (column) {
            case LABEL -> 200;
            case SKU, LOCATION, SOURCE -> 90;
            case CLASS -> 50;
            case FLAGS, REASON -> 160;
            default -> 85;
        });
        return c;
    }

    /** The text a cell shows. */
    String text(GridColumn column, GridRow row) {
        return switch (column) {
            case STATUS -> i18n.text("proposals.status." + row.status().name());
            case FLAGS -> String.join(", ", row.flags().stream().map(FlagKind::of).distinct()
                    .map(k -> i18n.text("proposals.flag." + k.name())).toList());
            case FORECAST, SAFETY_STOCK, REORDER_POINT, ORDER_UP_TO -> number(column.number(row), 1);
            default -> switch (column.kind()) {
                case TEXT -> column.text(row);
                case NUMBER -> number(column.number(row), 0);
                case DATE -> column.date(row) == null ? "" : column.date(row).format(i18n.dateFormat());
            };
        };
    }

    private String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : i18n.number(value, value == Math.rint(value) ? 0 : decimals);
    }

    private class ShowingCell extends TableCell<GridRow, GridRow> {
        final GridColumn column;

        ShowingCell(GridColumn column) {
            this.column = column;
            if (column.kind() != GridColumn.Kind.TEXT || column == GridColumn.STATUS) {
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        }

        @Override
        protected void updateItem(GridRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text(column, row));
            if (column == GridColumn.FLAGS && !row.flags().isEmpty()) {
                setTooltip(new Tooltip(String.join("\n", row.flags())));
            } else {
                setTooltip(null);
            }
        }
    }

    /** The edited quantity or the order date: typed in place, checked, then saved with a reason. */
    private final class EditingCell extends ShowingCell {
        private TextField field;

        EditingCell(GridColumn column) {
            super(column);
        }

        @Override
        protected void updateItem(GridRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean marked = !empty && row != null && (column == GridColumn.EDITED ? !Double.isNaN(row.editedQuantity())
                    : row.editedOrderDate() != null);
            setStyle("-fx-alignment: CENTER-RIGHT;" + (marked ? " -fx-font-weight: bold;" : ""));
            if (marked && column == GridColumn.ORDER_DATE) {
                setTooltip(new Tooltip(i18n.text("proposals.recomputed", row.orderDate().format(i18n.dateFormat()))));
            }
            if (isEditing() && field != null) {
                setText(null);
                setGraphic(field);
            } else {
                setGraphic(null);
            }
        }

        @Override
        public void startEdit() {
            GridRow row = getItem();
            if (row == null) return;
            super.startEdit();
            if (!isEditing()) return;
            field = new TextField(column == GridColumn.EDITED ? number(row.effectiveQuantity(), 2)
                    : row.effectiveOrderDate().format(i18n.dateFormat()));
            field.setId(column == GridColumn.EDITED ? "quantityEditor" : "orderDateEditor");
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    submit(row);
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(field);
            field.selectAll();
            field.requestFocus();
        }

        private void submit(GridRow row) {
            double quantity = Double.NaN;
            LocalDate date = null;
            if (column == GridColumn.EDITED) {
                Double typed = model.quantity(field.getText());
                if (typed == null) return;
                quantity = typed;
            } else {
                date = model.date(field.getText());
                if (date == null) return;
            }
            String value = column == GridColumn.EDITED ? number(quantity, 2) : date.format(i18n.dateFormat());
            Optional<String> reason = askReason(row, value, getScene() == null ? null : getScene().getWindow());
            if (reason.isEmpty() || !model.hasReason(reason.get())) {
                field.requestFocus();
                return;
            }
            cancelEdit();
            model.edit(row, quantity, date, reason.get());
            table.requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(null);
            field = null;
            updateItem(getItem(), getItem() == null);
        }
    }

    /** Rejects the selection after asking why; the reason may stay empty (as with the CLI's optional --reason). */
    private void reject() {
        int count = table.getSelectionModel().getSelectedItems().size();
        if (count == 0) {
            model.rejectSelection(null); // says that nothing is selected
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(table.getScene() == null ? null : table.getScene().getWindow());
        dialog.setTitle(i18n.text("proposals.rejectReason.title"));
        dialog.setHeaderText(i18n.text("proposals.rejectReason.header", i18n.integer(count)));
        dialog.setContentText(i18n.text("proposals.rejectReason.prompt"));
        dialog.getEditor().setId("rejectReasonField");
        dialog.getEditor().setPrefColumnCount(32);
        dialog.showAndWait().ifPresent(model::rejectSelection);
    }

    private Optional<String> askReason(GridRow row, String value, Window owner) {
        TextInputDialog dialog = new TextInputDialog(lastReason);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("proposals.reason.title"));
        dialog.setHeaderText(i18n.text("proposals.reason.header", row.sku(), row.location(), value));
        dialog.setContentText(i18n.text("proposals.reason.prompt"));
        dialog.getEditor().setId("reasonField");
        dialog.getEditor().setPrefColumnCount(32);
        Optional<String> reason = dialog.showAndWait().map(String::strip);
        reason.filter(r -> !r.isEmpty()).ifPresent(r -> lastReason = r);
        return reason;
    }

    // ---- details -----------------------------------------------------------------------------------------------

    private Node details() {
        TextArea explanation = new TextArea();
        explanation.setId("explanationArea");
        explanation.setEditable(false);
        explanation.setStyle("-fx-font-family: monospace;");
        explanation.textProperty().bind(model.explanationProperty());

        TableView<AuditLine> audit = new TableView<>(model.audit());
        audit.setId("auditTable");
        audit.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        audit.getColumns().add(auditColumn("proposals.audit.at", e -> i18n.dateTimeFormat()
                .format(e.at().atZone(java.time.ZoneId.systemDefault()))));
        audit.getColumns().add(auditColumn("proposals.audit.actor", AuditLine::actor));
        audit.getColumns().add(auditColumn("proposals.audit.action", AuditLine::action));
        audit.getColumns().add(auditColumn("proposals.audit.old", AuditLine::oldValue));
        audit.getColumns().add(auditColumn("proposals.audit.new", AuditLine::newValue));
        audit.getColumns().add(auditColumn("proposals.audit.reason", e -> e.reason() == null ? "" : e.reason()));

        Tab explanationTab = new Tab(i18n.text("proposals.explanation"), explanation);
        explanationTab.setId("explanationTab");
        Tab auditTab = new Tab(i18n.text("proposals.audit"), audit);
        auditTab.setId("auditTab");
        TabPane tabs = new TabPane(explanationTab, auditTab);
        tabs.setId("proposalDetailsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private TableColumn<AuditLine, String> auditColumn(String key, Function<AuditLine, String> value) {
        TableColumn<AuditLine, String> c = new TableColumn<>(i18n.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private void openBulkEdit() {
        if (model.selection().isEmpty()) return;
        new BulkEditView(model, root.getScene() == null ? null : root.getScene().getWindow()).show();
    }
}
