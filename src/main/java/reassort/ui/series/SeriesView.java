package reassort.ui.series;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import reassort.app.insight.SeriesChart;
import reassort.app.insight.SeriesOverride;
import reassort.ui.series.SeriesViewModel.OverrideKind;
import reassort.ui.common.I18n;

/**
 * The series view: pick a series or any total, see its weekly history per channel with the forecast, its interval,
 * promotion and stockout weeks and the planner's overrides; read how it was forecast; add or remove an override.
 */
public final class SeriesView {
    private final SeriesViewModel model;
    private final BorderPane root = new BorderPane();
    private final SeriesLineChart chart;
    private final NumberAxis xAxis = new NumberAxis();
    private final Label title = new Label();
    private final Label method = new Label();
    private final Label reason = new Label();
    private final Label accuracy = new Label();
    private final Label markers = new Label();
    private final ListView<SeriesOverride> overrides = new ListView<>();

    public SeriesView(SeriesViewModel model) {
        this.model = model;
        I18n i18n = model.i18n();

        ComboBox<String> sku = choice("seriesSkuChoice", model.skus(), i18n.text("series.sku"));
        sku.valueProperty().bindBidirectional(model.skuProperty());
        ComboBox<String> location = choice("seriesLocationChoice", model.locations(), i18n.text("series.location"));
        location.valueProperty().bindBidirectional(model.locationProperty());
        ComboBox<String> channel = choice("seriesChannelChoice", model.channels(), i18n.text("series.channel"));
        channel.valueProperty().bindBidirectional(model.channelProperty());
        ComboBox<String> category = choice("seriesCategoryChoice", model.categories(), i18n.text("series.category"));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        Button showButton = new Button(i18n.text("series.show"));
        showButton.setId("seriesShowButton");
        showButton.setDefaultButton(false);
        showButton.setOnAction(e -> {
            for (ComboBox<String> box : List.of(sku, location, channel, category)) commit(box);
            model.load();
        });
        Label message = new Label();
        message.setId("seriesMessageLabel");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox selection = new HBox(8, label(i18n.text("series.sku"), sku), label(i18n.text("series.location"), location),
                label(i18n.text("series.channel"), channel), label(i18n.text("series.category"), category), showButton);
        selection.setAlignment(Pos.BOTTOM_LEFT);
        title.setId("seriesTitleLabel");
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        VBox top = new VBox(8, title, selection, message);
        top.setPadding(new Insets(16, 16, 8, 16));

        NumberAxis yAxis = new NumberAxis();
        yAxis.setLabel(i18n.text("series.units"));
        xAxis.setAutoRanging(false);
        xAxis.setMinorTickVisible(false);
        chart = new SeriesLineChart(xAxis, yAxis);
        chart.setId("seriesChart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(true);

        method.setId("seriesMethodLabel");
        method.setWrapText(true);
        method.setStyle("-fx-font-weight: bold;");
        reason.setId("seriesReasonLabel");
        reason.setWrapText(true);
        accuracy.setId("seriesAccuracyLabel");
        accuracy.setWrapText(true);
        markers.setId("seriesMarkersLabel");
        markers.setWrapText(true);
        Label legend = new Label(i18n.text("series.legend"));
        legend.setWrapText(true);
        legend.setStyle("-fx-text-fill: #555; -fx-font-size: 0.9em;");

        StringConverter<LocalDate> dates = new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.format(i18n.dateFormat());
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), i18n.dateFormat());
            }
        };
        DatePicker from = new DatePicker();
        from.setConverter(dates);
        from.setId("overrideFromPicker");
        from.valueProperty().bindBidirectional(model.overrideFromProperty());
        DatePicker to = new DatePicker();
        to.setConverter(dates);
        to.setId("overrideToPicker");
        to.valueProperty().bindBidirectional(model.overrideToProperty());
        ChoiceBox<OverrideKind> kind = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                OverrideKind.values()));
        kind.setId("overrideKindChoice");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(OverrideKind k) {
                return k == null ? "" : i18n.text("series.override.kind." + k.name());
            }

            @Override
            public OverrideKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.overrideKindProperty());
        TextField amount = new TextField();
        amount.setId("overrideAmountField");
        amount.setPrefColumnCount(6);
        amount.textProperty().bindBidirectional(model.overrideAmountProperty());
        TextField reasonField = new TextField();
        reasonField.setId("overrideReasonField");
        reasonField.setPromptText(i18n.text("series.override.reasonPrompt"));
        reasonField.textProperty().bindBidirectional(model.overrideReasonProperty());
        Button save = new Button(i18n.text("series.override.save"));
        save.setId("overrideSaveButton");
        save.disableProperty().bind(model.canSaveOverrideProperty().not());
        save.setOnAction(e -> model.saveOverride());
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label(i18n.text("series.override.from")), from);
        form.addRow(1, new Label(i18n.text("series.override.to")), to);
        form.addRow(2, kind, amount);
        form.add(reasonField, 0, 3, 2, 1);
        form.add(save, 0, 4, 2, 1);
        Label formTitle = new Label(i18n.text("series.override.title"));
        formTitle.setStyle("-fx-font-weight: bold;");
        Label singleOnly = new Label(i18n.text("series.override.singleOnly"));
        singleOnly.setWrapText(true);
        singleOnly.setStyle("-fx-text-fill: #555; -fx-font-size: 0.9em;");
        singleOnly.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                model.chartProperty().get() == null || model.chartProperty().get().selection().seriesKey().isEmpty(),
                model.chartProperty()));
        singleOnly.managedProperty().bind(singleOnly.visibleProperty());

        overrides.setId("seriesOverridesList");
        overrides.setPrefHeight(130);
        overrides.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SeriesOverride item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (model.chartProperty().get() != null
                        && model.chartProperty().get().selection().seriesKey().isEmpty() ? item.key() + " : " : "")
                        + model.describe(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        overrides.setPlaceholder(new Label(i18n.text("series.override.none")));
        Button remove = new Button(i18n.text("series.override.remove"));
        remove.setId("overrideRemoveButton");
        remove.disableProperty().bind(overrides.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeOverride(overrides.getSelectionModel().getSelectedItem()));

        VBox side = new VBox(8, method, reason, accuracy, markers, legend, new Separator(), formTitle, singleOnly, form,
                new Label(i18n.text("series.override.list")), overrides, remove);
        side.setPadding(new Insets(8, 16, 16, 8));
        side.setPrefWidth(330);
        side.setMinWidth(300);

        root.setId("seriesPane");
        root.setTop(top);
        root.setCenter(chart);
        BorderPane.setMargin(chart, new Insets(0, 0, 16, 16));
        javafx.scene.control.ScrollPane sideScroll = new javafx.scene.control.ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        root.setRight(sideScroll);
        model.chartProperty().addListener((obs, old, c) -> show(c));
        show(model.chartProperty().get());
    }

    public Node node() {
        return root;
    }

    /** Called when the series tab comes to the front. */
    public void shown() {
        model.shown();
    }

    private void show(SeriesChart c) {
        I18n i18n = model.i18n();
        chart.getData().clear();
        if (c == null) {
            title.setText(i18n.text("series.title"));
            chart.decorate(new double[0], new double[0], new double[0], List.of(), List.of(), List.of());
            overrides.getItems().clear();
            return;
        }
        title.setText(i18n.text("series.titleOf", model.describe(c.selection())));
        method.setText(model.methodText());
        reason.setText(c.reason());
        accuracy.setText(model.accuracyText());
        markers.setText(model.markersText());
        int history = c.historyWeeks();
        double max = 0;
        for (var entry : c.soldByChannel().entrySet()) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(i18n.text("series.sales", entry.getKey()));
            double[] sold = entry.getValue();
            for (int t = 0; t < history; t++) {
                line.getData().add(new XYChart.Data<>(t - history, sold[t]));
                max = Math.max(max, sold[t]);
            }
            chart.getData().add(line);
        }
        List<Double> overridden = new ArrayList<>();
        if (c.hasForecast()) {
            XYChart.Series<Number, Number> statistical = new XYChart.Series<>();
            statistical.setName(i18n.text("series.forecast"));
            XYChart.Series<Number, Number> adjusted = new XYChart.Series<>();
            adjusted.setName(i18n.text("series.forecastAdjusted"));
            boolean differs = false;
            for (int k = 0; k < c.horizon(); k++) {
                statistical.getData().add(new XYChart.Data<>(k, c.statistical()[k]));
                adjusted.getData().add(new XYChart.Data<>(k, c.adjusted()[k]));
                if (Math.abs(c.adjusted()[k] - c.statistical()[k]) > 1e-9) {
                    differs = true;
                    overridden.add((double) k);
                }
                max = Math.max(max, Math.max(c.upper()[k], c.statistical()[k]));
            }
            chart.getData().add(statistical);
            if (differs) chart.getData().add(adjusted);
            statistical.getNode().setStyle("-fx-stroke-width: 2.5px; -fx-stroke-dash-array: 7 4;");
            if (differs) adjusted.getNode().setStyle("-fx-stroke-width: 3px;");
        }
        double[] bandX = new double[c.horizon()];
        for (int k = 0; k < bandX.length; k++) bandX[k] = k;
        List<Double> promoted = new ArrayList<>();
        List<Double> stockouts = new ArrayList<>();
        for (int t = 0; t < history; t++) {
            if (c.promoted()[t]) promoted.add((double) (t - history));
            if (c.stockedOutItems()[t] > 0) stockouts.add((double) (t - history));
        }
        chart.decorate(bandX, c.lower(), c.upper(), promoted, stockouts, overridden);
        xAxis.setLowerBound(-history - 0.5);
        xAxis.setUpperBound(Math.max(1, c.horizon()) - 0.5);
        xAxis.setTickUnit(history > 60 ? 13 : 4);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yy", i18n.locale());
        LocalDate first = c.forecastFrom();
        xAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number week) {
                return first.plusWeeks(Math.round(week.doubleValue())).format(format);
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        overrides.getItems().setAll(c.overrides());
    }

    /** Marker counts drawn on the chart, for tests. */
    int promotedMarks() {
        return chart.promotedMarks();
    }

    int stockoutMarks() {
        return chart.stockoutMarks();
    }

    private static ComboBox<String> choice(String id, javafx.collections.ObservableList<String> items, String prompt) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setEditable(true);
        box.setPromptText(prompt);
        box.setPrefWidth(150);
        box.setVisibleRowCount(15);
        return box;
    }

    /** An editable combo box's typed text becomes its value. */
    private static void commit(ComboBox<String> box) {
        String typed = box.getEditor().getText();
        if (typed != null && !typed.equals(box.getValue())) box.setValue(typed.strip());
    }

    private static Node label(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setStyle("-fx-text-fill: #555; -fx-font-size: 0.9em;");
        return new VBox(2, label, control);
    }
}
