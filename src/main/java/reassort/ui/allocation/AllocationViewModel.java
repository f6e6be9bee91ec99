package reassort.ui.allocation;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import reassort.app.Workspace;
import reassort.app.allocation.AllocationSummary;
import reassort.app.workbench.AllocationDesk;
import reassort.app.workbench.AllocationRow;
import reassort.app.workbench.AuditLine;
import reassort.app.workbench.PlanStatus;
import reassort.app.workbench.TransferRow;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;

/**
 * The allocation screen's state: the latest run's summary, the allocations and transfers (filtered and sorted in
 * memory), the selected row's explanation, audit trail and its SKU's available to promise (read on demand), and the
 * planner's changes, each saved at once through the task runner. FX thread only.
 */
public final class AllocationViewModel {
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Consumer<String> outcome;
    private final AllocationDesk desk;

    private final ObservableList<AllocationRow> allocations = FXCollections.observableArrayList();
    private final ObservableList<TransferRow> transfers = FXCollections.observableArrayList();
    private final FilteredList<AllocationRow> shownAllocations = new FilteredList<>(allocations);
    private final FilteredList<TransferRow> shownTransfers = new FilteredList<>(transfers);
    private final SortedList<AllocationRow> sortedAllocations = new SortedList<>(shownAllocations);
    private final SortedList<TransferRow> sortedTransfers = new SortedList<>(shownTransfers);
    private final ObjectProperty<AllocationFilter> filter = new SimpleObjectProperty<>(AllocationFilter.ALL);
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObjectProperty<AllocationDesk.LatestRun> latest = new SimpleObjectProperty<>();
    private final StringProperty latestText = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    private final ObjectProperty<Object> selected = new SimpleObjectProperty<>();
    private List<AllocationRow> selectedAllocations = List.of();
    private List<TransferRow> selectedTransfers = List.of();
    private final StringProperty explanation = new SimpleStringProperty("");
    private final ObservableList<AuditLine> audit = FXCollections.observableArrayList();
    private final ObservableList<AllocationDesk.AtpLine> availability = FXCollections.observableArrayList();
    private final StringProperty webPool = new SimpleStringProperty("");

    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean loaded;
    private boolean detailsWanted;
    private boolean replacing;
    private Runnable afterFresh = () -> {};

    public AllocationViewModel(Workspace workspace, TaskRunner tasks, I18n i18n, Consumer<String> outcome) {
        this(new AllocationDesk(workspace.allocations(), workspace.allocationReview(), workspace.plans(),
                workspace.clock()), tasks, i18n, outcome);
    }

