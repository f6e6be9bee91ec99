package reassort.io;

/** The decimal mark of numbers written as text (CSV, or text cells in a workbook). */
public enum DecimalSeparator {
    /** French style: {@code 1 234,50} (thousands grouped with spaces, U+00A0 or U+202F, sometimes dots). */
    COMMA,
    /** English style: {@code 1,234.50} (thousands grouped with commas). */
    DOT;

    char symbol() {
        return this == COMMA ? ',' : '.';
    }
}
