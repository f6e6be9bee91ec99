package reassort.ui.kpi;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import reassort.engine.kpi.KpiReport;
import reassort.ui.common.I18n;

/** The KPI dashboard: headline tiles, then bar charts a planner reads at a glance, and the suppliers' table. */
public final class KpiView {
    private final KpiViewModel model;
    private final ScrollPane root;
    private final FlowPane tiles = new FlowPane(10, 10);
    private final BarChart<String, Number> availabilityByChannel;
    private final BarChart<String, Number> availabilityByCategory;
    private final BarChart<String, Number> stockByChannel;
    private final BarChart<String, Number> stockByLocation;
    private final BarChart<String, Number> lostByChannel;
    private final BarChart<String, Number> accuracyByChannel;
    private final TableView<KpiReport.SupplierPunctuality> suppliers = new TableView<>();

    public KpiView(KpiViewModel model) {
        this.model = model;
        I18n i18n = model.i18n();
        Button refresh = new Button(i18n.text("kpi.refresh"));
        refresh.setId("kpiRefreshButton");
        refresh.setOnAction(e -> model.refresh());
        Label message = new Label();
        message.setId("kpiMessageLabel");
        message.textProperty().bind(model.messageProperty());
        tiles.setId("kpiTiles");

        availabilityByChannel = chart("kpiAvailabilityChart", i18n.text("kpi.chart.availabilityByChannel"), "%");
        availabilityByCategory = chart("kpiAvailabilityCategoryChart", i18n.text("kpi.chart.availabilityByCategory"), "%");
        lostByChannel = chart("kpiLostSalesChart", i18n.text("kpi.chart.lostByChannel"), null);
        stockByChannel = chart("kpiStockChannelChart", i18n.text("kpi.chart.stockByChannel"), null);
        stockByLocation = chart("kpiStockLocationChart", i18n.text("kpi.chart.stockByLocation"), null);
        accuracyByChannel = chart("kpiAccuracyChart", i18n.text("kpi.chart.accuracyByChannel"), "%");
        for (BarChart<String, Number> c : List.of(availabilityByChannel, availabilityByCategory)) {
            NumberAxis axis = (NumberAxis) c.getYAxis();
            axis.setAutoRanging(false);
            axis.setLowerBound(0);
            axis.setUpperBound(100);
            axis.setTickUnit(20);
        }

        suppliers.setId("kpiSuppliersTable");
        suppliers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        suppliers.setPrefHeight(200);
        suppliers.getColumns().add(column(i18n.text("kpi.supplier"), s -> s.supplier()));
        suppliers.getColumns().add(column(i18n.text("kpi.supplier.open"), s -> i18n.integer(s.openLines())));
        suppliers.getColumns().add(column(i18n.text("kpi.supplier.overdue"), s -> i18n.integer(s.overdueLines())));
        suppliers.getColumns().add(column(i18n.text("kpi.supplier.onTime"), s -> Double.isNaN(s.onTimeRate()) ? "–"
                : i18n.number(100 * s.onTimeRate(), 1) + " %"));
        suppliers.getColumns().add(column(i18n.text("kpi.supplier.daysLate"), s -> Double.isNaN(s.meanDaysOverdue())
                ? "–" : i18n.number(s.meanDaysOverdue(), 1)));
        Label supplierNote = new Label(i18n.text("kpi.supplier.note"));
        supplierNote.setWrapText(true);
        supplierNote.setStyle("-fx-text-fill: #555;");

        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        charts.add(availabilityByChannel, 0, 0);
        charts.add(availabilityByCategory, 1, 0);
        charts.add(lostByChannel, 0, 1);
        charts.add(accuracyByChannel, 1, 1);
        charts.add(stockByChannel, 0, 2);
        charts.add(stockByLocation, 1, 2);
        Label title = new Label(i18n.text("kpi.title"));
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        HBox top = new HBox(12, title, refresh, message);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(12, top, tiles, charts, new Label(i18n.text("kpi.suppliers")), suppliers, supplierNote);
        content.setPadding(new Insets(16));
        root = new ScrollPane(content);
        root.setId("kpiPane");
        root.setFitToWidth(true);
        model.reportProperty().addListener((obs, old, report) -> show());
        show();
    }

