package reassort.ui.scenarios;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import reassort.app.Workspace;
import reassort.app.scenario.ScenarioResult;
import reassort.app.scenario.Scenarios;
import reassort.app.scenario.ScenarioInfo;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;

/**
 * The scenarios screen's state: the saved scenarios, the results being compared side by side, and the last
 * outcome. Every store read or write, and every run, goes through the task runner.
 */
public final class ScenariosViewModel {
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ObservableList<ScenarioInfo> scenarios = FXCollections.observableArrayList();
    private final ObservableList<ScenarioResult> results = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Scenarios.Promoted> lastPromotion = new SimpleObjectProperty<>();

    public ScenariosViewModel(Workspace workspace, TaskRunner tasks, I18n i18n) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    /** The workspace's today (the form's default dates start from it). */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(workspace.clock());
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public ObservableList<ScenarioInfo> scenarios() {
        return scenarios;
    }

    /** The results shown side by side, each against the same baseline. */
    public ObservableList<ScenarioResult> results() {
        return results;
    }

    /** The allocation rows of the comparison: baseline, then each result shown (EN/FR). */
    public List<AllocationRows.Row> allocationRows() {
        return AllocationRows.of(results, i18n);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Scenarios.Promoted> lastPromotionProperty() {
        return lastPromotion;
    }

    public void refresh() {
        tasks.run(i18n.text("scenarios.title"), progress -> workspace.scenarios().infos(), scenarios::setAll, this::failed);
    }

    /** Saves a new scenario with the form's promotion. */
    public void create(PromotionForm form) {
        String name = form.name() == null || form.name().isBlank() ? i18n.text("scenarios.defaultName") : form.name().strip();
        change(i18n.text("scenarios.create"), () -> {
            PromotionForm.Checked c = form.check();
            ScenarioInfo created = workspace.scenarios().create(name, c.promotion(), c.uplift(), c.dip(), c.dipWeeks(),
                    c.cannibalisation());
            return i18n.text("scenarios.created", created.name());
        });
    }

    public void rename(ScenarioInfo scenario, String name) {
        change(i18n.text("scenarios.rename"), () -> {
            workspace.scenarios().rename(scenario.id(), name);
            return i18n.text("scenarios.renamed", scenario.name(), name);
        });
    }

    public void duplicate(ScenarioInfo scenario, String name) {
        change(i18n.text("scenarios.duplicate"), () -> {
            workspace.scenarios().duplicate(scenario.id(), name);
            return i18n.text("scenarios.created", name);
        });
    }

    /** Deletes (discards) a scenario and drops it from the comparison. */
    public void delete(ScenarioInfo scenario) {
        results.removeIf(r -> r.scenarioId() == scenario.id());
        change(i18n.text("scenarios.delete"), () -> {
            workspace.scenarios().delete(scenario.id());
            return i18n.text("scenarios.deleted", scenario.name());
        });
    }

    /** A change to the saved scenarios, then the list read again, in one task. */
    private void change(String title, java.util.concurrent.Callable<String> work) {
        tasks.run(title, progress -> {
            String outcome = work.call();
            return new Listed(outcome, workspace.scenarios().infos(), null);
        }, this::show, this::failed);
    }

    private record Listed(String message, List<ScenarioInfo> scenarios, List<ScenarioResult> results) {}

    private void show(Listed listed) {
        scenarios.setAll(listed.scenarios());
        if (listed.results() != null) results.setAll(listed.results());
        message.set(listed.message());
    }

    /** Runs the chosen scenarios against the plan and shows them side by side. */
    public void compare(List<ScenarioInfo> chosen) {
        if (chosen.isEmpty()) return;
        List<Long> ids = chosen.stream().map(ScenarioInfo::id).toList();
        tasks.run(i18n.text("scenarios.run"), progress -> {
            List<ScenarioResult> computed = workspace.scenarios().compare(ids, progress);
            return new Listed(i18n.text("scenarios.ran", computed.size()), workspace.scenarios().infos(), computed);
        }, this::show, this::failed);
    }

    /** Makes the scenario's proposals the planner's (audited), then tells how many changed. */
    public void promote(ScenarioInfo scenario) {
        tasks.run(i18n.text("scenarios.promote"), progress -> workspace.scenarios().promote(scenario.id(), progress),
                promoted -> {
                    lastPromotion.set(promoted);
                    message.set(i18n.text("scenarios.promoted", promoted.name(), promoted.proposalsChanged()) + " "
                            + i18n.text("scenarios.alloc.promoted"));
                }, this::failed);
    }

    public void failed(Throwable failure) {
        message.set(Failures.describe(failure, i18n));
    }
}
