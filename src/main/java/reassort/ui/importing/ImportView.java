package reassort.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import reassort.domain.Dataset;
import reassort.io.Field;
import reassort.io.ImportIssue;
import reassort.io.Layout;
import reassort.io.SheetMapping;
import reassort.ui.common.I18n;
import reassort.ui.importing.ImportViewModel.Phase;

/**
 * The import dialog: sheets on the left; for the selected sheet its data kind, layout, column mapping and first
 * rows; after reading, the problems found and the planner's choice.
 */
public final class ImportView {
    private static final String NO_COLUMN = "";

    private final ImportViewModel model;
    private final Window owner;
    private final I18n i18n;
    private final GridPane mappingGrid = new GridPane();
    private final TableView<List<String>> preview = new TableView<>();
    private final ComboBox<Dataset> dataset = new ComboBox<>();
    private final ComboBox<Layout> layout = new ComboBox<>();
    private final CheckBox skip = new CheckBox();
    private final Label format = new Label();
    private final Label missing = new Label();
    private boolean updating;

    public ImportView(ImportViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
        this.i18n = model.i18n();
    }

    public Stage show() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.text("import.title"));

        ListView<SheetChoice> sheetList = new ListView<>(model.sheets());
        sheetList.setId("importSheetList");
        sheetList.setPrefWidth(260);
        sheetList.getSelectionModel().selectedItemProperty().addListener((o, old, sheet) -> model.selectedProperty().set(sheet));
        model.selectedProperty().addListener((o, old, sheet) -> {
            if (sheet != null && sheetList.getSelectionModel().getSelectedItem() != sheet) {
                sheetList.getSelectionModel().select(sheet);
            }
            showSheet(sheet);
        });

        dataset.setId("importDatasetCombo");
        dataset.getItems().setAll(Dataset.values());
        dataset.setConverter(converter(d -> i18n.text("dataset." + d.name())));
        layout.setId("importLayoutCombo");
        layout.getItems().setAll(Layout.values());
        layout.setConverter(converter(l -> i18n.text("import.layout." + l.name())));
        skip.setId("importSkipCheck");
        skip.setText(i18n.text("import.skip"));
        dataset.setOnAction(e -> changeKind());
        layout.setOnAction(e -> changeKind());
        skip.setOnAction(e -> {
            if (!updating && model.selectedProperty().get() != null) {
                model.setSkip(model.selectedProperty().get(), skip.isSelected());
            }
        });
        format.setId("importFormatLabel");
        missing.setId("importMissingLabel");
        missing.setStyle("-fx-text-fill: #b00020;");
        mappingGrid.setId("importMappingGrid");
        mappingGrid.setHgap(8);
        mappingGrid.setVgap(4);
        preview.setId("importPreviewTable");
        preview.setPrefHeight(200);

        HBox kind = new HBox(8, new Label(i18n.text("import.dataset")), dataset, new Label(i18n.text("import.layout")),
                layout, skip);
        VBox sheetPane = new VBox(8, format, kind, new ScrollPane(mappingGrid), missing,
                new Label(i18n.text("import.preview")), preview);
        sheetPane.setPadding(new Insets(8));
        SplitPane split = new SplitPane(sheetList, sheetPane);
        split.setDividerPositions(0.25);

        TableView<ImportIssue> issues = issuesTable();
        issues.visibleProperty().bind(Bindings.isNotEmpty(model.issues()));
        issues.managedProperty().bind(issues.visibleProperty());

        Label message = new Label();
        message.setId("importMessageLabel");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(model.tasks().progressProperty());
        progress.visibleProperty().bind(model.tasks().runningProperty());
        Button cancelTask = new Button(i18n.text("action.cancel"));
        cancelTask.setId("importCancelTaskButton");
        cancelTask.visibleProperty().bind(model.tasks().runningProperty());
        cancelTask.setOnAction(e -> model.tasks().cancel());

        Button run = new Button(i18n.text("import.run"));
        run.setId("importRunButton");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canImportProperty().not().or(model.tasks().runningProperty()));
        run.setOnAction(e -> model.startImport());
        Button valid = new Button(i18n.text("import.decision.valid"));
        valid.setId("importValidRowsButton");
        Button nothing = new Button(i18n.text("import.decision.nothing"));
        nothing.setId("importNothingButton");
        for (Button decision : List.of(valid, nothing)) {
            decision.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.DECIDE)
                    .and(model.tasks().runningProperty().not()));
            decision.managedProperty().bind(decision.visibleProperty());
        }
        valid.setOnAction(e -> model.commit());
        nothing.setOnAction(e -> model.discard());
        run.visibleProperty().bind(model.phaseProperty().isNotEqualTo(Phase.DECIDE)
                .and(model.phaseProperty().isNotEqualTo(Phase.DONE)));
        run.managedProperty().bind(run.visibleProperty());
        Button report = new Button(i18n.text("import.saveReport"));
        report.setId("importSaveReportButton");
        report.visibleProperty().bind(Bindings.isNotEmpty(model.issues()));
        report.setOnAction(e -> saveReport(stage));
        Button close = new Button(i18n.text("action.close"));
        close.setId("importCloseButton");
        close.setCancelButton(true);
        close.disableProperty().bind(model.tasks().runningProperty());
        close.setOnAction(e -> {
            if (model.phaseProperty().get() == Phase.DECIDE) model.discard();
            stage.close();
        });
        stage.setOnCloseRequest(e -> {
            if (model.tasks().runningProperty().get()) {
                e.consume();
            } else if (model.phaseProperty().get() == Phase.DECIDE) {
                model.discard();
            }
        });
        model.sheets().addListener((javafx.collections.ListChangeListener<SheetChoice>) change -> {
            if (model.selectedProperty().get() != null) showMissing(model.selectedProperty().get());
        });
        split.disableProperty().bind(model.phaseProperty().isNotEqualTo(Phase.REVIEW));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, cancelTask, spacer, report, nothing, valid, run, close);
        VBox bottom = new VBox(8, message, issues, buttons);
        bottom.setPadding(new Insets(8));
        BorderPane root = new BorderPane(split, null, null, bottom, null);
        root.setId("importRoot");
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
        return stage;
    }

    private void changeKind() {
        SheetChoice sheet = model.selectedProperty().get();
        if (updating || sheet == null || dataset.getValue() == null) return;
        model.setDataset(sheet, dataset.getValue(), layout.getValue() == null ? Layout.LONG : layout.getValue());
        showSheet(sheet);
    }

    private void showSheet(SheetChoice sheet) {
        updating = true;
        try {
            mappingGrid.getChildren().clear();
            preview.getColumns().clear();
            preview.getItems().clear();
            if (sheet == null) return;
            SheetMapping mapping = sheet.mapping();
            dataset.setValue(mapping.dataset());
            layout.setValue(mapping.layout());
            skip.setSelected(mapping.skip());
            var detected = sheet.file().inspection();
            format.setText(i18n.text("import.format", detected.format()
                    + (detected.csvDialect() != null ? " — " + detected.csvDialect() : "")
                    + (sheet.remembered() ? " — " + i18n.text("import.remembered") : "")));
            buildMappingGrid(sheet, mapping);
            buildPreview(sheet);
            showMissing(sheet);
        } finally {
            updating = false;
        }
    }

    private void buildMappingGrid(SheetChoice sheet, SheetMapping mapping) {
        mappingGrid.add(bold(i18n.text("import.field")), 0, 0);
        mappingGrid.add(bold(i18n.text("import.column")), 1, 0);
        mappingGrid.add(bold(i18n.text("import.constant")), 2, 0);
        if (mapping.dataset() == null) return;
        List<String> headers = new ArrayList<>();
        headers.add(NO_COLUMN);
        headers.addAll(sheet.inspection().headers());
        int row = 1;
        for (Field field : Field.fieldsOf(mapping.dataset(), mapping.layout())) {
            boolean french = i18n.locale().getLanguage().equals(Locale.FRENCH.getLanguage());
            String name = (french ? field.frenchHeader() : field.englishHeader())
                    + (field.requiredIn(mapping.dataset(), mapping.layout()) ? " *" : "");
            ComboBox<String> column = new ComboBox<>();
            column.setId("importColumn_" + field.name());
            column.getItems().setAll(headers);
            column.setValue(mapping.columns().getOrDefault(field, NO_COLUMN));
            column.setOnAction(e -> model.setColumn(sheet, field, column.getValue()));
            TextField constant = new TextField(mapping.constants().getOrDefault(field, ""));
            constant.setId("importConstant_" + field.name());
            constant.textProperty().addListener((o, old, text) -> model.setConstant(sheet, field, text));
            mappingGrid.add(new Label(name), 0, row);
            mappingGrid.add(column, 1, row);
            mappingGrid.add(constant, 2, row);
            row++;
        }
    }

    private void buildPreview(SheetChoice sheet) {
        List<String> headers = sheet.inspection().headers();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(headers.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    index < c.getValue().size() ? c.getValue().get(index) : ""));
            column.setSortable(false);
            preview.getColumns().add(column);
        }
        preview.getItems().setAll(sheet.inspection().previewRows());
    }

    private void showMissing(SheetChoice sheet) {
        List<Field> fields = sheet.missingFields();
        missing.setText(fields.isEmpty() ? "" : i18n.text("import.missingFields",
                String.join(", ", fields.stream().map(f -> i18n.locale().getLanguage().equals("fr")
                        ? f.frenchHeader() : f.englishHeader()).toList())));
    }

    private TableView<ImportIssue> issuesTable() {
        TableView<ImportIssue> table = new TableView<>(model.issues());
        table.setId("importIssuesTable");
        table.setPrefHeight(220);
        table.getColumns().add(column("issue.severity", i -> i.severity().name(), 80));
        table.getColumns().add(column("issue.file", ImportIssue::file, 140));
        table.getColumns().add(column("issue.sheet", ImportIssue::sheet, 90));
        table.getColumns().add(column("issue.row", i -> i.row() > 0 ? Long.toString(i.row()) : "", 60));
        table.getColumns().add(column("issue.column", ImportIssue::column, 120));
        table.getColumns().add(column("issue.value", ImportIssue::value, 100));
        table.getColumns().add(column("issue.reason", ImportIssue::reason, 420));
        return table;
    }

    private TableColumn<ImportIssue, String> column(String key, java.util.function.Function<ImportIssue, String> value,
            double width) {
        TableColumn<ImportIssue, String> column = new TableColumn<>(i18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void saveReport(Stage stage) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("import-report.csv");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) model.saveReport(file.toPath());
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
