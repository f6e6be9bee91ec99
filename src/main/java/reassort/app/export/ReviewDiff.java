package reassort.app.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an edited review file holds against the store: the changed proposals, the cells that cannot be taken, how
 * many rows were read and how many were left as they were.
 */
public record ReviewDiff(Path file, String sheet, long planRunId, List<ReviewChange> changes, List<ReviewIssue> issues,
        long rows, long unchanged) {
    public ReviewDiff {
        changes = List.copyOf(changes);
        issues = List.copyOf(issues);
    }

    public long conflicts() {
        return changes.stream().filter(ReviewChange::conflict).count();
    }

    public boolean hasErrors() {
        return !issues.isEmpty();
    }
}
