package reassort.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reassort.domain.Dataset;

/**
 * How to read a whole file: one {@link SheetMapping} per sheet, and for a CSV file optionally a separator and a
 * character set that override detection (null: detect). Sheets a mapping does not name are read with the proposed
 * mapping (or skipped with a warning when unrecognised).
 *
 * <h2>Text format (format 1)</h2>
 * A small hand-editable format, one setting per line as {@code key=value}; blank lines and lines starting with
 * {@code #} or {@code !} are ignored; spaces around {@code =} are ignored.
 * <pre>
 * csv.separator=;                       (; , | or the word tab)
 * csv.charset=windows-1252              (UTF-8, windows-1252, ...)
 * sheet.Ventes.dataset=SALES            (SALES, PRODUCTS, LOCATIONS, SUPPLIERS, STOCK, PURCHASE_ORDERS, PROMOTIONS)
 * sheet.Ventes.layout=LONG              (LONG or WIDE)
 * sheet.Ventes.headerRow=1              (as Excel numbers rows)
 * sheet.Ventes.skip=false
 * sheet.Ventes.decimal=COMMA            (COMMA or DOT)
 * sheet.Ventes.dateOrder=DAY_FIRST      (DAY_FIRST or MONTH_FIRST)
 * sheet.Ventes.shape=v1-3f9a...         (the shape key the mapping was made for)
 * sheet.Ventes.column.QUANTITY=Qté vendue
 * sheet.Ventes.constant.CHANNEL=WEB
 * </pre>
 * The sheet name sits between {@code sheet.} and the setting; it may contain dots and spaces. In sheet names and
 * values, {@code \\} stands for a backslash, {@code \n} for a line break (headers with Alt+Enter), and in sheet
 * names {@code \=} for '='. A CSV file's sheet is named after the file without its extension; a mapping of one
 * sheet also applies to a one-sheet file whatever its name.
 */
public record FileMapping(List<SheetMapping> sheets, Character csvSeparator, Charset csvCharset) {
    public static final String FORMAT_LINE = "# Reassort import mapping, format 1";
    private static final String HELP = """
            # One setting per line, key=value. Per sheet (<sheet> is its name as Excel shows it; a CSV file's
            # is its file name without extension):
            #   sheet.<sheet>.dataset=SALES|PRODUCTS|LOCATIONS|SUPPLIERS|STOCK|PURCHASE_ORDERS|PROMOTIONS
            #   sheet.<sheet>.layout=LONG|WIDE  .headerRow=<row number>  .skip=true|false
            #   sheet.<sheet>.decimal=COMMA|DOT  .dateOrder=DAY_FIRST|MONTH_FIRST (for dates that never tell)
            #   sheet.<sheet>.column.<FIELD>=<header text>
            #   sheet.<sheet>.constant.<FIELD>=<value for every row, or for the column's empty cells>
            # CSV only, to override detection: csv.separator=;|,|tab|pipe  csv.charset=UTF-8|windows-1252
            # In sheet names and values, \\\\ is a backslash and \\n a line break; in sheet names \\= is '='.
            """;

    public FileMapping {
        sheets = List.copyOf(sheets);
        Map<String, SheetMapping> seen = new HashMap<>();
        for (SheetMapping sheet : sheets) {
            if (seen.put(sheet.sheet(), sheet) != null) {
                throw new IllegalArgumentException("Sheet " + sheet.sheet() + " is mapped twice. Keep one mapping"
                        + " per sheet.");
            }
        }
        if (csvSeparator != null && (csvSeparator == '"' || csvSeparator == '\r' || csvSeparator == '\n')) {
            throw new IllegalArgumentException("CSV separator " + CsvDialect.describe(csvSeparator)
                    + " cannot separate fields. Maybe use ';', ',' or a tab.");
        }
    }

    public FileMapping(List<SheetMapping> sheets) {
        this(sheets, null, null);
    }

    public Optional<SheetMapping> forSheet(String sheet) {
        return sheets.stream().filter(s -> s.sheet().equals(sheet)).findFirst();
    }