    AllocationViewModel(AllocationDesk desk, TaskRunner tasks, I18n i18n, Consumer<String> outcome) {
        this.desk = desk;
        this.tasks = tasks;
        this.i18n = i18n;
        this.outcome = outcome;
        filter.addListener((obs, old, now) -> {
            shownAllocations.setPredicate(now::test);
            shownTransfers.setPredicate(now::test);
        });
        tasks.runningProperty().addListener((obs, was, running) -> {
            while (!tasks.runningProperty().get() && !waiting.isEmpty()) waiting.poll().run();
        });
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** The allocations shown, filtered; sorted by the comparator the table binds to it. */
    public SortedList<AllocationRow> allocations() {
        return sortedAllocations;
    }

    public SortedList<TransferRow> transfers() {
        return sortedTransfers;
    }

    /** How many allocations and transfers there are before filtering. */
    public int allocationCount() {
        return allocations.size();
    }

    public int transferCount() {
        return transfers.size();
    }

    public ObjectProperty<AllocationFilter> filterProperty() {
        return filter;
    }

    /** The locations and channels of the rows, for the filters. */
    public ObservableList<String> locations() {
        return locations;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObjectProperty<AllocationDesk.LatestRun> latestProperty() {
        return latest;
    }

    /** The latest run in a line: when, how many allocations, scarce SKUs (the first few named) and transfers. */
    public StringProperty latestTextProperty() {
        return latestText;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** The row whose details are shown: an {@link AllocationRow}, a {@link TransferRow} or null. */
    public ObjectProperty<Object> selectedProperty() {
        return selected;
    }

    public StringProperty explanationProperty() {
        return explanation;
    }

    public ObservableList<AuditLine> audit() {
        return audit;
    }

    /** The selected row's SKU available to promise per location, channel and date. */
    public ObservableList<AllocationDesk.AtpLine> availability() {
        return availability;
    }

    public StringProperty webPoolProperty() {
        return webPool;
    }

    // ---- running and loading ---------------------------------------------------------------------------------------

    private void whenIdle(Runnable start) {
        if (tasks.runningProperty().get()) waiting.add(start);
        else start.run();
    }

    /** Reads the rows the first time the screen is shown. */
    public void load() {
        if (loaded) return;
        loaded = true;
        reload();
    }

    /** Reads the latest run and every row again. */
    public void reload() {
        whenIdle(() -> tasks.run(i18n.text("allocation.loading"), progress -> desk.board(), this::show, this::failed));
    }

    /** Allocates from the latest plan (in the background, with progress and cancel), then shows the new rows. */
    public void runAllocation() {
        if (tasks.runningProperty().get()) {
            failed(new IllegalStateException(i18n.text("proposals.busy", tasks.messageProperty().get())));
            return;
        }
        problem.set("");
        tasks.run(i18n.text("allocation.running"), progress -> {
            if (!desk.hasPlan()) throw new IllegalStateException(i18n.text("allocation.noPlan"));
            AllocationSummary summary = desk.run(progress);
            return new Ran(summary, desk.board());
        }, ran -> {
            loaded = true;
            show(ran.board());
            outcome.accept(i18n.text("allocation.done", i18n.integer(ran.summary().lines()),
                    i18n.integer(ran.summary().scarce()), i18n.integer(ran.summary().transfers())) + netted(ran.summary()));
        }, this::failed);
    }

    private record Ran(AllocationSummary summary, AllocationDesk.Board board) {}

    /** The planner's decisions the run netted, when there were any (empty otherwise). */
    private String netted(AllocationSummary summary) {
        AllocationSummary.NettingTotals n = summary.netting();
        if (n.heldLines() + n.rejectedLines() == 0) return "";
        String text = " " + i18n.text("allocation.netted", i18n.integer(n.heldLines()), i18n.number(n.heldUnits(), 0),
                i18n.integer(n.rejectedLines()), i18n.number(n.freedUnits(), 0));
        if (n.overSupplySources() > 0) {
            text += " " + i18n.text("allocation.netted.over", i18n.integer(n.overSupplySources()),
                    i18n.number(n.overSupplyUnits(), 0));
        }
        return text;
    }

    /** Replaces the stored rules by a rules file's (checked row by row first: a wrong file changes nothing). */
    public void importRules(Path file) {
        problem.set("");
        whenIdle(() -> tasks.run(i18n.text("allocation.rules.importing", file.getFileName()),
                progress -> desk.importRules(file), count -> outcome.accept(i18n.text("allocation.rules.imported",
                        i18n.integer(count), file.getFileName())), failure -> {
                            problem.set(Failures.describe(failure, i18n));
                            failed(failure);
                        }));
    }

    /** Drops the stored rules: the next run uses the defaults. */
    public void resetRules() {
        problem.set("");
        whenIdle(() -> tasks.run(i18n.text("allocation.rules.resetting"), progress -> {
            desk.resetRules();
            return Boolean.TRUE;
        }, done -> outcome.accept(i18n.text("allocation.rules.reset")), this::failed));
    }

    private void show(AllocationDesk.Board board) {
        latest.set(board.latest());
        allocations.setAll(board.allocations());
        transfers.setAll(board.transfers());
        TreeSet<String> places = new TreeSet<>();
        TreeSet<String> sold = new TreeSet<>();
        for (AllocationRow r : board.allocations()) {
            places.add(r.location());
            sold.add(r.channel());
        }
        for (TransferRow t : board.transfers()) {
            places.add(t.from());
            places.add(t.to());
        }
        locations.setAll(places);
        channels.setAll(sold);
        latestText.set(describe(board));
        Object current = selected.get();
        if (current != null) {
            selected.set(fresh(current));
            if (selected.get() == null) clearDetails();
            else loadDetails();
        }
    }

    private String describe(AllocationDesk.Board board) {
        AllocationDesk.LatestRun run = board.latest();
        if (run == null) return i18n.text("allocation.noRun");
        TreeSet<String> scarce = new TreeSet<>();
        for (AllocationRow r : board.allocations()) if (r.scarce()) scarce.add(r.sku());
        String named = String.join(", ", scarce.stream().limit(5).toList()) + (scarce.size() > 5 ? ", …" : "");
        return i18n.text("allocation.latest", i18n.dateTimeFormat().format(run.at().atZone(java.time.ZoneId.systemDefault())),
                i18n.integer(run.lines()), i18n.integer(run.scarceSkus()), i18n.integer(run.transfers()),
                scarce.isEmpty() ? "" : " (" + named + ")");
    }

    private Object fresh(Object row) {
        if (row instanceof AllocationRow a) {
            return allocations.stream().filter(r -> r.key().equals(a.key())).findFirst().orElse(null);
        }
        if (row instanceof TransferRow t) {
            return transfers.stream().filter(r -> r.key().equals(t.key())).findFirst().orElse(null);
        }
        return null;
    }

    // ---- selection and details -------------------------------------------------------------------------------------

    /** What the view does once changed rows are in place (select them again: replacing a row unselects it). */
    public void onFreshRows(Runnable action) {
        afterFresh = action;
    }

    /** Runs a change of a table's selection that the model must not follow. */
    public void quietly(Runnable selectionChange) {
        boolean was = replacing;
        replacing = true;
        try {
            selectionChange.run();
        } finally {
            replacing = was;
        }
    }

    /** The allocation with the focus (its details shown) and every selected one. */
    public void selectAllocation(AllocationRow current, List<AllocationRow> all) {
        if (replacing) return;
        selectedAllocations = all == null ? List.of() : List.copyOf(all);
        select(current);
    }

    public void selectTransfer(TransferRow current, List<TransferRow> all) {
        if (replacing) return;
        selectedTransfers = all == null ? List.of() : List.copyOf(all);
        select(current);
    }

    private void select(Object current) {
        if (current == null) return;
        if (current.equals(selected.get())) return;
        Object before = selected.get();
        selected.set(current);
        if (before != null && sameSubject(before, current)) return;
        clearDetails();
        loadDetails();
    }

    private static boolean sameSubject(Object a, Object b) {
        if (a instanceof AllocationRow x && b instanceof AllocationRow y) return x.key().equals(y.key());
        if (a instanceof TransferRow x && b instanceof TransferRow y) return x.key().equals(y.key());
        return false;
    }

    public List<AllocationRow> selectedAllocations() {
        return selectedAllocations;
    }

    public List<TransferRow> selectedTransfers() {
        return selectedTransfers;
    }

    private void clearDetails() {
        explanation.set("");
        audit.clear();
        availability.clear();
        webPool.set("");
    }

    private void loadDetails() {
        if (detailsWanted) return;
        detailsWanted = true;
        whenIdle(this::readDetails);
    }

    private void readDetails() {
        detailsWanted = false;
        Object row = selected.get();
        if (row == null) return;
        tasks.run(i18n.text("allocation.details"), progress -> details(row), details -> {
            if (!sameSubject(details.row(), selected.get())) {
                loadDetails();
                return;
            }
            explanation.set(details.explanation());
            audit.setAll(details.trail());
            availability.setAll(details.availability().lines());
            webPool.set(i18n.text("allocation.atp.web", details.availability().sku(),
                    number(details.availability().webPooled()), number(details.availability().webWarehouse()),
                    i18n.integer(details.availability().webStores())));
        }, this::failed);
    }

    private Details details(Object row) {
        if (row instanceof AllocationRow a) {
            return new Details(row, ownFirst(desk.explanation(a.sku(), a.location()), a.explanation()),
                    desk.auditTrail(a.key()), desk.availability(a.sku()));
        }
        TransferRow t = (TransferRow) row;
        return new Details(row, ownFirst(desk.explanation(t.sku(), t.to()), t.explanation()), desk.auditTrail(t.key()),
                desk.availability(t.sku()));
    }

    /**
     * The explanation of everything allocated or transferred at the location, blank-line separated blocks, with the
     * selected row's block first.
     */
    static String ownFirst(String all, String own) {
        if (own.isEmpty()) return all;
        List<String> blocks = new ArrayList<>(List.of(all.split("\n\n", -1)));
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).startsWith(own.strip())) {
                blocks.add(0, blocks.remove(i));
                return String.join("\n\n", blocks);
            }
        }
        return own + "\n" + all;
    }

