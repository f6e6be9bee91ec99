package reassort.io.write;

/** What a column holds; decides how a value is checked and rendered (a CSV string or a typed XLSX cell). */
public enum CellType {
    /** Free text; always written as a string, never as a formula. */
    TEXT,
    /** A decimal number shown with the column's number of decimals. */
    NUMBER,
    /** A whole number (quantities, days, pack sizes). */
    INTEGER,
    /** A calendar date without time. */
    DATE,
    /** Yes/no. */
    BOOLEAN
}
