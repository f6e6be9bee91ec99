package reassort.ui.proposals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import reassort.app.Workspace;
import reassort.app.plan.PlanSummary;
import reassort.app.workbench.BulkEdit;
import reassort.app.workbench.GridColumn;
import reassort.app.workbench.ProposalDesk;
import reassort.app.workbench.ProposalFilter;
import reassort.app.workbench.ProposalGrid;
import reassort.app.workbench.AuditLine;
import reassort.app.workbench.ItemKey;
import reassort.app.workbench.GridRow;
import reassort.app.workbench.PlanStatus;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;
import reassort.ui.common.UiPreferences;

/**
 * The proposals screen's state: the grid's rows (filtered and sorted in memory by {@link ProposalGrid}), the
 * selection with its explanation and audit trail (loaded on demand), the planner's changes (saved at once, with
 * undo and redo) and the saved views. FX thread only; store work goes through the task runner.
 */
public final class ProposalsViewModel {
    public static final String SCREEN = "proposals";

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final UiPreferences preferences;
    private final Consumer<String> outcome;
    private final ProposalDesk changes;

    private ProposalGrid grid = new ProposalGrid(List.of());
    private int[] visible = new int[0];
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<ProposalFilter> filter = new SimpleObjectProperty<>(ProposalFilter.ALL);
    private final ObjectProperty<ProposalGrid.Facets> facets = new SimpleObjectProperty<>(new ProposalGrid(List.of()).facets());
    private List<GridColumn.Sort> sort = List.of();
    private final ObjectProperty<GridRow> selected = new SimpleObjectProperty<>();
    private List<GridRow> selection = List.of();
    private final StringProperty explanation = new SimpleStringProperty("");
    private final ObservableList<AuditLine> audit = FXCollections.observableArrayList();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<String> savedViews = FXCollections.observableArrayList();
    private boolean detailsWanted;
    private boolean replacing;
    private Runnable afterFresh = () -> {};
    private boolean loaded;
    private boolean loading;
    private final java.util.Deque<Runnable> waiting = new java.util.ArrayDeque<>();
    private final List<Runnable> afterLoad = new ArrayList<>();

    public ProposalsViewModel(Workspace workspace, TaskRunner tasks, I18n i18n, UiPreferences preferences,
            Consumer<String> outcome) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.i18n = i18n;
        this.preferences = preferences;
        this.outcome = outcome;
        this.changes = workspace.proposalDesk();
        savedViews.setAll(preferences.savedViews(SCREEN).keySet());
        filter.addListener((obs, old, now) -> refresh());
        tasks.runningProperty().addListener((obs, was, running) -> {
            // a waiting action may have nothing to do and start no task: go on to the next
            while (!tasks.runningProperty().get() && !waiting.isEmpty()) waiting.poll().run();
        });
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public UiPreferences preferences() {
        return preferences;
    }

    /** The rows shown, filtered and sorted. */
    public ObservableList<GridRow> rows() {
        return rows;
    }

    /** How many proposals there are before filtering. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ObjectProperty<ProposalFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<ProposalGrid.Facets> facetsProperty() {
        return facets;
    }

    public ObjectProperty<GridRow> selectedProperty() {
        return selected;
    }

    public StringProperty explanationProperty() {
        return explanation;
    }

    public ObservableList<AuditLine> audit() {
        return audit;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** What was wrong with the planner's last input, empty when nothing. */
    public StringProperty problemProperty() {
        return problem;
    }

    public ObservableList<String> savedViews() {
        return savedViews;
    }

    // ---- planning and loading ----------------------------------------------------------------------------------

    /** Forecast, policy and proposals for the whole store, then the grid reloaded. */
    public void runPlan() {
        if (tasks.runningProperty().get()) {
            failed(new IllegalStateException(i18n.text("proposals.busy", tasks.messageProperty().get())));
            return;
        }
        loading = true;
        tasks.run(i18n.text("proposals.planning"), progress -> {
            PlanSummary summary = changes.plan(true, progress);
            return new Loaded(changes.grid(), summary);
        }, result -> {
            loading = false;
            show(result.grid());
            outcome.accept(i18n.text("proposals.planned", i18n.integer(result.summary().items()),
                    i18n.integer(result.summary().orderLines())));
        }, failure -> {
            loading = false;
            if (!afterLoad.isEmpty()) {
                loading = true;
                startLoad();
            }
            failed(failure);
        });
    }

    /** Reads the proposals from the store (light rows, no explanations), once; {@code then} runs when they are in. */
    public void load(Runnable then) {
        if (loaded) {
            then.run();
            return;
        }
        afterLoad.add(then);
        if (loading) return;
        loading = true;
        startLoad();
    }

    /**
     * Starts store work now, or as soon as the running task ends: the planner may press A right after moving to a
     * row, while its explanation is still being read.
     */
    private void whenIdle(Runnable start) {
        if (tasks.runningProperty().get()) waiting.add(start);
        else start.run();
    }

    private void startLoad() {
        whenIdle(this::readRows);
    }

