package reassort.store;

/**
 * One data problem found while importing, as the store keeps it. {@code sheet} is null for CSV files,
 * {@code row} is the 1-based row in the file (0 when the problem is not tied to a row), {@code column} and
 * {@code value} are null when they do not apply.
 */
public record ImportIssueRow(
        String file, String sheet, int row, String column, String value, String reason, IssueSeverity severity) {
    public ImportIssueRow {
        if (file == null || file.isBlank()) throw new IllegalArgumentException("Import issue without a file name.");
        if (row < 0) throw new IllegalArgumentException("Row of an import issue (" + row + ") must be 0 or more.");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Import issue at row " + row + " of " + file + " has no reason.");
        }
        if (severity == null) throw new IllegalArgumentException("Import issue at row " + row + " has no severity.");
    }
}
