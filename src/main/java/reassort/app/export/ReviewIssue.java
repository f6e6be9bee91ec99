package reassort.app.export;

/**
 * A cell of an edited review file that cannot be taken: where it is (file, sheet, row as Excel numbers it, column
 * header), what it holds and why, with a hint.
 */
public record ReviewIssue(String file, String sheet, long row, String column, String value, String message) {
    public String describe() {
        return file + ", sheet " + sheet + (row > 0 ? ", row " + row : "") + (column.isEmpty() ? "" : ", column " + column)
                + (value.isEmpty() ? "" : ", value \"" + value + "\"") + ": " + message;
    }
}
