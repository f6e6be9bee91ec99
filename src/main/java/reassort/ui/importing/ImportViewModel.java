package reassort.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import reassort.app.imports.FileToImport;
import reassort.app.imports.ImportFiles;
import reassort.app.imports.ImportSummary;
import reassort.app.imports.InspectedFile;
import reassort.app.imports.PreparedImport;
import reassort.domain.Dataset;
import reassort.io.Field;
import reassort.io.FileMapping;
import reassort.io.ImportIssue;
import reassort.io.Layout;
import reassort.io.SheetInspection;
import reassort.io.SheetMapping;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;

/**
 * The import dialog's state: the chosen files' sheets with their editable mappings, then the read result, and the
 * planner's choice when rows were rejected (import the valid rows with the report, or nothing).
 */
public final class ImportViewModel {
    public enum Phase { EMPTY, INSPECTING, REVIEW, READING, DECIDE, DONE }

    private final ImportFiles imports;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Consumer<ImportSummary> onImported;

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.EMPTY);
    private final ObservableList<SheetChoice> sheets = FXCollections.observableArrayList(
            sheet -> new javafx.beans.Observable[] {sheet.mappingProperty()});
    private final ObjectProperty<SheetChoice> selected = new SimpleObjectProperty<>();
    private final ObservableList<ImportIssue> issues = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canImport;
    private PreparedImport pending;
    private PreparedImport lastRead;

    public ImportViewModel(ImportFiles imports, TaskRunner tasks, I18n i18n, Consumer<ImportSummary> onImported) {
        this.imports = imports;
        this.tasks = tasks;
        this.i18n = i18n;
        this.onImported = onImported;
        canImport = Bindings.createBooleanBinding(
                () -> phase.get() == Phase.REVIEW
                        && sheets.stream().anyMatch(s -> !s.mapping().skip())
                        && sheets.stream().allMatch(s -> s.missingFields().isEmpty()),
                phase, sheets);
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObservableList<SheetChoice> sheets() {
        return sheets;
    }

    public ObjectProperty<SheetChoice> selectedProperty() {
        return selected;
    }

    public ObservableList<ImportIssue> issues() {
        return issues;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public void inspect(List<Path> files) {
        phase.set(Phase.INSPECTING);
        message.set(i18n.text("import.inspecting", files.size() == 1 ? files.get(0).getFileName() : files.size()));
        tasks.run(message.get(), progress -> imports.inspect(files, progress), this::inspected, this::failedBeforeReading);
    }

    private void inspected(List<InspectedFile> files) {
        List<SheetChoice> choices = new ArrayList<>();
        for (InspectedFile file : files) {
            for (SheetInspection sheet : file.inspection().sheets()) {
                SheetMapping mapping = file.mapping().forSheet(sheet.sheet()).orElse(sheet.proposedMapping());
                choices.add(new SheetChoice(file, sheet, mapping, file.rememberedSheets().contains(sheet.sheet())));
            }
        }
        sheets.setAll(choices);
        selected.set(choices.isEmpty() ? null : choices.get(0));
        message.set("");
        phase.set(Phase.REVIEW);
    }

    public void setDataset(SheetChoice sheet, Dataset dataset, Layout layout) {
        SheetMapping current = sheet.mapping();
        Layout usable = dataset == Dataset.SALES ? layout : Layout.LONG;
        SheetMapping changed = new SheetMapping(current.sheet(), dataset, usable, current.headerRow(),
                keep(current.columns(), dataset, usable), keep(current.constants(), dataset, usable), false,
                current.decimalSeparator(), current.dateOrder(), current.shapeKey());
        sheet.mappingProperty().set(changed);
    }

    private static Map<Field, String> keep(Map<Field, String> fields, Dataset dataset, Layout layout) {
        Map<Field, String> kept = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            if (field.usedIn(dataset, layout)) kept.put(field, value);
        });
        return kept;
    }

    public void setSkip(SheetChoice sheet, boolean skip) {
        sheet.mappingProperty().set(sheet.mapping().withSkip(skip));
    }

    /** Maps a field to a column of the sheet (null: no column). */
    public void setColumn(SheetChoice sheet, Field field, String header) {
        SheetMapping current = sheet.mapping();
        Map<Field, String> columns = new LinkedHashMap<>(current.columns());
        if (header == null || header.isBlank()) columns.remove(field); else columns.put(field, header);
        sheet.mappingProperty().set(new SheetMapping(current.sheet(), current.dataset(), current.layout(),
                current.headerRow(), columns, current.constants(), current.skip(), current.decimalSeparator(),
                current.dateOrder(), current.shapeKey()));
    }

    /** Gives a field one value for every row (empty: none). */
    public void setConstant(SheetChoice sheet, Field field, String value) {
        SheetMapping current = sheet.mapping();
        Map<Field, String> constants = new LinkedHashMap<>(current.constants());
        if (value == null || value.isBlank()) constants.remove(field); else constants.put(field, value.strip());
        sheet.mappingProperty().set(new SheetMapping(current.sheet(), current.dataset(), current.layout(),
                current.headerRow(), current.columns(), constants, current.skip(), current.decimalSeparator(),
                current.dateOrder(), current.shapeKey()));
    }

    /** Reads every file with the edited mappings into a pending import; commits at once when no row was rejected. */
    public void startImport() {
        if (!canImport.get()) return;
        List<FileToImport> files = filesToImport();
        phase.set(Phase.READING);
        tasks.run(i18n.text("import.reading", files.size() == 1 ? files.get(0).file().getFileName() : files.size()),
                progress -> imports.prepare(files, progress), this::read, this::failedBeforeReading);
    }

    List<FileToImport> filesToImport() {
        Map<InspectedFile, FileMapping> mappings = new LinkedHashMap<>();
        for (SheetChoice sheet : sheets) {
            mappings.merge(sheet.file(), sheet.file().mapping().with(sheet.mapping()),
                    (a, b) -> a.with(sheet.mapping()));
        }
        return mappings.entrySet().stream()
                .map(e -> new FileToImport(e.getKey().inspection().file(), e.getValue()))
                .toList();
    }

    private void read(PreparedImport prepared) {
        pending = prepared;
        lastRead = prepared;
        issues.setAll(prepared.issues());
        message.set(i18n.text("import.issues.summary", i18n.integer(prepared.rowsRejected()),
                i18n.integer(prepared.warningCount())));
        if (prepared.hasErrors()) {
            phase.set(Phase.DECIDE);
        } else {
            commit();
        }
    }

    /** Imports the valid rows (the planner's choice when some were rejected). */
    public void commit() {
        PreparedImport prepared = pending;
        if (prepared == null) return;
        tasks.run(i18n.text("action.import"), progress -> prepared.commit(), summary -> {
            pending = null;
            message.set(i18n.text("import.done", i18n.integer(summary.recordsWritten()), summary.files().size())
                    + " " + i18n.text("import.issues.summary", i18n.integer(summary.rowsRejected()),
                            i18n.integer(summary.warningCount())));
            phase.set(Phase.DONE);
            onImported.accept(summary);
        }, failure -> {
            discard();
            message.set(Failures.describe(failure, i18n));
        });
    }

    /** Imports nothing: the store stays as it was. */
    public void discard() {
        if (pending != null) {
            pending.discard();
            pending = null;
        }
        message.set(i18n.text("status.cancelled"));
        phase.set(Phase.DONE);
    }

    public void saveReport(Path file) {
        PreparedImport prepared = lastRead;
        if (prepared != null) {
            tasks.run(i18n.text("import.saveReport"), progress -> {
                prepared.writeReport(file);
                return file;
            }, saved -> {}, failure -> message.set(Failures.describe(failure, i18n)));
        }
    }

    private void failedBeforeReading(Throwable failure) {
        message.set(Failures.describe(failure, i18n));
        phase.set(sheets.isEmpty() ? Phase.EMPTY : Phase.REVIEW);
    }
}
