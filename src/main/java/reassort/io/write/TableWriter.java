package reassort.io.write;

import java.io.IOException;
import java.util.List;

/**
 * A table being written row by row (a CSV file or one XLSX sheet). Each row gives one value per column, in
 * column order, of the column's type: {@link CharSequence} for text, any {@link Number} for numbers and
 * integers, {@link java.time.LocalDate} for dates, {@link Boolean} for yes/no; {@code null} leaves the cell empty.
 * A value of the wrong type fails at once, naming the row and the column.
 */
public interface TableWriter {
    List<Column> columns();

    void row(Object... cells) throws IOException;

    default void row(List<?> cells) throws IOException {
        row(cells.toArray());
    }

    /** Data rows written so far (the header row not counted). */
    long rowCount();
}
