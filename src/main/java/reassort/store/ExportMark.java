package reassort.store;

import java.time.Instant;

/** Where and when an order proposal was last exported. */
public record ExportMark(String file, Instant at) {}
