package reassort.io;

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
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidSeriesFileException("Cannot read " + file + ": no such file. Maybe check the path.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(data, name);
    }

    /**
     * Parses the whole file by hand rather than through a general CSV reader: forecast-eval reads its file in a
     * cold JVM just before the timed pass, and the JIT was still compiling the general reader's methods on the
     * cores the forecasting threads needed. This loop is small and plain; quoted fields are still understood.
     */
    static List<Series> parse(byte[] data, String name) {
        Map<String, Builder> series = new LinkedHashMap<>();
        Fields fields = new Fields(data);
        int pos = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF
                ? 3 : 0;
        int[] columns = null;
        int needed = 0;
        Builder last = null;
        long line = 1;
        while (pos < data.length) {
            byte first = data[pos];
            if (first == '#' || first == '\n' || first == '\r') { // a comment or an empty line
                while (pos < data.length && data[pos] != '\n' && data[pos] != '\r') pos++;
                pos = skipLineEnd(data, pos);
                line++;
                continue;
            }
            long recordLine = line;
            pos = fields.record(pos);
            line += fields.lineBreaks;
            if (columns == null) {
                columns = columns(fields, name);
                needed = Math.max(columns[0], Math.max(columns[1], columns[2]));
                continue;
            }
            if (fields.count <= needed) {
                throw new InvalidSeriesFileException(name + " line " + recordLine + ": " + fields.count
                        + " fields, expected at least " + (needed + 1) + ". Maybe a separator is missing.");
            }
            Builder builder;
            if (last != null && fields.sameText(columns[0], last.idBytes)) {
                builder = last; // rows of one series usually come together: no string, no map lookup
            } else {
                String id = fields.text(columns[0]).strip();
                if (id.isEmpty()) {
                    throw new InvalidSeriesFileException(name + " line " + recordLine + ": series_id is empty.");
                }
                builder = series.get(id);
                if (builder == null) {
                    builder = new Builder(id);
                    series.put(id, builder);
                }
                builder.idBytes = fields.raw(columns[0]);
                last = builder;
            }
            int t = fields.wholeNumber(columns[1]);
            if (t == Integer.MIN_VALUE) t = parseT(fields.text(columns[1]), name, recordLine);
            double y = fields.number(columns[2]);
            if (Double.isNaN(y)) y = parseY(fields.text(columns[2]), name, recordLine);
            builder.add(t, y, recordLine);
        }
        if (columns == null) {
            throw new InvalidSeriesFileException(name + " is empty. Expected a header series_id,t,y and rows.");
        }
        List<Series> result = new ArrayList<>(series.size());
        for (Builder builder : series.values()) result.add(builder.build(name));
        return result;
    }

    private static int skipLineEnd(byte[] data, int pos) {
        if (pos < data.length && data[pos] == '\r') pos++;
        if (pos < data.length && data[pos] == '\n') pos++;
        return pos;
    }

    private static int[] columns(Fields header, String name) {
        int[] columns = {-1, -1, -1};
        List<String> wanted = List.of("series_id", "t", "y");
        List<String> names = new ArrayList<>(header.count);
        for (int i = 0; i < header.count; i++) {
            names.add(header.text(i));
            int index = wanted.indexOf(header.text(i).strip().toLowerCase(Locale.ROOT));
            if (index >= 0 && columns[index] < 0) columns[index] = i;
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] < 0) {
                throw new InvalidSeriesFileException(name + " has no column '" + wanted.get(i) + "' in its header "
                        + names + ". Expected the long shape series_id,t,y.");
            }
        }
        return columns;
    }

    /**
     * The fields of one record (RFC 4180: comma-separated, double quotes around a field that holds a comma, a quote
     * or a line break, a quote doubled inside). Unquoted fields are kept as byte ranges of the file.
     */
    private static final class Fields {
        private final byte[] data;
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private String[] unquoted = new String[8]; // the text of a quoted field, null for a plain one
        int count;
        int lineBreaks;

        Fields(byte[] data) {
            this.data = data;
        }

        /** Reads the record starting at {@code pos}; returns the position after its line end. */
        int record(int pos) {
            count = 0;
            lineBreaks = 1;
            while (true) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    unquoted = Arrays.copyOf(unquoted, count * 2);
                }
                int field = count++;
                unquoted[field] = null;
                if (pos < data.length && data[pos] == '"') {
                    pos = quoted(pos + 1, field);
                } else {
                    int start = pos;
                    while (pos < data.length && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r') pos++;
                    starts[field] = start;
                    ends[field] = pos;
                }
                if (pos < data.length && data[pos] == ',') {
                    pos++;
                    continue;
                }
                return skipLineEnd(data, pos);
            }
        }

        private int quoted(int pos, int field) {
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
            while (pos < data.length) {
                byte b = data[pos++];
                if (b == '"') {
                    if (pos < data.length && data[pos] == '"') {
                        text.write('"');
                        pos++;
                        continue;
                    }
                    break;
                }
                if (b == '\n') lineBreaks++;
                text.write(b);
            }
            while (pos < data.length && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r') {
                text.write(data[pos++]); // text after the closing quote is kept, as lenient readers do
            }
            unquoted[field] = text.toString(StandardCharsets.UTF_8);
            starts[field] = 0;
            ends[field] = 0;
            return pos;
        }

        String text(int i) {
            if (unquoted[i] != null) return unquoted[i];
            return new String(data, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        }

        byte[] raw(int i) {
            return unquoted[i] != null ? null : Arrays.copyOfRange(data, starts[i], ends[i]);
        }

        boolean sameText(int i, byte[] bytes) {
            return bytes != null && unquoted[i] == null
                    && Arrays.equals(data, starts[i], ends[i], bytes, 0, bytes.length);
        }

        /** The field as a plain whole number (optional sign, digits), else {@link Integer#MIN_VALUE}. */
        int wholeNumber(int i) {
            if (unquoted[i] != null) return Integer.MIN_VALUE;
            int p = starts[i];
            int end = ends[i];
            boolean negative = p < end && data[p] == '-';
            if (negative) p++;
            if (p == end || end - p > 9) return Integer.MIN_VALUE;
            int value = 0;
            for (; p < end; p++) {
                int digit = data[p] - '0';
                if (digit < 0 || digit > 9) return Integer.MIN_VALUE;
                value = value * 10 + digit;
            }
            return negative ? -value : value;
        }

        /**
         * The field as a plain decimal (optional sign, digits, optional point and digits) when it converts exactly
         * as {@link Double#parseDouble} would (at most 15 significant digits and 22 decimals: one correctly rounded
         * division of two exact doubles), else NaN for the general parser.
         */
        double number(int i) {
            if (unquoted[i] != null) return Double.NaN;
            int p = starts[i];
            int end = ends[i];
            boolean negative = p < end && data[p] == '-';
            if (negative) p++;
            long mantissa = 0;
            int digits = 0;
            int decimals = -1;
            for (; p < end; p++) {
                byte b = data[p];
                if (b == '.' && decimals < 0) {
                    decimals = 0;
                    continue;
                }
                int digit = b - '0';
                if (digit < 0 || digit > 9) return Double.NaN;
                if (mantissa != 0 || digit != 0) digits++;
                mantissa = mantissa * 10 + digit;
                if (decimals >= 0) decimals++;
                if (digits > 15) return Double.NaN;
            }
            if (end - starts[i] - (negative ? 1 : 0) - (decimals >= 0 ? 1 : 0) == 0) return Double.NaN;
            if (decimals > 22) return Double.NaN;
            double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
            return negative ? -value : value;
        }
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

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
        private byte[] idBytes;
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
