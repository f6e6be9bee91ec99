package reassort.io.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.SheetProtectionOption;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an XLSX workbook sheet after sheet, streaming rows to disk (memory holds only a small batch of rows
 * plus the distinct strings). Each sheet gets a bold, frozen header row with an autofilter and column widths
 * fitted to its first rows; numbers, dates and yes/no are real typed cells with a number format, text is always a
 * string cell (never a formula). A sheet can open with a header block and end with a totals row, hide columns and
 * be protected except for its editable columns ({@link SheetOptions}).
 *
 * <p>Sheets are written one at a time: opening the next sheet finishes the previous one. The file appears only
 * on {@link #commit()}: it is written beside the target under a temporary name and renamed onto it, so
 * {@link #close()} without a commit (after a failure) leaves no file and keeps any previous version intact.
 *
 * <pre>{@code
 * try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(path)) {
 *     TableWriter products = xlsx.sheet("Products", columns);
 *     products.row("10442", "Poêle inox 28 cm", 29.9);
 *     xlsx.commit();
 * }
 * }</pre>
 */
public final class XlsxWorkbookWriter implements Closeable {
    /** Day first, as French planners read dates; unambiguous whatever the reader's locale. */
    public static final String DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
    static final String INTEGER_FORMAT = "#,##0";
    static final String MONEY_FORMAT = "#,##0.00";
    static final int WIDTH_SAMPLE_ROWS = 500;
    static final int FLUSH_EVERY_ROWS = 2_000;
    static final double MIN_WIDTH = 6;
    static final double MAX_WIDTH = 60;
    private static final String HEADER_FILL = "D9E1F2";
    private static final int FILTER_BUTTON_CHARS = 3;
    /** What stays allowed on a protected sheet: filtering, sorting, resizing; everything else is locked. */
    private static final Set<SheetProtectionOption> PROTECTED = protectedOptions();

    private final AtomicFile file;
    private final Workbook workbook;
    private final String dateFormat;
    private final Set<String> sheetNames = new HashSet<>();
    private Sheet current;
    private boolean broken;

    private XlsxWorkbookWriter(AtomicFile file, String dateFormat) {
        this.file = file;
        this.dateFormat = dateFormat;
        this.workbook = new Workbook(file.stream(), "Reassort", "1.0");
    }

    public static XlsxWorkbookWriter create(Path target) throws IOException {
        return create(target, DEFAULT_DATE_FORMAT);
    }

    /** @param excelDateFormat an Excel number format for date cells, e.g. {@code "yyyy-mm-dd"} */
    public static XlsxWorkbookWriter create(Path target, String excelDateFormat) throws IOException {
        if (excelDateFormat == null || excelDateFormat.isBlank()) {
            throw new IllegalArgumentException("The date format is empty. Maybe use " + DEFAULT_DATE_FORMAT + ".");
        }
        return new XlsxWorkbookWriter(AtomicFile.create(target), excelDateFormat);
    }

    public Path target() {
        return file.target();
    }

    /** Starts a new sheet (finishing the previous one) and writes its header row. */
    public SheetWriter sheet(String name, List<Column> columns) throws IOException {
        return sheet(name, columns, SheetOptions.plain());
    }

    /** Starts a new sheet (finishing the previous one) laid out as {@code options} say, and writes its header row. */
    public SheetWriter sheet(String name, List<Column> columns, SheetOptions options) throws IOException {
        ensureWritable();
        checkSheetName(name);
        if (columns.isEmpty() || columns.size() > Worksheet.MAX_COLS) {
            throw new IllegalArgumentException("Sheet " + name + " has " + columns.size()
                    + " columns; a sheet needs 1 to " + Worksheet.MAX_COLS + ".");
        }
        try {
            if (current != null) {
                current.finish();
            }
            sheetNames.add(name.toLowerCase(Locale.ROOT));
            current = new Sheet(workbook.newWorksheet(name), name, columns, options);
            return current;
        } catch (IOException | RuntimeException failure) {
            broken = true;
            throw failure;
        }
    }

    private void checkSheetName(String name) {
        if (name == null || name.isBlank() || name.length() > 31) {
            throw new IllegalArgumentException("Sheet name \"" + name + "\" must have 1 to 31 characters (an Excel limit).");
        }
        for (char forbidden : new char[] {':', '\\', '/', '?', '*', '[', ']'}) {
            if (name.indexOf(forbidden) >= 0) {
                throw new IllegalArgumentException("Sheet name \"" + name + "\" contains '" + forbidden
                        + "', which Excel forbids. Maybe replace it with '-'.");
            }
        }
        if (name.startsWith("'") || name.endsWith("'")) {
            throw new IllegalArgumentException("Sheet name \"" + name + "\" cannot start or end with an apostrophe.");
        }
        if (sheetNames.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("The workbook already has a sheet named \"" + name
                    + "\" (Excel ignores case). Maybe number the sheets.");
        }
    }

    private void ensureWritable() {
        if (file.isDone()) {
            throw new IllegalStateException("Workbook " + file.target() + " is already closed.");
        }
        if (broken) {
            throw new IllegalStateException("An earlier write to " + file.target() + " failed; the workbook will not be written.");
        }
    }

    /** Finishes the last sheet and the workbook and puts the file in place of the target. */
    public void commit() throws IOException {
        ensureWritable();
        if (current == null) {
            throw new IllegalStateException("Workbook " + file.target() + " has no sheet. Maybe add a sheet before commit().");
        }
        try {
            file.finishAndCommit(() -> {
                current.finish();
                workbook.finish();
            });
        } catch (IOException | RuntimeException failure) {
            broken = true;
            throw failure;
        }
    }

    /** Discards the workbook unless it was committed; never leaves a partial file behind. */
    @Override
    public void close() {
        file.discardUnlessCommitted();
    }

    private static Set<SheetProtectionOption> protectedOptions() {
        Set<SheetProtectionOption> locked = EnumSet.copyOf(SheetProtectionOption.DEFAULT_OPTIONS);
        locked.removeAll(List.of(SheetProtectionOption.AUTO_FILTER, SheetProtectionOption.SORT,
                SheetProtectionOption.FORMAT_COLUMNS, SheetProtectionOption.FORMAT_ROWS,
                SheetProtectionOption.SELECT_LOCKED_CELLS, SheetProtectionOption.SELECT_UNLOCKED_CELLS));
        locked.add(SheetProtectionOption.SHEET);
        return locked;
    }

    private final class Sheet implements SheetWriter {
        private final Worksheet sheet;
        private final String name;
        private final List<Column> columns;
        private final SheetOptions options;
        private final int headerRow;
        private final String[] formats;
        private final int[] widestChars;
        private final Object[] values;
        private int nextRow;
        private int unformattedFrom;
        private boolean widthsSet;
        private boolean totalsWritten;
        private boolean finished;

        Sheet(Worksheet sheet, String name, List<Column> columns, SheetOptions options) {
            this.sheet = sheet;
            this.name = name;
            this.columns = List.copyOf(columns);
            this.options = options;
            this.headerRow = options.headerRow();
            this.formats = new String[columns.size()];
            this.widestChars = new int[columns.size()];
            this.values = new Object[columns.size()];
            for (int index : options.hiddenColumns()) checkIndex(index, "hidden");
            for (int index : options.editableColumns()) checkIndex(index, "editable");
            writeHeaderBlock();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                formats[c] = format(column);
                sheet.value(headerRow, c, column.header());
                sheet.style(headerRow, c).bold().fillColor(HEADER_FILL).set();
                widestChars[c] = Math.max(widestChars[c], column.header().length() + FILTER_BUTTON_CHARS);
            }
            sheet.freezePane(0, headerRow + 1);
            nextRow = headerRow + 1;
            unformattedFrom = nextRow;
        }

        private void checkIndex(int index, String what) {
            if (index < 0 || index >= columns.size()) {
                throw new IllegalArgumentException("Sheet " + name + " has " + columns.size() + " columns; column "
                        + index + " cannot be " + what + ". Maybe count columns from 0.");
            }
        }

        private void writeHeaderBlock() {
            int r = 0;
            for (HeaderField field : options.headerBlock()) {
                sheet.value(r, 0, field.label());
                sheet.style(r, 0).bold().set();
                widestChars[0] = Math.max(widestChars[0], field.label().length());
                Object value = field.value();
                if (value instanceof CharSequence text) {
                    sheet.value(r, 1, text.toString());
                } else if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
                    sheet.value(r, 1, (Number) value);
                    sheet.style(r, 1).format(MONEY_FORMAT).set();
                } else if (value instanceof Number number) {
                    sheet.value(r, 1, number);
                    sheet.style(r, 1).format(INTEGER_FORMAT).set();
                } else if (value instanceof LocalDate date) {
                    sheet.value(r, 1, date);
                    sheet.style(r, 1).format(dateFormat).set();
                } else if (value != null) {
                    throw new IllegalArgumentException("Header line " + field.label() + " of sheet " + name + " holds "
                            + value + " (" + value.getClass().getSimpleName() + "). Maybe give text, a number or a date.");
                }
                r++;
            }
        }

        private String format(Column column) {
            return switch (column.type()) {
                case NUMBER -> column.decimals() == 0 ? INTEGER_FORMAT : INTEGER_FORMAT + "." + "0".repeat(column.decimals());
                case INTEGER -> INTEGER_FORMAT;
                case DATE -> dateFormat;
                case TEXT, BOOLEAN -> null;
            };
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public void row(Object... cells) throws IOException {
            ensureWritable();
            if (finished) {
                throw new IllegalStateException("Sheet " + name + " is finished: a workbook is written one sheet at a time. "
                        + "Maybe write all its rows before opening the next sheet.");
            }
            if (totalsWritten) {
                throw new IllegalStateException("Sheet " + name + " has its totals row; no row can follow it.");
            }
            try {
                long row = nextRow - headerRow;
                if (nextRow >= Worksheet.MAX_ROWS - 1) {
                    throw new IllegalArgumentException("Sheet " + name + " is full: Excel holds at most "
                            + Worksheet.MAX_ROWS + " rows. Maybe split the data over several sheets or write a CSV file.");
                }
                Cells.checkWidth(columns, cells, row);
                for (int c = 0; c < values.length; c++) {
                    values[c] = Cells.normalise(columns.get(c), cells[c], row);
                }
                for (int c = 0; c < values.length; c++) {
                    write(c, values[c]);
                }
                nextRow++;
                if (!widthsSet && nextRow - headerRow > WIDTH_SAMPLE_ROWS) {
                    setWidths();
                    flush();
                } else if (widthsSet && nextRow - unformattedFrom >= FLUSH_EVERY_ROWS) {
                    flush();
                }
            } catch (IOException | RuntimeException failure) {
                broken = true;
                throw failure;
            }
        }

        @Override
        public void totals(Object... cells) throws IOException {
            ensureWritable();
            if (finished || totalsWritten) {
                throw new IllegalStateException("Sheet " + name + " is finished or has its totals row already.");
            }
            try {
                Cells.checkWidth(columns, cells, nextRow - headerRow);
                applyFormats();
                for (int c = 0; c < cells.length; c++) {
                    Object value = Cells.normalise(columns.get(c), cells[c], nextRow - headerRow);
                    write(c, value);
                    var style = sheet.style(nextRow, c).bold().borderStyle(BorderSide.TOP, BorderStyle.THIN);
                    if (formats[c] != null) style.format(formats[c]);
                    style.set();
                }
                totalsWritten = true;
            } catch (RuntimeException failure) {
                broken = true;
                throw failure;
            }
        }

        private void write(int c, Object value) {
            if (value == null) {
                return;
            }
            switch (columns.get(c).type()) {
                case TEXT -> sheet.value(nextRow, c, (String) value);
                case NUMBER -> sheet.value(nextRow, c, (Double) value);
                case INTEGER -> sheet.value(nextRow, c, (Long) value);
                case DATE -> sheet.value(nextRow, c, (LocalDate) value);
                case BOOLEAN -> sheet.value(nextRow, c, (Boolean) value);
            }
            if (!widthsSet) {
                widestChars[c] = Math.max(widestChars[c], shownChars(columns.get(c), value));
            }
        }

        private int shownChars(Column column, Object value) {
            return switch (column.type()) {
                case TEXT -> ((String) value).length();
                case NUMBER -> numberChars((Double) value, column.decimals());
                case INTEGER -> numberChars((Long) value, 0);
                case DATE -> dateFormat.length();
                case BOOLEAN -> 5;
            };
        }

        private int numberChars(double value, int decimals) {
            int digits = Long.toString(Math.abs((long) value)).length();
            return digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0) + (value < 0 ? 1 : 0);
        }

        private void setWidths() {
            for (int c = 0; c < widestChars.length; c++) {
                sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widestChars[c] + 2)));
            }
            for (int c : options.hiddenColumns()) {
                sheet.hideColumn(c);
            }
            widthsSet = true;
        }

        /** Number formats are set per batch on whole column ranges: one style lookup per column, not per cell. */
        private void applyFormats() {
            int last = nextRow - 1;
            if (last < unformattedFrom) {
                return;
            }
            for (int c = 0; c < formats.length; c++) {
                boolean unlocked = options.protect() && options.editableColumns().contains(c);
                if (formats[c] == null && !unlocked) continue;
                var style = sheet.range(unformattedFrom, c, last, c).style();
                if (formats[c] != null) style.format(formats[c]);
                if (unlocked) style.protectionOption(ProtectionOption.LOCKED, false);
                style.set();
            }
            unformattedFrom = nextRow;
        }

        private void flush() throws IOException {
            applyFormats();
            sheet.flush();
        }

        void finish() throws IOException {
            if (finished) {
                return;
            }
            finished = true;
            if (!widthsSet) {
                setWidths();
            }
            if (!totalsWritten) applyFormats();
            sheet.setAutoFilter(headerRow, 0, Math.max(headerRow, nextRow - 1), columns.size() - 1);
            if (options.protect()) sheet.protect(SheetOptions.PASSWORD, PROTECTED);
            sheet.finish();
        }

        @Override
        public long rowCount() {
            return nextRow - headerRow - 1L;
        }
    }
}
