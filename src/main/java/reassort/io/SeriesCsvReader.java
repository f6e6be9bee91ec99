package reassort.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads many time series from one long CSV file with the columns {@code series_id,t,y} (any order, any case,
 * other columns ignored; lines starting with {@code #} are comments). Rows may come in any order; each series
 * must have every t from its first to its last exactly once. Series keep the order of their first row.
 */
public final class SeriesCsvReader {
    private SeriesCsvReader() {}

    /** One series: its id and its values by increasing t. */
    public record Series(String id, int firstT, double[] values) {
        public Series {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public int length() {
            return values.length;
        }
    }

    /** The file cannot be used; the message names the file, the line and the value, with a hint. */
    public static final class InvalidSeriesFileException extends RuntimeException {
        public InvalidSeriesFileException(String message) {
            super(message);
        }
    }

    public static List<Series> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidSeriesFileException("Cannot read " + file + ": " + (Files.exists(file)
                    ? "it is not a file." : "no such file.") + " Maybe check the path.");
        }
        Map<String, Builder> series = new LinkedHashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .detectBomHeader(true)
                .ofCsvRecord(file, StandardCharsets.UTF_8)) {
            int[] columns = null;
            for (CsvRecord record : reader) {
                long line = record.getStartingLineNumber();
                if (columns == null) {
                    columns = columns(record, name);
                    continue;
                }
                int needed = Math.max(columns[0], Math.max(columns[1], columns[2]));
                if (record.getFieldCount() <= needed) {
                    throw new InvalidSeriesFileException(name + " line " + line + ": " + record.getFieldCount()
                            + " fields, expected at least " + (needed + 1) + ". Maybe a separator is missing.");
                }
                String id = record.getField(columns[0]).strip();
                if (id.isEmpty()) {
                    throw new InvalidSeriesFileException(name + " line " + line + ": series_id is empty.");
                }
                int t = parseT(record.getField(columns[1]), name, line);
                double y = parseY(record.getField(columns[2]), name, line);
                series.computeIfAbsent(id, Builder::new).add(t, y, line);
            }
            if (columns == null) {
                throw new InvalidSeriesFileException(name + " is empty. Expected a header series_id,t,y and rows.");
            }
        } catch (NoSuchFileException e) {
            throw new InvalidSeriesFileException("Cannot read " + file + ": no such file. Maybe check the path.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (CsvParseException e) {
            throw new InvalidSeriesFileException(name + ": not a readable CSV file (" + e.getMessage() + ").");
        }
        List<Series> result = new ArrayList<>(series.size());
        for (Builder builder : series.values()) result.add(builder.build(name));
        return result;
    }

    private static int[] columns(CsvRecord header, String name) {
        int[] columns = {-1, -1, -1};
        List<String> wanted = List.of("series_id", "t", "y");
        for (int i = 0; i < header.getFieldCount(); i++) {
            int index = wanted.indexOf(header.getField(i).strip().toLowerCase(Locale.ROOT));
            if (index >= 0 && columns[index] < 0) columns[index] = i;
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] < 0) {
                throw new InvalidSeriesFileException(name + " has no column '" + wanted.get(i) + "' in its header "
                        + header.getFields() + ". Expected the long shape series_id,t,y.");
            }
        }
        return columns;
    }

    private static int parseT(String text, String name, long line) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSeriesFileException(name + " line " + line + ": t value '" + text
                    + "' is not a whole number. Maybe the periods are dates; number them 1, 2, 3, …");
        }
    }

    private static double parseY(String text, String name, long line) {
        String value = text.strip();
        try {
            double y = value.isEmpty() ? Double.NaN : Double.parseDouble(value);
            if (Double.isFinite(y)) return y;
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new InvalidSeriesFileException(name + " line " + line + ": y value '" + text
                + "' is not a number. Maybe the cell is empty, holds text or uses a decimal comma.");
    }

    private static final class Builder {
        private final String id;
        private int[] t = new int[64];
        private double[] y = new double[64];
        private long[] lines = new long[64];
        private int size;
        private boolean sorted = true;

        Builder(String id) {
            this.id = id;
        }

        void add(int period, double value, long line) {
            if (size == t.length) {
                t = Arrays.copyOf(t, size * 2);
                y = Arrays.copyOf(y, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
            }
            if (size > 0 && period <= t[size - 1]) sorted = false;
            t[size] = period;
            y[size] = value;
            lines[size] = line;
            size++;
        }

        Series build(String name) {
            Integer[] order = new Integer[size];
            Arrays.setAll(order, i -> i);
            if (!sorted) Arrays.sort(order, (a, b) -> Integer.compare(t[a], t[b]));
            double[] values = new double[size];
            for (int i = 0; i < size; i++) {
                int row = order[i];
                if (i > 0) {
                    int previous = t[order[i - 1]];
                    if (t[row] == previous) {
                        throw new InvalidSeriesFileException(name + " line " + lines[row] + ": series " + id
                                + " has t = " + t[row] + " twice. Maybe rows were pasted twice.");
                    }
                    if (t[row] != previous + 1) {
                        throw new InvalidSeriesFileException(name + " line " + lines[row] + ": series " + id
                                + " jumps from t = " + previous + " to t = " + t[row]
                                + ". Maybe fill the missing periods (with 0 for no demand).");
                    }
                }
                values[i] = y[row];
            }
            return new Series(id, size == 0 ? 0 : t[order[0]], values);
        }
    }
}
