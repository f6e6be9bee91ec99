package reassort.io.write;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/** Checks a row's values against its columns and brings them to one representation per type. */
final class Cells {
    private Cells() {}

    static void checkWidth(List<Column> columns, Object[] cells, long row) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("Row " + row + " has " + cells.length + " values but the table has "
                    + columns.size() + " columns (" + headers(columns) + "). Maybe a value is missing or extra.");
        }
    }

    /**
     * @return null, a String (TEXT), a Double (NUMBER, finite), a Long (INTEGER), a LocalDate or a Boolean
     */
    static Object normalise(Column column, Object value, long row) {
        if (value == null) {
            return null;
        }
        return switch (column.type()) {
            case TEXT -> {
                if (value instanceof CharSequence text) yield text.toString();
                throw wrongType(column, value, row, "text");
            }
            case NUMBER -> {
                if (!(value instanceof Number number)) throw wrongType(column, value, row, "a number");
                double d = number.doubleValue();
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("Row " + row + ", column " + column.header() + ": " + value
                            + " is not a finite number. Maybe a division by zero upstream; leave the cell empty instead.");
                }
                yield d;
            }
            case INTEGER -> integer(column, value, row);
            case DATE -> {
                if (value instanceof LocalDate date) yield date;
                throw wrongType(column, value, row, "a date (LocalDate)");
            }
            case BOOLEAN -> {
                if (value instanceof Boolean flag) yield flag;
                throw wrongType(column, value, row, "yes/no (Boolean)");
            }
        };
    }

    private static Long integer(Column column, Object value, long row) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        try {
            if (value instanceof BigInteger big) return big.longValueExact();
            if (value instanceof BigDecimal big) return big.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw notWhole(column, value, row);
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 0x1p53) return (long) d;
            throw notWhole(column, value, row);
        }
        throw wrongType(column, value, row, "a whole number");
    }

    /** Guards spreadsheet programs against CSV/formula injection: such text is shown, never evaluated. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    private static IllegalArgumentException notWhole(Column column, Object value, long row) {
        return new IllegalArgumentException("Row " + row + ", column " + column.header() + " expects a whole number but got "
                + value + ". Maybe round it, or declare the column as a number with decimals.");
    }

    private static IllegalArgumentException wrongType(Column column, Object value, long row, String expected) {
        return new IllegalArgumentException("Row " + row + ", column " + column.header() + " expects " + expected
                + " but got " + value + " (" + value.getClass().getSimpleName() + "). Maybe the values are in the wrong order.");
    }

    static String headers(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::header).toList());
    }
}
