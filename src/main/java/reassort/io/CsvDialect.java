package reassort.io;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a CSV file is written: its field separator ({@code ;} as French Excel writes, {@code ,}, tab for TSV,
 * {@code |}) and its character set (UTF-8, with or without a byte-order mark, or Windows-1252).
 */
public record CsvDialect(char separator, Charset charset, boolean byteOrderMark) {
    public CsvDialect {
        Objects.requireNonNull(charset, "charset");
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("CSV separator " + describe(separator)
                    + " cannot separate fields. Maybe use ';', ',' or a tab.");
        }
    }

    public boolean tabSeparated() {
        return separator == '\t';
    }

    /** The separator as a planner reads it: "semicolon (;)", "tab", ... */
    public String separatorName() {
        return describe(separator);
    }

    static String describe(char separator) {
        return switch (separator) {
            case ';' -> "semicolon (;)";
            case ',' -> "comma (,)";
            case '\t' -> "tab";
            case '|' -> "pipe (|)";
            default -> "'" + separator + "'";
        };
    }
}