    public Node node() {
        return root;
    }

    /** Called when the dashboard's tab comes to the front. */
    public void shown() {
        model.shown();
    }

    private void show() {
        tiles.getChildren().clear();
        for (KpiViewModel.Tile tile : model.tiles()) tiles.getChildren().add(tile(tile));
        fill(availabilityByChannel, model.availabilityByChannel(), "%");
        fill(availabilityByCategory, model.availabilityByCategory(), "%");
        fill(lostByChannel, model.lostValueByChannel(), "");
        fill(stockByChannel, model.stockValueByChannel(), "");
        fill(stockByLocation, model.stockValueByLocation(), "");
        accuracyByChannel.getData().clear();
        XYChart.Series<String, Number> wmape = new XYChart.Series<>();
        wmape.setName("wMAPE");
        for (KpiViewModel.Bar bar : model.wmapeByChannel()) wmape.getData().add(new XYChart.Data<>(bar.label(), bar.value()));
        XYChart.Series<String, Number> bias = new XYChart.Series<>();
        bias.setName(model.i18n().text("kpi.bias"));
        for (KpiViewModel.Bar bar : model.biasByChannel()) bias.getData().add(new XYChart.Data<>(bar.label(), bar.value()));
        if (!wmape.getData().isEmpty()) accuracyByChannel.getData().add(wmape);
        if (!bias.getData().isEmpty()) accuracyByChannel.getData().add(bias);
        accuracyByChannel.setLegendVisible(true);
        KpiReport report = model.reportProperty().get();
        suppliers.getItems().setAll(report == null ? List.of() : report.suppliers());
    }

    private Node tile(KpiViewModel.Tile tile) {
        Label title = new Label(tile.title());
        title.setStyle("-fx-text-fill: #555;");
        Label value = new Label(tile.value());
        value.setId(tile.id() + "Value");
        value.setStyle("-fx-font-size: 1.8em; -fx-font-weight: bold;");
        Label detail = new Label(tile.detail());
        detail.setWrapText(true);
        detail.setStyle("-fx-text-fill: #555; -fx-font-size: 0.9em;");
        VBox box = new VBox(2, title, value, detail);
        box.setId(tile.id());
        box.setPadding(new Insets(10));
        box.setPrefWidth(210);
        box.setStyle("-fx-background-color: #f4f6f8; -fx-border-color: #d5dbe1; -fx-background-radius: 4; "
                + "-fx-border-radius: 4;");
        return box;
    }

    private BarChart<String, Number> chart(String id, String title, String unit) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        if (unit != null) y.setLabel(unit);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(480, 260);
        chart.setMinHeight(220);
        GridPane.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private void fill(BarChart<String, Number> chart, List<KpiViewModel.Bar> bars, String unit) {
        chart.getData().clear();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (KpiViewModel.Bar bar : bars) {
            XYChart.Data<String, Number> data = new XYChart.Data<>(bar.label(), bar.value());
            series.getData().add(data);
        }
        chart.getData().add(series);
        for (XYChart.Data<String, Number> data : series.getData()) {
            if (data.getNode() != null) {
                Tooltip.install(data.getNode(), new Tooltip(data.getXValue() + ": "
                        + model.i18n().number(data.getYValue().doubleValue(), 1) + (unit.isEmpty() ? "" : " " + unit)));
            }
        }
    }

    private static TableColumn<KpiReport.SupplierPunctuality, String> column(String title,
            java.util.function.Function<KpiReport.SupplierPunctuality, String> text) {
        TableColumn<KpiReport.SupplierPunctuality, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }
}
