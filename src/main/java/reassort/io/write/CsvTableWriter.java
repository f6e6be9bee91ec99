package reassort.io.write;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes one table as a CSV file in a given {@link CsvConvention}, streaming (memory does not grow with rows).
 * Text that a spreadsheet would run as a formula ({@code = + - @}, tab, CR first) is written with a leading
 * single quote; numbers are written as numbers.
 *
 * <p>The file appears only on {@link #commit()}: it is written beside the target under a temporary name and
 * renamed onto it, so {@link #close()} without a commit (after a failure) leaves no file and keeps any previous
 * version intact.
 *
 * <pre>{@code
 * try (CsvTableWriter csv = CsvTableWriter.create(path, CsvConvention.frenchUtf8(), columns)) {
 *     csv.row("10442", 3, LocalDate.of(2026, 11, 2));
 *     csv.commit();
 * }
 * }</pre>
 */
public final class CsvTableWriter implements TableWriter, Closeable {
    private final AtomicFile file;
    private final CsvWriter csv;
    private final CsvConvention convention;
    private final List<Column> columns;
    private final CharsetEncoder strictEncoder;
    private final DateTimeFormatter dates;
    private final String[] fields;
    private long rows;
    private boolean broken;

    private CsvTableWriter(AtomicFile file, CsvConvention convention, List<Column> columns) throws IOException {
        this.file = file;
        this.convention = convention;
        this.columns = List.copyOf(columns);
        this.dates = DateTimeFormatter.ofPattern(convention.datePattern(), Locale.ROOT);
        this.fields = new String[columns.size()];
        boolean unicode = convention.charset().name().startsWith("UTF-");
        this.strictEncoder = unicode ? null : convention.charset().newEncoder();
        OutputStream out = file.stream();
        if (convention.byteOrderMark()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        CharsetEncoder encoder = convention.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean singleColumn = columns.size() == 1;
        this.csv = CsvWriter.builder()
                .fieldSeparator(convention.separator())
                // A lone empty field would be an empty line, which readers skip: quote it so the row survives.
                .quoteStrategy(new QuoteStrategy() {
                    @Override
                    public boolean quoteEmpty(int line, int field) {
                        return singleColumn;
                    }
                })
                .lineDelimiter(LineDelimiter.of(convention.lineEnding()))
                .build(new OutputStreamWriter(out, encoder));
    }

    public static CsvTableWriter create(Path target, CsvConvention convention, List<Column> columns) throws IOException {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column; " + target + " would be empty.");
        }
        AtomicFile file = AtomicFile.create(target);
        try {
            CsvTableWriter writer = new CsvTableWriter(file, convention, columns);
            writer.writeHeader();
            return writer;
        } catch (IOException | RuntimeException failure) {
            file.discard();
            throw failure;
        }
    }

    private void writeHeader() throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            fields[c] = encodable(Cells.neutralised(columns.get(c).header()), columns.get(c), 0);
        }
        try {
            csv.writeRecord(fields);
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        }
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public void row(Object... cells) throws IOException {
        if (file.isDone()) {
            throw new IllegalStateException("CSV file " + file.target() + " is already closed; write rows before commit().");
        }
        if (broken) {
            throw new IllegalStateException("An earlier row of " + file.target() + " failed; the file will not be written.");
        }
        long row = rows + 1;
        try {
            Cells.checkWidth(columns, cells, row);
            for (int c = 0; c < fields.length; c++) {
                fields[c] = render(columns.get(c), Cells.normalise(columns.get(c), cells[c], row), row);
            }
            csv.writeRecord(fields);
            rows = row;
        } catch (UncheckedIOException failure) {
            broken = true;
            throw failure.getCause();
        } catch (RuntimeException failure) {
            broken = true;
            throw failure;
        }
    }

    private String render(Column column, Object value, long row) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> encodable(Cells.neutralised((String) value), column, row);
            case NUMBER -> decimal((Double) value, column.decimals());
            case INTEGER -> Long.toString((Long) value);
            case DATE -> dates.format((LocalDate) value);
            case BOOLEAN -> (Boolean) value ? convention.yes() : convention.no();
        };
    }

    private String decimal(double value, int decimals) {
        String plain = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        if (plain.startsWith("-") && BigDecimal.ZERO.compareTo(new BigDecimal(plain)) == 0) {
            plain = plain.substring(1);
        }
        return convention.decimalSeparator() == '.' ? plain : plain.replace('.', convention.decimalSeparator());
    }

    private String encodable(String text, Column column, long row) {
        if (strictEncoder != null && !isAscii(text) && !strictEncoder.canEncode(text)) {
            throw new IllegalArgumentException("Text \"" + text + "\" (" + (row == 0 ? "header" : "row " + row) + ", column " + column.header()
                    + ") cannot be written in " + convention.charset().name() + ". Maybe write this file in "
                    + StandardCharsets.UTF_8.name() + ".");
        }
        return text;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    public Path target() {
        return file.target();
    }

    /** Finishes the file and puts it in place of the target. Nothing is written to the target before this. */
    public void commit() throws IOException {
        if (broken) {
            throw new IllegalStateException("An earlier row of " + file.target() + " failed; the file will not be written.");
        }
        file.finishAndCommit(csv::close);
    }

    /** Discards the file unless it was committed; never leaves a partial file behind. */
    @Override
    public void close() {
        file.discardUnlessCommitted();
    }
}