    private void readRows() {
        tasks.run(i18n.text("proposals.loading"), progress -> new Loaded(changes.grid(), null),
                result -> {
                    loading = false;
                    show(result.grid());
                }, failure -> {
                    loading = false;
                    afterLoad.clear();
                    failed(failure);
                });
    }

    public boolean isLoaded() {
        return loaded;
    }

    private record Loaded(ProposalGrid grid, PlanSummary summary) {}

    private void show(ProposalGrid fresh) {
        grid = fresh;
        loaded = true;
        total.set(grid.size());
        facets.set(grid.facets());
        refresh();
        List<Runnable> then = List.copyOf(afterLoad);
        afterLoad.clear();
        then.forEach(Runnable::run);
    }

    private void refresh() {
        visible = grid.select(filter.get(), sort);
        rows.setAll(rowsOf(visible));
    }

    private List<GridRow> rowsOf(int[] numbers) {
        List<GridRow> list = new ArrayList<>(numbers.length);
        for (int n : numbers) list.add(grid.row(n));
        return list;
    }

    public List<GridColumn.Sort> sort() {
        return sort;
    }

    /** Orders the shown rows by the criteria (the table's sort order), first one first. */
    public void sortBy(List<GridColumn.Sort> criteria) {
        sort = List.copyOf(criteria);
        refresh();
    }

    /**
     * Where the proposal of {@code sku} at {@code location} is among the shown rows (filters cleared when they hide
     * it), selected; -1 when there is no such proposal.
     */
    public int reveal(String sku, String location) {
        int number = grid.numberOf(new ItemKey(sku, location));
        if (number < 0) return -1;
        int at = position(number);
        if (at < 0) {
            filter.set(ProposalFilter.ALL);
            at = position(number);
        }
        return at;
    }

    private int position(int number) {
        for (int i = 0; i < visible.length; i++) if (visible[i] == number) return i;
        return -1;
    }

    // ---- selection and details ---------------------------------------------------------------------------------

    /** What the view does once changed rows are in place (select them again: replacing a row unselects it). */
    public void onFreshRows(Runnable action) {
        afterFresh = action;
    }

    /** Runs a change of the table's selection that the model must not follow (the view tells the outcome after). */
    public void quietly(Runnable selectionChange) {
        boolean was = replacing;
        replacing = true;
        try {
            selectionChange.run();
        } finally {
            replacing = was;
        }
    }

    /** Where the selected rows are among the shown ones, the focused row's first. */
    public int[] selectedPositions() {
        List<Integer> at = new ArrayList<>();
        if (selected.get() != null) at.add(position(grid.numberOf(selected.get().key())));
        for (GridRow row : selection) {
            int p = position(grid.numberOf(row.key()));
            if (!at.contains(p)) at.add(p);
        }
        return at.stream().mapToInt(Integer::intValue).filter(p -> p >= 0).toArray();
    }

    /** The row with the focus (its explanation and audit trail are shown) and every selected row. */
    public void select(GridRow current, List<GridRow> all) {
        if (replacing) return;
        selection = all == null ? List.of() : List.copyOf(all);
        if (current == null ? selected.get() == null : selected.get() != null && current.key().equals(selected.get().key())) {
            selected.set(current);
            return;
        }
        selected.set(current);
        explanation.set("");
        audit.clear();
        if (current != null) loadDetails();
    }

    public List<GridRow> selection() {
        return selection;
    }

    /** The selected proposal's explanation and audit trail; deferred while another task runs. */
    private void loadDetails() {
        if (detailsWanted) return;
        detailsWanted = true;
        whenIdle(this::readDetails);
    }

    private void readDetails() {
        detailsWanted = false;
        GridRow row = selected.get();
        if (row == null) return;
        tasks.run(i18n.text("proposals.explanation"), progress -> new Details(row.key(),
                changes.explanation(row.key()), changes.auditTrail(row.key())), details -> {
                    GridRow now = selected.get();
                    if (now == null || !now.key().equals(details.key())) {
                        loadDetails();
                        return;
                    }
                    explanation.set(details.explanation());
                    audit.setAll(details.trail());
                }, this::failed);
    }

    private record Details(ItemKey key, String explanation, List<AuditLine> trail) {}

    // ---- changes -----------------------------------------------------------------------------------------------

    /** The quantity the planner typed, or null (and the problem told) when it is not a quantity of zero or more. */
    public Double quantity(String text) {
        Double value = i18n.parseNumber(text);
        if (value == null) {
            problem.set(i18n.text("proposals.invalidQuantity", text == null ? "" : text.strip()));
            return null;
        }
        if (value < 0) {
            problem.set(i18n.text("proposals.negativeQuantity", i18n.number(value, value == Math.rint(value) ? 0 : 2)));
            return null;
        }
        problem.set("");
        return value;
    }

    /** The date the planner typed, or null (and the problem told). */
    public LocalDate date(String text) {
        LocalDate date = i18n.parseDate(text);
        if (date == null) {
            problem.set(i18n.text("proposals.invalidDate", text == null ? "" : text.strip(),
                    LocalDate.now(workspace.clock()).format(i18n.dateFormat())));
            return null;
        }
        problem.set("");
        return date;
    }

