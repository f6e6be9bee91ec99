package reassort.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Streams a CSV or TSV file with FastCSV in the detected (or chosen) dialect. Its one sheet is named after the
 * file. Rows are numbered as Excel shows the file: one row per record, empty lines included, a leading
 * {@code sep=;} line not counted (Excel hides it).
 */
final class CsvSource implements WorkbookSource {
    private final Path file;
    private final CsvDialect dialect;
    private final int bomBytes;
    private final boolean sepLine;
    private final List<String> names;

    CsvSource(Path file, CsvDialect dialect, int bomBytes, boolean sepLine) {
        this.file = file;
        this.dialect = dialect;
        this.bomBytes = bomBytes;
        this.sepLine = sepLine;
        this.names = List.of(sheetName(file));
    }

    static String sheetName(Path file) {
        String name = SpreadsheetRefusedException.fileName(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public FileFormat format() {
        return FileFormat.CSV;
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public CsvDialect csvDialect() {
        return dialect;
    }

    @Override
    public void readSheet(int sheetIndex, RowVisitor visitor) {
        if (sheetIndex != 0) throw new IndexOutOfBoundsException("A CSV file has one sheet, not " + sheetIndex);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(bomBytes);
            CharsetDecoder decoder = dialect.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            Reader reader = new InputStreamReader(in, decoder);
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(dialect.separator())
                    .quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(false)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .allowExtraCharsAfterClosingQuote(true)
                    .ofCsvRecord(reader);
            Iterator<CsvRecord> records = csv.iterator();
            long rowNumber = 0;
            boolean first = true;
            while (records.hasNext()) {
                CsvRecord record = records.next();
                if (first && sepLine) {
                    first = false;
                    continue;
                }
                first = false;
                rowNumber++;
                List<String> fields = record.getFields();
                List<CellValue> cells = new ArrayList<>(fields.size());
                boolean any = false;
                for (String field : fields) {
                    CellValue cell = CellValue.text(field);
                    any |= !cell.isBlank();
                    cells.add(cell);
                }
                if (!any) continue;
                if (!WorkbookSource.visit(visitor, rowNumber, cells)) break;
            }
        } catch (VisitorFailure e) {
            throw e.unwrap();
        } catch (CsvParseException e) {
            WorkbookSource.rethrowIfCancelled(e);
            throw new SpreadsheetRefusedException(file, "cannot be read as CSV (" + Text.shown(e.getMessage())
                    + "). Maybe it is not a CSV file, or a quote is left open; open it in Excel and save it again"
                    + " as CSV.", e);
        } catch (IOException | UncheckedIOException e) {
            WorkbookSource.rethrowIfCancelled(e);
            throw new SpreadsheetRefusedException(file, "could not be read to the end (" + Text.shown(
                    e.getMessage()) + "). Check the file is not open or moving, and try again.", e);
        }
    }

    @Override
    public void close() {
        // nothing held between reads
    }
}
