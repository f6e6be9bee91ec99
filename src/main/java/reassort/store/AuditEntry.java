package reassort.store;

import java.time.Instant;

/**
 * One change a planner made, as the audit trail keeps it: who, when, to what, the old and new values as text, and
 * why.
 *
 * @param subject which kind of proposal or object changed: {@link #ORDER}, {@link #ALLOCATION}, {@link #TRANSFER},
 *     {@link #FORECAST}
 * @param detail what narrows the key beyond SKU × location (a channel, a source location), empty otherwise
 * @param action EDIT, APPROVE, REJECT, RESET, EXPORT, REIMPORT, PROMOTE, …
 */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String subject,
        String sku,
        String location,
        String detail,
        String action,
        String oldValue,
        String newValue,
        String reason) {
    public static final String ORDER = "ORDER";
    public static final String ALLOCATION = "ALLOCATION";
    public static final String TRANSFER = "TRANSFER";
    public static final String FORECAST = "FORECAST";

    public AuditEntry {
        detail = detail == null ? "" : detail;
    }
}
