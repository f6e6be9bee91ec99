package reassort.app.workbench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import reassort.app.plan.PlanSummary;
import reassort.app.plan.RunPlan;
import reassort.domain.ProgressListener;
import reassort.store.PlannerState;
import reassort.store.ProposalEdit;
import reassort.store.ProposalKey;
import reassort.store.ProposalRow;

/**
 * The planner's desk over the stored proposals: plans, reads the grid's light rows, a proposal's explanation and
 * audit trail, and saves the planner's changes at once, remembered for multi-level undo and redo. A change keeps
 * the planner's part of its proposals before and after ({@link PlannerState}); undo or redo puts one of them back
 * through the store (audited as UNDO or REDO). Changes return the fresh rows of the proposals they touched. Not
 * thread-safe: call it from one thread at a time (the UI's task runner does).
 */
public final class ProposalDesk {
    /** How many changes undo can go back. */
    public static final int DEPTH = 200;

    private final RunPlan plans;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();

    /** One change: what it was (EDIT, APPROVED, …) and its proposals' planner states before and after. */
    private record Change(String action, List<PlannerState> before, List<PlannerState> after) {}

    public ProposalDesk(RunPlan plans) {
        this.plans = plans;
    }

    /** Forecast, policy and proposals for the whole store (see {@link RunPlan#run}). */
    public PlanSummary plan(boolean forecastFirst, ProgressListener progress) {
        return plans.run(forecastFirst, progress);
    }

    /** Every proposal, ready to filter and sort. */
    public ProposalGrid grid() {
        return new ProposalGrid(plans.rows().stream().map(GridRow::of).toList());
    }

    public String explanation(ItemKey key) {
        return plans.explanation(key.sku(), key.location());
    }

    public List<AuditLine> auditTrail(ItemKey key) {
        return plans.auditTrail(key.sku(), key.location()).stream().map(AuditLine::of).toList();
    }

    /** Saves a planner's quantity and/or order date (NaN / null keep the current one), with its reason. */
    public List<GridRow> edit(ItemKey key, double quantity, java.time.LocalDate orderDate, String reason) {
        return edit(List.of(new ProposalEdit(key.stored(), quantity, orderDate, reason)));
    }

    /** Saves a previewed bulk edit, all or nothing, as one change. */
    public List<GridRow> apply(BulkEdit edit, List<BulkEdit.Preview> previews) {
        return edit(edit.edits(previews));
    }

    private List<GridRow> edit(List<ProposalEdit> edits) {
        if (edits.isEmpty()) return List.of();
        List<ProposalKey> keys = edits.stream().map(ProposalEdit::key).toList();
        List<ProposalRow> before = plans.rows(keys);
        plans.edit(edits);
        return remember("EDIT", keys, before);
    }

    /** Approves, rejects or resets proposals (all or nothing) and remembers it for undo. */
    public List<GridRow> setStatus(List<ItemKey> items, PlanStatus status, String reason) {
        List<ProposalKey> keys = items.stream().map(ItemKey::stored).toList();
        List<ProposalRow> before = plans.rows(keys);
        plans.setStatus(keys, status.stored(), reason);
        return remember(status.name(), keys, before);
    }

    private List<GridRow> remember(String action, List<ProposalKey> keys, List<ProposalRow> before) {
        List<ProposalRow> after = plans.rows(keys);
        undo.push(new Change(action, states(before), states(after)));
        while (undo.size() > DEPTH) undo.removeLast();
        redo.clear();
        return grid(after);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What the next undo takes back (EDIT, APPROVED, …), or null. */
    public String nextUndo() {
        return undo.isEmpty() ? null : undo.peek().action();
    }

    public String nextRedo() {
        return redo.isEmpty() ? null : redo.peek().action();
    }

    /** Takes back the latest change; nothing when there is none. */
    public List<GridRow> undo() {
        if (undo.isEmpty()) return List.of();
        Change change = undo.peek();
        plans.restore(change.before(), "UNDO");
        undo.pop();
        redo.push(change);
        return grid(plans.rows(keys(change)));
    }

    /** Makes again the latest change undone; nothing when there is none. */
    public List<GridRow> redo() {
        if (redo.isEmpty()) return List.of();
        Change change = redo.peek();
        plans.restore(change.after(), "REDO");
        redo.pop();
        undo.push(change);
        return grid(plans.rows(keys(change)));
    }

    private static List<GridRow> grid(List<ProposalRow> rows) {
        return rows.stream().map(GridRow::of).toList();
    }

    private static List<ProposalKey> keys(Change change) {
        return change.before().stream().map(PlannerState::key).toList();
    }

    private static List<PlannerState> states(List<ProposalRow> rows) {
        return rows.stream().map(ProposalRow::plannerState).toList();
    }
}