    private record Details(Object row, String explanation, List<AuditLine> trail, AllocationDesk.Availability availability) {}

    // ---- changes ---------------------------------------------------------------------------------------------------

    /** The quantity the planner typed, or null (and the problem told) when it is not a quantity of zero or more. */
    public Double quantity(String text) {
        Double value = i18n.parseNumber(text);
        if (value == null) {
            problem.set(i18n.text("proposals.invalidQuantity", text == null ? "" : text.strip()));
            return null;
        }
        if (value < 0) {
            problem.set(i18n.text("allocation.negativeQuantity", number(value)));
            return null;
        }
        problem.set("");
        return value;
    }

    /** Whether a reason was given; tells the problem otherwise. */
    public boolean hasReason(String reason) {
        boolean given = reason != null && !reason.isBlank();
        problem.set(given ? "" : i18n.text("allocation.reason.missing"));
        return given;
    }

    /** Saves the planner's quantity for an allocation, with its reason. */
    public void edit(AllocationRow row, double quantity, String reason) {
        if (!editable(quantity, reason)) return;
        whenIdle(() -> tasks.run(i18n.text("allocation.saving"), progress -> desk.edit(row.key(), quantity,
                reason.strip()), fresh -> {
                    applied(List.of(fresh), List.of());
                    outcome.accept(i18n.text("allocation.edited", fresh.sku()));
                }, this::failed));
    }

