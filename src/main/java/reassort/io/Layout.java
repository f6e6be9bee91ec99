package reassort.io;

/**
 * How a sheet lays its data out: {@code LONG} has one row per line or day; {@code WIDE} has identifying columns
 * (SKU, maybe label, location, channel) then one column per day or week ("dates across columns"). A wide mapping
 * maps only the identifying columns: every other header that is a date or a week label ({@code 2025-W07},
 * {@code S07 2025}, {@code Sem. 07/2025}) is a date column, so next week's file maps the same.
 */
public enum Layout {
    LONG,
    WIDE
}
