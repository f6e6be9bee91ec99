package reassort.io;

/**
 * A rejected or doubtful value, located as the planner sees it in Excel: file, sheet, row (1-based, header row
 * counted; 0 when the issue is about the whole sheet), column as "C (Quantité)", the value as read, and the reason
 * with a hint.
 */
public record ImportIssue(String file, String sheet, long row, String column, String value, String reason,
        Severity severity) {
    public ImportIssue {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        value = value == null ? "" : value;
        reason = reason == null ? "" : reason;
        if (severity == null) throw new IllegalArgumentException("Severity of an import issue is missing.");
    }

    /** One line: {@code ERROR ventes.csv, sheet ventes, row 12, column C (Quantité), value 'abc': not a number.} */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        line.append(severity).append(' ').append(file);
        if (!sheet.isEmpty()) line.append(", sheet ").append(sheet);
        if (row > 0) line.append(", row ").append(row);
        if (!column.isEmpty()) line.append(", column ").append(column);
        if (!value.isEmpty()) line.append(", value '").append(Text.shown(value)).append('\'');
        line.append(": ").append(reason.replaceAll("\\s*\\R\\s*", " "));
        return line.toString();
    }
}