    /** Whether a reason was given; tells the problem otherwise. */
    public boolean hasReason(String reason) {
        boolean given = reason != null && !reason.isBlank();
        problem.set(given ? "" : i18n.text("proposals.reason.missing"));
        return given;
    }

    /** Saves a planner's quantity and/or order date (NaN / null keep the current one) with its reason. */
    public void edit(GridRow row, double quantity, LocalDate orderDate, String reason) {
        if (!hasReason(reason)) return;
        if (!Double.isNaN(quantity) && quantity < 0) {
            problem.set(i18n.text("proposals.negativeQuantity", i18n.number(quantity, 0)));
            return;
        }
        save(() -> changes.edit(row.key(), quantity, orderDate, reason));
    }

    private void save(java.util.function.Supplier<List<GridRow>> change) {
        whenIdle(() -> tasks.run(i18n.text("proposals.saving"), progress -> change.get(), fresh -> {
            applyFresh(fresh);
            outcome.accept(i18n.text("proposals.edited", i18n.integer(fresh.size())));
        }, this::failed));
    }

    public void approveSelection() {
        setStatus(PlanStatus.APPROVED, null);
    }

    public void rejectSelection(String reason) {
        setStatus(PlanStatus.REJECTED, reason == null || reason.isBlank() ? null : reason.strip());
    }

    private void setStatus(PlanStatus status, String reason) {
        if (selection.isEmpty()) {
            problem.set(i18n.text("proposals.nothingSelected"));
            return;
        }
        problem.set("");
        List<ItemKey> keys = selection.stream().map(GridRow::key).toList();
        String statusText = i18n.text("proposals.status." + status.name());
        whenIdle(() -> tasks.run(i18n.text("proposals.statusSet", keys.size(), statusText),
                progress -> changes.setStatus(keys, status, reason), fresh -> {
                    applyFresh(fresh);
                    outcome.accept(i18n.text("proposals.statusSet", i18n.integer(fresh.size()), statusText));
                }, this::failed));
    }

    /** What a bulk edit would do to the selected proposals (nothing saved). */
    public List<BulkEdit.Preview> preview(BulkEdit edit) {
        return edit.preview(selection);
    }

    /** Saves a previewed bulk edit, all or nothing, as one change for undo. */
    public void apply(BulkEdit edit, List<BulkEdit.Preview> previews) {
        save(() -> changes.apply(edit, previews));
    }

    public void undo() {
        whenIdle(this::undoNow);
    }

    private void undoNow() {
        if (!changes.canUndo()) return;
        String action = changes.nextUndo();
        tasks.run(i18n.text("proposals.undo"), progress -> changes.undo(), fresh -> {
            applyFresh(fresh);
            outcome.accept(i18n.text("proposals.undone", action));
        }, this::failed);
    }

    public void redo() {
        whenIdle(this::redoNow);
    }

    private void redoNow() {
        if (!changes.canRedo()) return;
        String action = changes.nextRedo();
        tasks.run(i18n.text("proposals.redo"), progress -> changes.redo(), fresh -> {
            applyFresh(fresh);
            outcome.accept(i18n.text("proposals.redone", action));
        }, this::failed);
    }

    /** Puts the store's fresh rows in place where they are shown (no re-sorting: rows do not jump away). */
    private void applyFresh(List<GridRow> fresh) {
        List<GridRow> kept = selection;
        GridRow current = selected.get();
        grid.replace(fresh);
        replacing = true;
        try {
            for (GridRow row : fresh) {
                int at = position(grid.numberOf(row.key()));
                if (at >= 0) rows.set(at, row);
            }
        } finally {
            replacing = false;
        }
        List<GridRow> reselected = new ArrayList<>(kept.size());
        for (GridRow row : kept) {
            int number = grid.numberOf(row.key());
            reselected.add(number < 0 ? row : grid.row(number));
        }
        selection = List.copyOf(reselected);
        if (current != null) {
            selected.set(grid.row(grid.numberOf(current.key())));
            if (fresh.stream().anyMatch(r -> r.key().equals(current.key()))) loadDetails();
        }
        afterFresh.run();
        canUndo.set(changes.canUndo());
        canRedo.set(changes.canRedo());
    }

    // ---- saved views -------------------------------------------------------------------------------------------

    public void saveView(String name) {
        if (name == null || name.isBlank()) return;
        preferences.saveView(SCREEN, name.strip(), filter.get().encode());
        savedViews.setAll(preferences.savedViews(SCREEN).keySet());
        outcome.accept(i18n.text("proposals.view.saved", name.strip()));
    }

    public void applyView(String name) {
        String encoded = preferences.savedViews(SCREEN).get(name);
        if (encoded == null) return;
        try {
            filter.set(ProposalFilter.decode(encoded));
        } catch (IllegalArgumentException e) {
            failed(e);
        }
    }

    public void deleteView(String name) {
        preferences.deleteView(SCREEN, name);
        savedViews.setAll(preferences.savedViews(SCREEN).keySet());
    }

    public void failed(Throwable failure) {
        outcome.accept(Failures.describe(failure, i18n));
        canUndo.set(changes.canUndo());
        canRedo.set(changes.canRedo());
    }
}
