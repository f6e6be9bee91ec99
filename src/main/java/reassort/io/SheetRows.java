package reassort.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a spreadsheet's sheets as plain rows of cells, for files Reassort wrote itself and gets back edited (the
 * review file): the same guarded readers as the import (format told by content, zip bombs and DTDs refused), but
 * no mapping, no dataset recognition. Streams: rows are handed over one at a time and not kept.
 */
public final class SheetRows implements AutoCloseable {
    private final WorkbookSource source;

    private SheetRows(WorkbookSource source) {
        this.source = source;
    }

    /** @throws SpreadsheetRefusedException when the file cannot or must not be read */
    public static SheetRows open(Path file) {
        Objects.requireNonNull(file, "file");
        return new SheetRows(FormatDetector.open(file, null, null));
    }

    public List<String> sheetNames() {
        return source.sheetNames();
    }

    /**
     * Streams the rows of sheet {@code sheetIndex} in order (rows without any cell skipped); stops when the visitor
     * returns false.
     */
    public void read(int sheetIndex, RowVisitor visitor) {
        source.readSheet(sheetIndex, (rowNumber, cells) -> {
            List<Cell> row = new ArrayList<>(cells.size());
            for (CellValue cell : cells) row.add(Cell.of(cell));
            return visitor.row(rowNumber, row);
        });
    }

    @Override
    public void close() {
        source.close();
    }

    @FunctionalInterface
    public interface RowVisitor {
        /**
         * @param rowNumber the row as Excel numbers it (1-based)
         * @param cells by 0-based column, blank where the row has no cell
         */
        boolean row(long rowNumber, List<Cell> cells);
    }

    /** One cell: what kind it is, its text as a planner sees it, and its number or date when it holds one. */
    public record Cell(Kind kind, String text, double number, LocalDate date) {
        public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

        public static final Cell BLANK = new Cell(Kind.BLANK, "", Double.NaN, null);

        static Cell of(CellValue value) {
            return switch (value.kind()) {
                case BLANK -> BLANK;
                case TEXT -> new Cell(Kind.TEXT, value.text(), Double.NaN, null);
                case NUMBER -> new Cell(Kind.NUMBER, value.text(), value.number(), null);
                case DATE -> new Cell(Kind.DATE, value.text(), value.number(), value.dateTime().toLocalDate());
                case BOOLEAN -> new Cell(Kind.BOOLEAN, value.text(), value.number(), null);
                case ERROR -> new Cell(Kind.ERROR, value.text(), Double.NaN, null);
            };
        }

        public boolean isBlank() {
            return kind == Kind.BLANK;
        }
    }

    /** The cell at {@code column} of a row, blank past its end. */
    public static Cell cell(List<Cell> row, int column) {
        return column < row.size() ? row.get(column) : Cell.BLANK;
    }
}
