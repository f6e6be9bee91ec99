package reassort.ui.scenarios;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import reassort.app.scenario.ScenarioResult;
import reassort.domain.PromotionMechanic;
import reassort.engine.scenario.Estimate;
import reassort.engine.scenario.ScenarioComparison;
import reassort.app.scenario.ScenarioInfo;
import reassort.ui.common.I18n;

/**
 * The scenarios screen: saved scenarios on the left (create from the promotion form, rename, duplicate, delete,
 * run, promote), the chosen ones compared side by side with the baseline on the right (table and charts).
 */
public final class ScenariosView {
    private final ScenariosViewModel model;
    private final I18n i18n;
    private final TableView<Row> table = new TableView<>();
    private final TableView<AllocationRows.Row> allocationTable = new TableView<>();
    private final BarChart<String, Number> allocationChart;
    private final BarChart<String, Number> unitsChart;
    private final BarChart<String, Number> ordersChart;
    private final BarChart<String, Number> serviceChart;
    private final VBox effects = new VBox(2);

    public ScenariosView(ScenariosViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.unitsChart = chart("scenarioUnitsChart", "scenarios.chart.units");
        this.ordersChart = chart("scenarioOrdersChart", "scenarios.chart.orders");
        this.serviceChart = chart("scenarioServiceChart", "scenarios.chart.service");
        this.allocationChart = chart("scenarioAllocationChart", "scenarios.alloc.chart");
    }

    /** One line of the comparison table: a measure and its value for the baseline and each scenario. */
    public record Row(String measure, List<String> values) {}

