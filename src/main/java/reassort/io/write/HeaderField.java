package reassort.io.write;

import reassort.domain.Require;

/**
 * One line of the block a sheet can open with, above its table (supplier, order date, totals…): a bold label and
 * its value. The value is text, a number (decimals shown as money, whole numbers as counts), a
 * {@link java.time.LocalDate} or null; text is always written as text, never as a formula.
 */
public record HeaderField(String label, Object value) {
    public HeaderField {
        label = Require.code(label, "Label of a header line");
    }
}
