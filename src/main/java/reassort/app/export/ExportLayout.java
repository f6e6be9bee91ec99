package reassort.app.export;

import java.time.LocalDate;
import java.util.List;
import reassort.io.write.Column;
import reassort.io.write.HeaderField;

/**
 * What one kind of export writes for its lines: the columns, a line's cells, and per group (a sheet of a workbook
 * or a CSV file) the header block and the totals. Purchase orders are one layout ({@link PurchaseOrderLayout});
 * transfers or allocations are another layout over their own line record, written by the same
 * {@link GroupedExport}.
 *
 * @param <L> the line record
 */
public interface ExportLayout<L> {
    /** What the file names start with, e.g. {@code orders} or {@code commandes}. */
    String filePrefix(ExportLanguage language);

    List<Column> columns(ExportLanguage language);

    /** Fills {@code cells} (one per column) with the line's values. */
    void cells(L line, Object[] cells);

    /** The header block of a group's sheet (empty for none). */
    List<HeaderField> headerBlock(ExportGroup<L> group, ExportLanguage language, LocalDate exportDay);

    /** The totals row of a group's sheet, one value per column (null for none). */
    Object[] totals(ExportGroup<L> group, ExportLanguage language);

    /** A group of lines that goes to one sheet (or one CSV file): its code (for names) and its lines in order. */
    record ExportGroup<L>(String code, String title, List<L> lines) {
        public ExportGroup {
            lines = List.copyOf(lines);
        }
    }
}
