package reassort.app.workbench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import reassort.app.plan.RunPlan;
import reassort.store.PlannerState;
import reassort.store.ProposalEdit;
import reassort.store.ProposalKey;
import reassort.store.ProposalRow;
import reassort.store.ProposalStatus;

/**
 * The planner's changes to proposals, each saved to the store at once and remembered for multi-level undo and redo:
 * a change keeps the planner's part of its proposals before and after ({@link PlannerState}), and undo or redo
 * puts one of them back through the store (audited as UNDO or REDO). Every method returns the fresh grid rows of the
 * proposals it touched. Not thread-safe: call it from one thread at a time (the UI's task runner does).
 */
public final class PlannerChanges {
    /** How many changes undo can go back. */
    public static final int DEPTH = 200;

    private final RunPlan plans;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();

    /** One change: what it was (EDIT, APPROVE, …) and its proposals' planner states before and after. */
    public record Change(String action, List<PlannerState> before, List<PlannerState> after) {}

    public PlannerChanges(RunPlan plans) {
        this.plans = plans;
    }

    /** Saves the edits (all or nothing) and remembers them for undo. */
    public List<ProposalRow> edit(List<ProposalEdit> edits) {
        List<ProposalKey> keys = edits.stream().map(ProposalEdit::key).toList();
        List<ProposalRow> before = plans.rows(keys);
        plans.edit(edits);
        return remember("EDIT", keys, before);
    }

    /** Approves, rejects or resets proposals (all or nothing) and remembers it for undo. */
    public List<ProposalRow> setStatus(List<ProposalKey> keys, ProposalStatus status, String reason) {
        List<ProposalRow> before = plans.rows(keys);
        plans.setStatus(keys, status, reason);
        return remember(status.name(), keys, before);
    }

    private List<ProposalRow> remember(String action, List<ProposalKey> keys, List<ProposalRow> before) {
        List<ProposalRow> after = plans.rows(keys);
        undo.push(new Change(action, states(before), states(after)));
        while (undo.size() > DEPTH) undo.removeLast();
        redo.clear();
        return after;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The change the next undo takes back, or null. */
    public Change nextUndo() {
        return undo.peek();
    }

    public Change nextRedo() {
        return redo.peek();
    }

    /** Takes back the latest change; nothing when there is none. */
    public List<ProposalRow> undo() {
        if (undo.isEmpty()) return List.of();
        Change change = undo.peek();
        plans.restore(change.before(), "UNDO");
        undo.pop();
        redo.push(change);
        return plans.rows(keys(change));
    }

    /** Makes again the latest change undone; nothing when there is none. */
    public List<ProposalRow> redo() {
        if (redo.isEmpty()) return List.of();
        Change change = redo.peek();
        plans.restore(change.after(), "REDO");
        redo.pop();
        undo.push(change);
        return plans.rows(keys(change));
    }

    private static List<ProposalKey> keys(Change change) {
        return change.before().stream().map(PlannerState::key).toList();
    }

    private static List<PlannerState> states(List<ProposalRow> rows) {
        return rows.stream().map(ProposalRow::plannerState).toList();
    }
}
