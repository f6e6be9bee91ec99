package reassort.app.imports;

import reassort.io.ImportIssue;
import reassort.io.Severity;

/** An import was not committed because rows were rejected and the caller did not accept the valid rows alone. */
public final class ImportRejectedException extends RuntimeException {
    private final transient PreparedImport prepared;

    ImportRejectedException(PreparedImport prepared) {
        super(message(prepared));
        this.prepared = prepared;
    }

    public PreparedImport prepared() {
        return prepared;
    }

    private static String message(PreparedImport prepared) {
        String first = prepared.issues().stream()
                .filter(issue -> issue.severity() == Severity.ERROR)
                .findFirst()
                .map(ImportIssue::toString)
                .orElse("");
        return prepared.errorCount() + " error(s), " + prepared.rowsRejected() + " row(s) rejected; nothing imported. First: "
                + first;
    }
}