    /** The mapping the importer proposes for every sheet of an inspected file. */
    public static FileMapping proposed(FileInspection inspection) {
        return proposed(inspection, shapeKey -> null);
    }

    /**
     * The proposals, except for sheets whose shape key has a remembered mapping: those get the remembered one,
     * renamed to the sheet. This is how the mapping of last week's file applies to this week's.
     */
    public static FileMapping proposed(FileInspection inspection, Function<String, SheetMapping> rememberedByShape) {
        List<SheetMapping> sheets = new ArrayList<>();
        for (SheetInspection sheet : inspection.sheets()) {
            SheetMapping remembered = sheet.shapeKey() == null ? null : rememberedByShape.apply(sheet.shapeKey());
            sheets.add(remembered != null ? remembered.withSheet(sheet.sheet()) : sheet.proposedMapping());
        }
        return new FileMapping(sheets);
    }

    public FileMapping with(SheetMapping sheet) {
        List<SheetMapping> changed = new ArrayList<>();
        boolean replaced = false;
        for (SheetMapping existing : sheets) {
            if (existing.sheet().equals(sheet.sheet())) {
                changed.add(sheet);
                replaced = true;
            } else {
                changed.add(existing);
            }
        }
        if (!replaced) changed.add(sheet);
        return new FileMapping(changed, csvSeparator, csvCharset);
    }

