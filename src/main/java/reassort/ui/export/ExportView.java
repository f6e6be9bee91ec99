package reassort.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
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
import reassort.app.export.ExportFormat;
import reassort.app.export.ExportLanguage;
import reassort.app.export.ExportStatus;
import reassort.ui.common.I18n;
import reassort.ui.export.ExportViewModel.Kind;

/** File → Export…: what to export, how and where; the export runs in the background with progress and cancel. */
public final class ExportView {
    private final ExportViewModel model;
    private final Window owner;
    private final I18n i18n;

    public ExportView(ExportViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
        this.i18n = model.i18n();
    }

    public Stage show() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.text("export.title"));

        ComboBox<Kind> kind = combo("exportKindCombo", List.of(Kind.values()), k -> i18n.text("export.kind." + k.name()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<ExportStatus> status = combo("exportStatusCombo", List.of(ExportStatus.values()),
                s -> i18n.text("export.status." + s.name()));
        status.valueProperty().bindBidirectional(model.statusProperty());
        Label selection = new Label(model.hasSelection() ? i18n.text("export.selection", model.selectionSize()) : "");
        selection.setId("exportSelectionLabel");
        CheckBox perLocation = new CheckBox(i18n.text("export.perLocation"));
        perLocation.setId("exportPerLocationCheck");
        perLocation.selectedProperty().bindBidirectional(model.perLocationProperty());
        ComboBox<ExportFormat> format = combo("exportFormatCombo", List.of(ExportFormat.values()),
                f -> i18n.text("export.format." + f.name()));
        format.valueProperty().bindBidirectional(model.formatProperty());
        ComboBox<ExportLanguage> language = combo("exportLanguageCombo", List.of(ExportLanguage.values()),
                l -> i18n.text("export.language." + l.name()));
        language.valueProperty().bindBidirectional(model.languageProperty());
        CheckBox mark = new CheckBox(i18n.text("export.mark"));
        mark.setId("exportMarkCheck");
        mark.selectedProperty().bindBidirectional(model.markExportedProperty());
        for (var control : List.of(perLocation, format, mark)) {
            control.disableProperty().bind(model.ordersOptionsDisabled());
        }
        status.disableProperty().bind(model.statusDisabled());

        TextField target = new TextField();
        target.setId("exportTargetField");
        target.setEditable(false);
        target.setPrefColumnCount(36);
        model.targetProperty().addListener((o, old, path) -> target.setText(path == null ? "" : path.toString()));
        Button browse = new Button(i18n.text("export.browse"));
        browse.setId("exportBrowseButton");
        browse.setOnAction(e -> chooseTarget(stage));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int r = 0;
        form.addRow(r++, new Label(i18n.text("export.what")), kind);
        form.addRow(r++, new Label(i18n.text("export.statusLabel")), new HBox(8, status, selection));
        form.addRow(r++, new Label(i18n.text("export.grouping")), perLocation);
        form.addRow(r++, new Label(i18n.text("export.formatLabel")), format);
        form.addRow(r++, new Label(i18n.text("export.languageLabel")), language);
        form.addRow(r++, new Label(), mark);
        form.addRow(r, new Label(i18n.text("export.target")), new HBox(8, target, browse));

        Label message = new Label();
        message.setId("exportMessageLabel");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.progressProperty().bind(model.tasks().progressProperty());
        progress.visibleProperty().bind(model.tasks().runningProperty());
        Button cancel = new Button(i18n.text("action.cancel"));
        cancel.setId("exportCancelTaskButton");
        cancel.visibleProperty().bind(model.tasks().runningProperty());
        cancel.setOnAction(e -> model.tasks().cancel());
        Button run = new Button(i18n.text("export.run"));
        run.setId("exportRunButton");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canExport().not());
        run.setOnAction(e -> model.export());
        Button close = new Button(i18n.text("action.close"));
        close.setId("exportCloseButton");
        close.setCancelButton(true);
        close.disableProperty().bind(model.tasks().runningProperty());
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (model.tasks().runningProperty().get()) e.consume();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, cancel, spacer, run, close);
        VBox root = new VBox(12, form, message, buttons);
        root.setId("exportRoot");
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root, 720, 400));
        stage.show();
        return stage;
    }

    private void chooseTarget(Stage stage) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("export.title"));
        boolean xlsx = model.kindProperty().get() == Kind.REVIEW || model.formatProperty().get() == ExportFormat.XLSX;
        chooser.getExtensionFilters().add(xlsx ? new FileChooser.ExtensionFilter("Excel", "*.xlsx")
                : new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName(model.suggestedFileName());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) model.targetProperty().set(Path.of(chosen.getPath()));
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> text) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(items);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        return combo;
    }
}
