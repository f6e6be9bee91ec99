package reassort.io;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One cell as a reader delivers it, whatever the format: its kind, the text a planner would see, and for numbers
 * and dates the value itself. CSV cells are all text; workbook cells keep their type. The text of a number or a
 * date is made only when asked for (most numbers of an import are never shown).
 */
final class CellValue {
    enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    static final CellValue BLANK = new CellValue(Kind.BLANK, "", Double.NaN, null, false);
    private static final CellValue TRUE = new CellValue(Kind.BOOLEAN, "TRUE", 1, null, false);
    private static final CellValue FALSE = new CellValue(Kind.BOOLEAN, "FALSE", 0, null, false);

    private final Kind kind;
    private final double number;
    private final LocalDateTime dateTime;
    private final boolean percentFormat;
    private String text;

    private CellValue(Kind kind, String text, double number, LocalDateTime dateTime, boolean percentFormat) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.dateTime = dateTime;
        this.percentFormat = percentFormat;
    }

    static CellValue text(String text) {
        if (text == null || text.isEmpty()) return BLANK;
        String stripped = text.strip();
        return stripped.isEmpty() ? BLANK : new CellValue(Kind.TEXT, stripped, Double.NaN, null, false);
    }

    static CellValue number(double value, boolean percentFormat) {
        return new CellValue(Kind.NUMBER, null, value, null, percentFormat);
    }

    static CellValue date(LocalDateTime dateTime, double serial) {
        return new CellValue(Kind.DATE, null, serial, dateTime, false);
    }

    static CellValue bool(boolean value) {
        return value ? TRUE : FALSE;
    }

    static CellValue error(String code) {
        return new CellValue(Kind.ERROR, code == null || code.isBlank() ? "#ERROR" : code.strip(), Double.NaN, null,
                false);
    }

    Kind kind() {
        return kind;
    }

    /** The cell as text: stripped for text cells, "12" or "12.5" for numbers, ISO for dates. */
    String text() {
        String shown = text;
        if (shown == null) {
            shown = kind == Kind.DATE ? dateText(dateTime) : formatNumber(number);
            text = shown;
        }
        return shown;
    }

    double number() {
        return number;
    }

    LocalDateTime dateTime() {
        return dateTime;
    }

    boolean percentFormat() {
        return percentFormat;
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    @Override
    public String toString() {
        return kind + ":" + text();
    }

    private static String dateText(LocalDateTime dateTime) {
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? dateTime.toLocalDate().toString()
                : dateTime.toString().replace('T', ' ');
    }

    static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
