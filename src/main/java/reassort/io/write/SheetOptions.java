package reassort.io.write;

import java.util.List;
import java.util.Set;

/**
 * How an XLSX sheet is laid out beyond its columns: a header block above the table, columns hidden from view, and
 * protection. A protected sheet locks every cell except those of the editable columns; filtering, sorting and
 * resizing stay allowed. Protection guards against slips, not against a determined user (Excel's sheet password is
 * weak by design), so whoever reads the sheet back must still check what it holds. The password is
 * {@value #PASSWORD}, said in the docs, so a planner who needs to can lift the protection.
 *
 * @param headerBlock label/value lines written above the table, followed by an empty row; empty for none
 * @param hiddenColumns 0-based indexes of the columns to hide
 * @param editableColumns 0-based indexes of the columns left unlocked when the sheet is protected
 * @param protect whether to protect the sheet
 */
public record SheetOptions(
        List<HeaderField> headerBlock, Set<Integer> hiddenColumns, Set<Integer> editableColumns, boolean protect) {
    /** Lifts a protected sheet's protection (Review → Unprotect Sheet in Excel). Not a secret. */
    public static final String PASSWORD = "reassort";

    public SheetOptions {
        headerBlock = headerBlock == null ? List.of() : List.copyOf(headerBlock);
        hiddenColumns = hiddenColumns == null ? Set.of() : Set.copyOf(hiddenColumns);
        editableColumns = editableColumns == null ? Set.of() : Set.copyOf(editableColumns);
    }

    /** The table alone from the first row: header row frozen, autofilter, fitted widths. */
    public static SheetOptions plain() {
        return new SheetOptions(List.of(), Set.of(), Set.of(), false);
    }

    public static SheetOptions withHeaderBlock(List<HeaderField> headerBlock) {
        return new SheetOptions(headerBlock, Set.of(), Set.of(), false);
    }

    /** A sheet for editing elsewhere: {@code hidden} columns out of sight, only {@code editable} ones unlocked. */
    public static SheetOptions protectedExcept(Set<Integer> editable, Set<Integer> hidden) {
        return new SheetOptions(List.of(), hidden, editable, true);
    }

    /** Row (0-based) of the table's header: below the header block and its empty separating row. */
    int headerRow() {
        return headerBlock.isEmpty() ? 0 : headerBlock.size() + 1;
    }
}
