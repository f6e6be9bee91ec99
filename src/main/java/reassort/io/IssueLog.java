package reassort.io;

import java.util.ArrayList;
import java.util.List;

/** Collects import issues: counts every one, keeps the first {@value ReadResult#MAX_KEPT_ISSUES}. */
final class IssueLog {
    private final String file;
    private final List<ImportIssue> kept = new ArrayList<>();
    private long count;
    private long warnings;
    private long errors;

    IssueLog(String file) {
        this.file = file;
    }

    void add(String sheet, long row, String column, String value, String reason, Severity severity) {
        count++;
        if (severity == Severity.WARNING) {
            warnings++;
        } else {
            errors++;
        }
        if (kept.size() < ReadResult.MAX_KEPT_ISSUES) {
            kept.add(new ImportIssue(file, sheet, row, column, value, reason, severity));
        }
    }

    List<ImportIssue> kept() {
        return kept;
    }

    long count() {
        return count;
    }

    long warnings() {
        return warnings;
    }

    long errors() {
        return errors;
    }
}
