package reassort.io.write;

import java.io.IOException;

/** One XLSX sheet being written: rows of the table, then optionally one totals row, bold, that ends the table. */
public interface SheetWriter extends TableWriter {
    /**
     * Writes the totals row below the data rows (outside the autofilter range); cells as for {@link #row}, null
     * leaving a cell empty. No row can follow it.
     */
    void totals(Object... cells) throws IOException;
}
