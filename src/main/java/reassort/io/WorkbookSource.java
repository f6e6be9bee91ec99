package reassort.io;

import java.util.List;

/**
 * A file opened for streaming, seen as sheets of rows whatever its format. Rows are pushed one at a time and not
 * kept; a sheet can be read more than once (each read streams it again from the file).
 */
interface WorkbookSource extends AutoCloseable {
    FileFormat format();

    /** Sheet names in workbook order; a CSV file has one sheet named after the file (without extension). */
    List<String> sheetNames();

    /** The detected or chosen dialect of a CSV file, null for workbooks. */
    default CsvDialect csvDialect() {
        return null;
    }

    /**
     * Streams one sheet's rows in order, skipping rows with no cell at all; stops when the visitor returns false.
     *
     * @throws SpreadsheetRefusedException when the file turns out to be damaged
     */
    void readSheet(int sheetIndex, RowVisitor visitor);

    @Override
    void close();

    @FunctionalInterface
    interface RowVisitor {
        /**
         * @param rowNumber the row as Excel numbers it (1-based)
         * @param cells the row's cells by 0-based column, blank where the row has no cell
         * @return false to stop reading the sheet
         */
        boolean row(long rowNumber, List<CellValue> cells);
    }

    /** Carries an exception thrown by a visitor through a parser, so it is not mistaken for a damaged file. */
    final class VisitorFailure extends RuntimeException {
        VisitorFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException unwrap() {
            return (RuntimeException) getCause();
        }
    }

    /**
     * Reading an interrupted thread's file fails (NIO channels close on interrupt): that is a cancellation, not a
     * damaged file.
     */
    static void rethrowIfCancelled(Throwable failure) {
        boolean interrupted = Thread.currentThread().isInterrupted();
        for (Throwable t = failure; t != null && !interrupted; t = t.getCause()) {
            interrupted = t instanceof java.nio.channels.ClosedByInterruptException
                    || t instanceof java.io.InterruptedIOException || t instanceof InterruptedException;
        }
        if (interrupted) throw new reassort.domain.CancelledException();
    }

    static boolean visit(RowVisitor visitor, long rowNumber, List<CellValue> cells) {
        try {
            return visitor.row(rowNumber, cells);
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }
}
