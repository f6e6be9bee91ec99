package reassort.ui.workbench;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import reassort.app.StoreOverview;
import reassort.app.Workspace;
import reassort.app.imports.ImportSummary;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;
import reassort.ui.common.TaskRunner;
import reassort.ui.common.UiPreferences;

/** The main window's state: what the store holds and the outcome of the last background task. */
public final class WorkbenchViewModel {
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ObjectProperty<StoreOverview> overview = new SimpleObjectProperty<>();
    private final StringProperty lastOutcome = new SimpleStringProperty("");
    private final Navigation navigation = new Navigation();
    private final reassort.ui.series.SeriesViewModel seriesModel;
    private final reassort.ui.exceptions.ExceptionsViewModel exceptionsModel;
    private final reassort.ui.kpi.KpiViewModel kpiModel;
    private final UiPreferences preferences;

    public WorkbenchViewModel(Workspace workspace, TaskRunner tasks, I18n i18n) {
        this(workspace, tasks, i18n, UiPreferences.inMemory());
    }

    public WorkbenchViewModel(Workspace workspace, TaskRunner tasks, I18n i18n, UiPreferences preferences) {
        this.preferences = preferences;
        this.workspace = workspace;
        this.tasks = tasks;
        this.i18n = i18n;
        lastOutcome.set(i18n.text("status.ready", workspace.storeDescription()));
        seriesModel = new reassort.ui.series.SeriesViewModel(workspace, tasks, i18n);
        navigation.onShowSeries(seriesModel::show);
        exceptionsModel = new reassort.ui.exceptions.ExceptionsViewModel(workspace, tasks, i18n, navigation);
        kpiModel = new reassort.ui.kpi.KpiViewModel(workspace, tasks, i18n);
    }

    public reassort.ui.series.SeriesViewModel seriesModel() {
        return seriesModel;
    }

    public reassort.ui.exceptions.ExceptionsViewModel exceptionsModel() {
        return exceptionsModel;
    }

    public reassort.ui.kpi.KpiViewModel kpiModel() {
        return kpiModel;
    }

    public Workspace workspace() {
        return workspace;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public I18n i18n() {
        return i18n;
    }

    /** What the workbench remembers (columns, dividers, saved views). */
    public UiPreferences preferences() {
        return preferences;
    }

    /** How the screens open one another. */
    public Navigation navigation() {
        return navigation;
    }

    public ObjectProperty<StoreOverview> overviewProperty() {
        return overview;
    }

    public StringProperty lastOutcomeProperty() {
        return lastOutcome;
    }

    public void refreshOverview() {
        tasks.run(i18n.text("overview.title"), progress -> workspace.overview(), overview::set, this::failed);
    }

    public void loadSample() {
        tasks.run(i18n.text("menu.file.sample"), progress -> workspace.sample().load(progress),
                this::imported, this::failed);
    }

    /** Called when an import finished, here or in the import dialog. */
    public void imported(ImportSummary summary) {
        lastOutcome.set(i18n.text("import.done", i18n.integer(summary.recordsWritten()), summary.files().size()));
        refreshOverview();
    }

    public void failed(Throwable failure) {
        lastOutcome.set(Failures.describe(failure, i18n));
    }
}
