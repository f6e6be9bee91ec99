package reassort.io;

/**
 * Which part comes first in a date written {@code a/b/yyyy}. Each column is settled by its own values (a first
 * part above 12 means day first); this order is used only for a column whose every value stays ambiguous.
 */
public enum DateOrder {
    /** {@code dd/mm/yyyy}, as French Excel writes it. */
    DAY_FIRST,
    /** {@code m/d/yyyy}, as US English Excel writes it. */
    MONTH_FIRST
}