    /** Saves the planner's quantity for a transfer, with its reason. */
    public void edit(TransferRow row, double quantity, String reason) {
        if (!editable(quantity, reason)) return;
        whenIdle(() -> tasks.run(i18n.text("allocation.saving"), progress -> desk.edit(row.key(), quantity,
                reason.strip()), fresh -> {
                    applied(List.of(), List.of(fresh));
                    outcome.accept(i18n.text("allocation.edited", fresh.sku()));
                }, this::failed));
    }

    private boolean editable(double quantity, String reason) {
        if (!(quantity >= 0 && quantity < Double.POSITIVE_INFINITY)) {
            problem.set(i18n.text("allocation.negativeQuantity", number(quantity)));
            return false;
        }
        return hasReason(reason);
    }

    /** Approves the selected rows of the grid shown last ({@code transfers}: the transfers grid). */
    public void approve(boolean transfers) {
        setStatus(transfers, PlanStatus.APPROVED, null);
    }

    /** Rejects the selected rows, with the planner's reason (may be empty). */
    public void reject(boolean transfers, String reason) {
        setStatus(transfers, PlanStatus.REJECTED, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** Back to the computed quantity, PROPOSED (the edit dropped). */
    public void reset(boolean transfers) {
        setStatus(transfers, PlanStatus.PROPOSED, null);
    }

    private void setStatus(boolean onTransfers, PlanStatus status, String reason) {
        String statusText = i18n.text("proposals.status." + status.name());
        if (onTransfers) {
            List<TransferRow.Key> keys = selectedTransfers.stream().map(TransferRow::key).toList();
            if (nothing(keys)) return;
            whenIdle(() -> tasks.run(i18n.text("allocation.statusSetting", keys.size(), statusText),
                    progress -> desk.setTransferStatus(keys, status, reason, progress), fresh -> {
                        applied(List.of(), fresh);
                        outcome.accept(i18n.text("allocation.statusSet", i18n.integer(fresh.size()), statusText));
                    }, this::failed));
        } else {
            List<AllocationRow.Key> keys = selectedAllocations.stream().map(AllocationRow::key).toList();
            if (nothing(keys)) return;
            whenIdle(() -> tasks.run(i18n.text("allocation.statusSetting", keys.size(), statusText),
                    progress -> desk.setStatus(keys, status, reason, progress), fresh -> {
                        applied(fresh, List.of());
                        outcome.accept(i18n.text("allocation.statusSet", i18n.integer(fresh.size()), statusText));
                    }, this::failed));
        }
    }

    private boolean nothing(List<?> keys) {
        if (!keys.isEmpty()) {
            problem.set("");
            return false;
        }
        problem.set(i18n.text("allocation.nothingSelected"));
        return true;
    }

    /** Puts fresh rows in place (no re-sorting of the source lists: rows keep their place), details read again. */
    private void applied(List<AllocationRow> freshAllocations, List<TransferRow> freshTransfers) {
        quietly(() -> {
            for (AllocationRow row : freshAllocations) {
                for (int i = 0; i < allocations.size(); i++) {
                    if (allocations.get(i).key().equals(row.key())) allocations.set(i, row);
                }
            }
            for (TransferRow row : freshTransfers) {
                for (int i = 0; i < transfers.size(); i++) {
                    if (transfers.get(i).key().equals(row.key())) transfers.set(i, row);
                }
            }
        });
        selectedAllocations = refreshed(selectedAllocations, freshAllocations);
        selectedTransfers = refreshed(selectedTransfers, freshTransfers);
        quietly(afterFresh);
        Object current = selected.get();
        if (current != null) {
            Object now = fresh(current);
            if (now != null && !now.equals(current)) {
                selected.set(now);
                loadDetails();
            }
        }
    }

    private static <T> List<T> refreshed(List<T> kept, List<T> fresh) {
        List<T> out = new ArrayList<>(kept.size());
        for (T old : kept) out.add(fresh.stream().filter(f -> sameSubject(f, old)).findFirst().orElse(old));
        return List.copyOf(out);
    }

    private String number(double value) {
        return Double.isNaN(value) ? "" : i18n.number(value, value == Math.rint(value) ? 0 : 2);
    }

    public void failed(Throwable failure) {
        outcome.accept(Failures.describe(failure, i18n));
    }
}