    /** The mapping as text, in the format above; {@link #parse} reads it back to an equal mapping. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(FORMAT_LINE).append('\n');
        text.append(HELP);
        text.append("# Fields: ").append(String.join(", ", fieldNames())).append('\n');
        if (csvSeparator != null) {
            text.append("csv.separator=").append(csvSeparator == '\t' ? "tab" : String.valueOf(csvSeparator))
                    .append('\n');
        }
        if (csvCharset != null) text.append("csv.charset=").append(csvCharset.name()).append('\n');
        for (SheetMapping sheet : sheets) {
            String prefix = "sheet." + escapeSheet(sheet.sheet()) + ".";
            text.append('\n');
            if (sheet.dataset() != null) text.append(prefix).append("dataset=").append(sheet.dataset()).append('\n');
            text.append(prefix).append("layout=").append(sheet.layout()).append('\n');
            text.append(prefix).append("headerRow=").append(sheet.headerRow()).append('\n');
            if (sheet.skip()) text.append(prefix).append("skip=true\n");
            if (sheet.decimalSeparator() != null) {
                text.append(prefix).append("decimal=").append(sheet.decimalSeparator()).append('\n');
            }
            if (sheet.dateOrder() != null) {
                text.append(prefix).append("dateOrder=").append(sheet.dateOrder()).append('\n');
            }
            if (sheet.shapeKey() != null) text.append(prefix).append("shape=").append(sheet.shapeKey()).append('\n');
            for (Map.Entry<Field, String> column : sheet.columns().entrySet()) {
                text.append(prefix).append("column.").append(column.getKey()).append('=')
                        .append(escapeValue(column.getValue())).append('\n');
            }
            for (Map.Entry<Field, String> constant : sheet.constants().entrySet()) {
                text.append(prefix).append("constant.").append(constant.getKey()).append('=')
                        .append(escapeValue(constant.getValue())).append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (Field field : Field.values()) names.add(field.name());
        return names;
    }

    private static final Pattern FIELD_SETTING = Pattern.compile("(.+)\\.(column|constant)\\.([A-Za-z_]+)");
    private static final Pattern SHEET_SETTING =
            Pattern.compile("(.+)\\.(dataset|layout|headerRow|skip|decimal|dateOrder|shape)");

    /**
     * Reads a mapping text. Errors name the line, its text and what would fit, e.g.
     * {@code Mapping line 7 ('sheet.Ventes.column.QTY=Qté'): unknown field QTY. Fields: SKU, ...}.
     *
     * @throws MappingFormatException when a line cannot be understood
     */
    public static FileMapping parse(String text) {
        Map<String, SheetDraft> drafts = new LinkedHashMap<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        Character separator = null;
        Charset charset = null;
        String[] lines = text.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            int lineNumber = index + 1;
            String line = lines[index];
            String trimmed = line.strip();
            if (lineNumber == 1 && trimmed.startsWith("\uFEFF")) trimmed = trimmed.substring(1).strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) continue;
            int equals = unescapedEquals(trimmed);
            if (equals < 0) {
                throw new MappingFormatException(lineNumber, line, "expected key=value, such as"
                        + " sheet.Ventes.column.QUANTITY=Qté vendue.");
            }
            String key = trimmed.substring(0, equals).strip();
            String value = trimmed.substring(equals + 1).strip();
            Integer earlier = seenKeys.putIfAbsent(unescape(key, true), lineNumber);
            if (earlier != null) {
                throw new MappingFormatException(lineNumber, line, "this setting was already given on line "
                        + earlier + ". Keep one.");
            }
            if (key.equals("csv.separator")) {
                separator = parseSeparator(lineNumber, line, value);
            } else if (key.equals("csv.charset")) {
                charset = parseCharset(lineNumber, line, value);
            } else if (key.startsWith("sheet.")) {
                parseSheetSetting(drafts, lineNumber, line, key.substring("sheet.".length()), value);
            } else {
                throw new MappingFormatException(lineNumber, line, "unknown setting '" + key + "'. Settings start"
                        + " with sheet.<sheet name>. or are csv.separator / csv.charset.");
            }
        }
        List<SheetMapping> sheets = new ArrayList<>();
        for (SheetDraft draft : drafts.values()) sheets.add(draft.build());
        try {
            return new FileMapping(sheets, separator, charset);
        } catch (IllegalArgumentException e) {
            throw new MappingFormatException(e.getMessage());
        }
    }

    private static void parseSheetSetting(Map<String, SheetDraft> drafts, int lineNumber, String line, String rest,
            String value) {
        Matcher field = FIELD_SETTING.matcher(rest);
        Matcher setting = SHEET_SETTING.matcher(rest);
        if (field.matches()) {
            SheetDraft draft = drafts.computeIfAbsent(unescape(field.group(1), true), SheetDraft::new);
            Field parsed = parseEnum(Field.class, field.group(3), lineNumber, line, "field");
            String unescaped = unescape(value, false);
            if (field.group(2).equals("column")) {
                if (unescaped.isBlank()) {
                    throw new MappingFormatException(lineNumber, line, "the header text is empty. Give the"
                            + " header as it appears in the sheet, or remove the line.");
                }
                draft.columns.put(parsed, unescaped);
            } else {
                draft.constants.put(parsed, unescaped);
            }
            draft.fieldLines.put(parsed, lineNumber);
            draft.fieldLineTexts.put(parsed, line);
        } else if (setting.matches()) {
            SheetDraft draft = drafts.computeIfAbsent(unescape(setting.group(1), true), SheetDraft::new);
            switch (setting.group(2)) {
                case "dataset" -> {
                    draft.dataset = parseEnum(Dataset.class, value, lineNumber, line, "dataset");
                    draft.datasetLine = lineNumber;
                }
                case "layout" -> draft.layout = parseEnum(Layout.class, value, lineNumber, line, "layout");
                case "headerRow" -> draft.headerRow = parseRow(value, lineNumber, line);
                case "skip" -> draft.skip = parseBoolean(value, lineNumber, line);
                case "decimal" -> draft.decimal = parseEnum(DecimalSeparator.class, value, lineNumber, line,
                        "decimal separator");
                case "dateOrder" -> draft.dateOrder = parseEnum(DateOrder.class, value, lineNumber, line,
                        "date order");
                case "shape" -> draft.shapeKey = value.isEmpty() ? null : value;
                default -> throw new IllegalStateException(setting.group(2));
            }
            if (draft.firstLine == 0) draft.firstLine = lineNumber;
        } else {
            throw new MappingFormatException(lineNumber, line, "unknown sheet setting. After sheet.<sheet name>."
                    + " come dataset, layout, headerRow, skip, decimal, dateOrder, shape, column.<FIELD> or"
                    + " constant.<FIELD>.");
        }
    }

    /** What the lines about one sheet said, checked against each other once all are read. */
    private static final class SheetDraft {
        final String sheet;
        Dataset dataset;
        int datasetLine;
        int firstLine;
        Layout layout = Layout.LONG;
        int headerRow = 1;
        boolean skip;
        DecimalSeparator decimal;
        DateOrder dateOrder;
        String shapeKey;
        final Map<Field, String> columns = new EnumMap<>(Field.class);
        final Map<Field, String> constants = new EnumMap<>(Field.class);
        final Map<Field, Integer> fieldLines = new EnumMap<>(Field.class);
        final Map<Field, String> fieldLineTexts = new EnumMap<>(Field.class);

        SheetDraft(String sheet) {
            this.sheet = sheet;
        }

        SheetMapping build() {
            if (!skip && dataset == null) {
                throw new MappingFormatException("sheet " + sheet + " has no dataset line. Add sheet." + sheet
                        + ".dataset=SALES (or PRODUCTS, LOCATIONS, SUPPLIERS, STOCK, PURCHASE_ORDERS, PROMOTIONS),"
                        + " or sheet." + sheet + ".skip=true.");
            }
            if (!skip) {
                for (Map.Entry<Field, Integer> entry : fieldLines.entrySet()) {
                    Field field = entry.getKey();
                    if (!field.usedIn(dataset, layout)) {
                        throw new MappingFormatException(entry.getValue(), fieldLineTexts.get(field), "field "
                                + field + " is not part of " + dataset + (layout == Layout.WIDE ? " (wide)" : "")
                                + ". Fields there: " + Field.fieldsOf(dataset, layout) + ".");
                    }
                }
            }
            try {
                return new SheetMapping(sheet, dataset, layout, headerRow, columns, constants, skip, decimal,
                        dateOrder, shapeKey);
            } catch (IllegalArgumentException e) {
                throw new MappingFormatException("sheet " + sheet + " (from line " + Math.max(firstLine, datasetLine)
                        + "): " + e.getMessage());
            }
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, int lineNumber, String line,
            String what) {
        String key = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) return constant;
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) names.add(constant.name());
        throw new MappingFormatException(lineNumber, line, "unknown " + what + " '" + value + "'. Use one of "
                + String.join(", ", names) + ".");
    }

    private static int parseRow(String value, int lineNumber, String line) {
        try {
            int row = Integer.parseInt(value.strip());
            if (row >= 1) return row;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new MappingFormatException(lineNumber, line, "header row '" + value + "' must be a whole number from"
                + " 1, as Excel numbers rows.");
    }

    private static boolean parseBoolean(String value, int lineNumber, String line) {
        Boolean flag = Values.flag(value);
        if (flag == null || value.isBlank()) {
            throw new MappingFormatException(lineNumber, line, "'" + value + "' is not true or false.");
        }
        return flag;
    }

    private static Character parseSeparator(int lineNumber, String line, String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("tab") || v.equals("\\t")) return '\t';
        if (v.equalsIgnoreCase("semicolon")) return ';';
        if (v.equalsIgnoreCase("comma")) return ',';
        if (v.equalsIgnoreCase("pipe")) return '|';
        if (v.length() == 1 && v.charAt(0) != '"') return v.charAt(0);
        throw new MappingFormatException(lineNumber, line, "separator '" + value + "' must be one character"
                + " (; , |) or the word tab.");
    }

    private static Charset parseCharset(int lineNumber, String line, String value) {
        try {
            return Charset.forName(value.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MappingFormatException(lineNumber, line, "character set '" + value + "' is unknown. Use"
                    + " UTF-8 or windows-1252.");
        }
    }

    private static int unescapedEquals(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    static String escapeSheet(String sheet) {
        return sheet.replace("\\", "\\\\").replace("=", "\\=").replace("\n", "\\n");
    }

    static String escapeValue(String value) {
        return value.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String unescape(String text, boolean key) {
        if (text.indexOf('\\') < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
