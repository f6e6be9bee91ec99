package reassort.app.workbench;

import java.time.Instant;
import reassort.store.AuditEntry;

/** One line of a proposal's audit trail: who, when, what they did, from what to what, and why (may be empty). */
public record AuditLine(Instant at, String actor, String action, String oldValue, String newValue, String reason) {
    static AuditLine of(AuditEntry e) {
        return new AuditLine(e.at(), e.actor(), e.action(), e.oldValue() == null ? "" : e.oldValue(),
                e.newValue() == null ? "" : e.newValue(), e.reason() == null ? "" : e.reason());
    }
}
