package reassort.io;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One cell as a reader delivers it, whatever the format: its kind, the text a planner would see, and for numbers
 * and dates the value itself. CSV cells are all text; workbook cells keep their type.
 */
record CellValue(Kind kind, String text, double number, LocalDateTime dateTime, boolean percentFormat) {
    enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    static final CellValue BLANK = new CellValue(Kind.BLANK, "", Double.NaN, null, false);
    private static final CellValue TRUE = new CellValue(Kind.BOOLEAN, "TRUE", 1, null, false);
    private static final CellValue FALSE = new CellValue(Kind.BOOLEAN, "FALSE", 0, null, false);

    static CellValue text(String text) {
        if (text == null || text.isEmpty()) return BLANK;
        String stripped = text.strip();
        return stripped.isEmpty() ? BLANK : new CellValue(Kind.TEXT, stripped, Double.NaN, null, false);
    }

    static CellValue number(double value, boolean percentFormat) {
        return new CellValue(Kind.NUMBER, formatNumber(value), value, null, percentFormat);
    }

    static CellValue date(LocalDateTime dateTime, double serial) {
        String text = dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? dateTime.toLocalDate().toString()
                : dateTime.toString().replace('T', ' ');
        return new CellValue(Kind.DATE, text, serial, dateTime, false);
    }

    static CellValue bool(boolean value) {
        return value ? TRUE : FALSE;
    }

    static CellValue error(String code) {
        return new CellValue(Kind.ERROR, code == null || code.isBlank() ? "#ERROR" : code.strip(), Double.NaN, null,
                false);
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
