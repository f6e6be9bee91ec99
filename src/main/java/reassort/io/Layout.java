package reassort.io;

/**
 * How a sheet lays its data out: {@code LONG} has one row per line or day; {@code WIDE} has identifying columns
 * (SKU, maybe label, location, channel) then one column per day or week ("dates across columns").
 */
public enum Layout {
    LONG,
    WIDE
}