    public Node node() {
        ListView<ScenarioInfo> list = new ListView<>(model.scenarios());
        list.setId("scenarioList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ScenarioInfo s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + (s.lastSummary() == null ? "" : "\n  " + s.lastSummary()));
            }
        });
        java.util.Set<Long> chosen = new java.util.HashSet<>();
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ScenarioInfo>) c -> {
            if (!list.getSelectionModel().getSelectedItems().isEmpty()) {
                chosen.clear();
                list.getSelectionModel().getSelectedItems().forEach(s -> chosen.add(s.id()));
            }
        });
        model.scenarios().addListener((ListChangeListener<ScenarioInfo>) c -> {
            java.util.Set<Long> keep = new java.util.HashSet<>(chosen);
            for (int i = 0; i < model.scenarios().size(); i++) {
                if (keep.contains(model.scenarios().get(i).id())) list.getSelectionModel().select(i);
            }
        });
        var noneChosen = Bindings.isEmpty(list.getSelectionModel().getSelectedItems()).or(model.tasks().runningProperty());
        var notOne = Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1)
                .or(model.tasks().runningProperty());
        Button run = button("scenarioRunButton", "scenarios.run", noneChosen);
        run.setOnAction(e -> model.compare(new ArrayList<>(list.getSelectionModel().getSelectedItems())));
        Button promote = button("scenarioPromoteButton", "scenarios.promote", notOne);
        promote.setOnAction(e -> model.promote(list.getSelectionModel().getSelectedItem()));
        Button rename = button("scenarioRenameButton", "scenarios.rename", notOne);
        rename.setOnAction(e -> ask("scenarios.rename", list.getSelectionModel().getSelectedItem().name(),
                name -> model.rename(list.getSelectionModel().getSelectedItem(), name)));
        Button duplicate = button("scenarioDuplicateButton", "scenarios.duplicate", notOne);
        duplicate.setOnAction(e -> ask("scenarios.duplicate", list.getSelectionModel().getSelectedItem().name() + " (2)",
                name -> model.duplicate(list.getSelectionModel().getSelectedItem(), name)));
        Button delete = button("scenarioDeleteButton", "scenarios.delete", notOne);
        delete.setOnAction(e -> model.delete(list.getSelectionModel().getSelectedItem()));
        FlowPane actions = new FlowPane(6, 6, run, promote, rename, duplicate, delete);

        Label message = new Label();
        message.setId("scenarioMessageLabel");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        VBox left = new VBox(8, title("scenarios.title"), list, actions, message, form());
        left.setPadding(new Insets(10));
        left.setMinWidth(320);

        table.setId("scenarioComparisonTable");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(330);
        effects.setId("scenarioEffectsBox");
        model.results().addListener((ListChangeListener<ScenarioResult>) c -> {
            try {
                showResults();
            } catch (RuntimeException e) {
                model.failed(e);
            }
        });
        allocationTable.setId("scenarioAllocationTable");
        allocationTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        allocationTable.setPrefHeight(260);
        HBox charts = new HBox(8, unitsChart, ordersChart, serviceChart, allocationChart);
        for (Node chart : charts.getChildren()) HBox.setHgrow(chart, Priority.ALWAYS);
        VBox right = new VBox(8, title("scenarios.comparison"), table, effects, title("scenarios.alloc.title"),
                allocationTable, charts);
        right.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);

        SplitPane split = new SplitPane(new ScrollPane(left), scroll);
        split.setId("scenariosPane");
        split.setDividerPositions(0.3);
        // the charts and the form would make the window as wide as they are: the window decides, panes scroll
        split.setPrefSize(900, 560);
        split.setMinSize(0, 0);
        return split;
    }

    private Node form() {
        TextField name = field("scenarioNameField", "");
        TextField sku = field("scenarioSkuField", "");
        TextField category = field("scenarioCategoryField", "");
        TextField channels = field("scenarioChannelsField", "WEB, STORE");
        TextField location = field("scenarioLocationField", "");
        DatePicker start = new DatePicker(model.today().plusWeeks(2));
        start.setId("scenarioStartPicker");
        DatePicker end = new DatePicker(start.getValue().plusDays(13));
        end.setId("scenarioEndPicker");
        TextField discount = field("scenarioDiscountField", "20");
        ChoiceBox<PromotionMechanic> mechanic = new ChoiceBox<>();
        mechanic.setId("scenarioMechanicChoice");
        mechanic.getItems().setAll(PromotionMechanic.values());
        mechanic.setValue(PromotionMechanic.DISCOUNT);
        mechanic.setConverter(new StringConverter<>() {
            @Override
            public String toString(PromotionMechanic m) {
                return m == null ? "" : i18n.text("scenarios.mechanic." + m.name());
            }

            @Override
            public PromotionMechanic fromString(String s) {
                return null;
            }
        });
        TextField uplift = field("scenarioUpliftField", "");
        uplift.setPromptText(i18n.text("scenarios.form.upliftPrompt"));
        TextField dip = field("scenarioDipField", "");
        dip.setPromptText(i18n.text("scenarios.form.dipPrompt"));
        TextField cannibalisation = field("scenarioCannibalisationField", "0");

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        String[] labels = {"name", "sku", "category", "channels", "location", "start", "end", "discount", "mechanic",
            "uplift", "dip", "cannibalisation"};
        Node[] fields = {name, sku, category, channels, location, start, end, discount, mechanic, uplift, dip, cannibalisation};
        for (int i = 0; i < labels.length; i++) {
            grid.add(new Label(i18n.text("scenarios.form." + labels[i])), 0, i);
            grid.add(fields[i], 1, i);
        }
        Button create = new Button(i18n.text("scenarios.create"));
        create.setId("scenarioCreateButton");
        create.disableProperty().bind(model.tasks().runningProperty());
        create.setOnAction(e -> {
            PromotionForm form = new PromotionForm(name.getText(), sku.getText(), category.getText(), channels.getText(),
                    location.getText(), start.getValue(), end.getValue(), discount.getText(), mechanic.getValue(),
                    uplift.getText(), dip.getText(), cannibalisation.getText());
            try {
                form.check();
            } catch (IllegalArgumentException invalid) {
                model.failed(invalid);
                return;
            }
            model.create(form);
        });
        grid.add(create, 1, labels.length);
        TitledPane pane = new TitledPane(i18n.text("scenarios.form.title"), grid);
        pane.setId("scenarioFormPane");
        return pane;
    }

    private void showResults() {
        List<ScenarioResult> results = new ArrayList<>(model.results());
        table.getColumns().clear();
        TableColumn<Row, String> measure = new TableColumn<>(i18n.text("scenarios.measure"));
        measure.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().measure()));
        measure.setPrefWidth(300);
        table.getColumns().add(measure);
        List<String> headers = new ArrayList<>();
        headers.add(i18n.text("scenarios.baseline"));
        for (ScenarioResult r : results) headers.add(r.name());
        for (int k = 0; k < headers.size(); k++) {
            int index = k;
            TableColumn<Row, String> column = new TableColumn<>(headers.get(k));
            column.setId("scenarioColumn" + k);
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            column.setPrefWidth(170);
            column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                    index < c.getValue().values().size() ? c.getValue().values().get(index) : ""));
            table.getColumns().add(column);
        }
        table.getItems().setAll(rows(results));
        showAllocation(headers);
        effects.getChildren().clear();
        for (ScenarioResult r : results) {
            for (var e : r.effects()) {
                effects.getChildren().add(new Label(i18n.text("scenarios.effect", r.name(), e.promotionCode(), e.channel(),
                        i18n.number(e.effect().uplift(), 2), i18n.number(e.effect().upliftLow(), 2),
                        i18n.number(e.effect().upliftHigh(), 2), i18n.number(100 * e.effect().postPromotionDip(), 0),
                        e.effect().basis())));
            }
        }
        fillCharts(results);
    }

    /** The allocation table: the same columns as the comparison, rows from the view model. */
    private void showAllocation(List<String> headers) {
        allocationTable.getColumns().clear();
        TableColumn<AllocationRows.Row, String> measure = new TableColumn<>(i18n.text("scenarios.alloc.status"));
        measure.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().measure()));
        measure.setPrefWidth(300);
        allocationTable.getColumns().add(measure);
        for (int k = 0; k < headers.size(); k++) {
            int index = k;
            TableColumn<AllocationRows.Row, String> column = new TableColumn<>(headers.get(k));
            column.setId("scenarioAllocationColumn" + k);
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            column.setPrefWidth(k == 0 ? 170 : 240);
            column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                    index < c.getValue().values().size() ? c.getValue().values().get(index) : ""));
            allocationTable.getColumns().add(column);
        }
        allocationTable.getItems().setAll(model.allocationRows());
    }

    private List<Row> rows(List<ScenarioResult> results) {
        List<Row> rows = new ArrayList<>();
        if (results.isEmpty()) return rows;
        ScenarioComparison first = results.get(0).comparison();
        rows.add(row("scenarios.row.units", first.baseline().units(), results, c -> c.scenario().units(), 0));
        rows.add(row("scenarios.row.revenue", first.baseline().revenue(), results, c -> c.scenario().revenue(), 2));
        rows.add(row("scenarios.row.proposedUnits", first.baseline().proposedUnits(), results, c -> c.scenario().proposedUnits(), 0));
        rows.add(row("scenarios.row.proposedValue", first.baseline().proposedValue(), results, c -> c.scenario().proposedValue(), 2));
        rows.add(row("scenarios.row.ordered", first.baseline().orderedUnits().mean(), results,
                c -> c.scenario().orderedUnits().mean(), 0));
        rows.add(row("scenarios.row.stockValue", first.baseline().stockValueAtEnd().mean(), results,
                c -> c.scenario().stockValueAtEnd().mean(), 2));
        rows.add(row("scenarios.row.cover", first.baseline().daysOfCover().mean(), results,
                c -> c.scenario().daysOfCover().mean(), 1));
        rows.add(row("scenarios.row.stockouts", first.baseline().stockoutWeeks().mean(), results,
                c -> c.scenario().stockoutWeeks().mean(), 1));
        List<String> service = new ArrayList<>();
        service.add(percent(first.baseline().cycleService()));
        for (ScenarioResult r : results) service.add(percent(r.comparison().scenario().cycleService()));
        rows.add(new Row(i18n.text("scenarios.row.service"), service));
        List<String> unplanned = new ArrayList<>();
        unplanned.add("");
        for (ScenarioResult r : results) unplanned.add(percent(r.comparison().unplanned().cycleService()));
        rows.add(new Row(i18n.text("scenarios.row.unplanned"), unplanned));
        for (ScenarioComparison.ChannelComparison ch : first.channels()) {
            List<String> values = new ArrayList<>();
            values.add(percent(ch.baselineService()));
            for (ScenarioResult r : results) {
                values.add(r.comparison().channels().stream().filter(x -> x.channel().equals(ch.channel())).findFirst()
                        .map(x -> percent(x.scenarioService())).orElse(""));
            }
            rows.add(new Row(i18n.text("scenarios.row.channelService", ch.channel()), values));
        }
        List<String> changed = new ArrayList<>();
        changed.add("");
        for (ScenarioResult r : results) changed.add(i18n.integer(r.comparison().changes().size()));
        rows.add(new Row(i18n.text("scenarios.row.changed"), changed));
        return rows;
    }

    private Row row(String key, double baseline, List<ScenarioResult> results,
            java.util.function.ToDoubleFunction<ScenarioComparison> value, int decimals) {
        List<String> values = new ArrayList<>();
        values.add(i18n.number(baseline, decimals));
        for (ScenarioResult r : results) values.add(i18n.number(value.applyAsDouble(r.comparison()), decimals));
        return new Row(i18n.text(key), values);
    }

    private String percent(Estimate e) {
        if (!e.known()) return "–";
        return i18n.text("scenarios.percentInterval", i18n.number(100 * e.mean(), 1), i18n.number(100 * e.low(), 1),
                i18n.number(100 * e.high(), 1));
    }

    private void fillCharts(List<ScenarioResult> results) {
        unitsChart.getData().clear();
        ordersChart.getData().clear();
        serviceChart.getData().clear();
        allocationChart.getData().clear();
        if (results.isEmpty()) return;
        results.stream().map(ScenarioResult::allocation).filter(a -> a.computed()).findFirst().ifPresent(a -> {
            XYChart.Series<String, Number> base = series(i18n.text("scenarios.baseline"));
            for (var ch : a.channels()) base.getData().add(new XYChart.Data<>(ch.channel(), ch.baselineAllocated()));
            allocationChart.getData().add(base);
        });
        for (ScenarioResult r : results) {
            if (!r.allocation().computed()) continue;
            XYChart.Series<String, Number> allocated = series(r.name());
            for (var ch : r.allocation().channels()) {
                allocated.getData().add(new XYChart.Data<>(ch.channel(), ch.scenarioAllocated()));
            }
            allocationChart.getData().add(allocated);
        }
        ScenarioComparison first = results.get(0).comparison();
        XYChart.Series<String, Number> baseUnits = series(i18n.text("scenarios.baseline"));
        XYChart.Series<String, Number> baseService = series(i18n.text("scenarios.baseline"));
        for (ScenarioComparison.ChannelComparison ch : first.channels()) {
            baseUnits.getData().add(new XYChart.Data<>(ch.channel(), ch.baselineUnits()));
            baseService.getData().add(new XYChart.Data<>(ch.channel(), 100 * safe(ch.baselineService().mean())));
        }
        unitsChart.getData().add(baseUnits);
        serviceChart.getData().add(baseService);
        for (ScenarioResult r : results) {
            XYChart.Series<String, Number> units = series(r.name());
            XYChart.Series<String, Number> service = series(r.name());
            for (ScenarioComparison.ChannelComparison ch : r.comparison().channels()) {
                units.getData().add(new XYChart.Data<>(ch.channel(), ch.scenarioUnits()));
                service.getData().add(new XYChart.Data<>(ch.channel(), 100 * safe(ch.scenarioService().mean())));
            }
            unitsChart.getData().add(units);
            serviceChart.getData().add(service);
            XYChart.Series<String, Number> extra = series(r.name());
            for (ScenarioComparison.WeekOrders w : r.comparison().orders()) {
                extra.getData().add(new XYChart.Data<>(w.weekStart().format(i18n.dateFormat()), w.extraUnits()));
            }
            ordersChart.getData().add(extra);
        }
    }

    private static double safe(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private BarChart<String, Number> chart(String id, String titleKey) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId(id);
        chart.setTitle(model.i18n().text(titleKey));
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        chart.setMinWidth(220);
        return chart;
    }

    private Button button(String id, String key, javafx.beans.value.ObservableBooleanValue disabled) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        b.disableProperty().bind(disabled);
        return b;
    }

    private TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        return f;
    }

    private Label title(String key) {
        Label l = new Label(i18n.text(key));
        l.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        return l;
    }

    private void ask(String key, String initial, java.util.function.Consumer<String> then) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(i18n.text(key));
        dialog.setHeaderText(i18n.text("scenarios.askName"));
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(then);
    }
}
