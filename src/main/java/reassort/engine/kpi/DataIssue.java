package reassort.engine.kpi;

/**
 * A problem an import reported, as the exceptions list shows it.
 *
 * @param where the file, sheet and row it is about, as the planner reads it
 * @param rejected the row was left out (an error), not just doubtful (a warning)
 */
public record DataIssue(String where, String reason, boolean rejected) {
    public DataIssue {
        where = where == null ? "" : where;
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("Data issue at " + where + " has no reason.");
    }
}
