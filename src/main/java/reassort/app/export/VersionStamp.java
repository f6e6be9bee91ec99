package reassort.app.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.CRC32;
import reassort.store.StoredProposal;

/**
 * What a proposal was when a review file was written, kept in a hidden cell of its row: the plan run, the status,
 * the quantity and order date the planner saw, when it was last edited and a checksum of the edit's reason. Read
 * back, it tells what the planner changed (the file's cells against the stamp) and whether the plan changed since
 * (the stamp against the proposal's stamp now).
 */
record VersionStamp(long planRunId, String status, double quantity, LocalDate orderDate, long editedAtMillis,
        String reasonChecksum) {
    private static final String NONE = "-";

    static VersionStamp of(StoredProposal p) {
        return new VersionStamp(p.planRunId(), p.status().name(), p.effectiveQuantity(), p.effectiveOrderDate(),
                p.editedAt() == null ? -1 : p.editedAt().toEpochMilli(), checksum(p.editReason()));
    }

    /** {@code r12|EDITED|40.0|2026-11-20|1732000000000|1a2b3c4d}. */
    String text() {
        return "r" + planRunId + "|" + status + "|" + quantity + "|" + orderDate + "|" + editedAtMillis + "|" + reasonChecksum;
    }

    /** @throws IllegalArgumentException when the text is not a stamp */
    static VersionStamp parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\|", -1);
        if (parts.length != 6 || !parts[0].startsWith("r")) {
            throw new IllegalArgumentException("not a Reassort version stamp");
        }
        try {
            return new VersionStamp(Long.parseLong(parts[0].substring(1)), parts[1], Double.parseDouble(parts[2]),
                    LocalDate.parse(parts[3]), Long.parseLong(parts[4]), parts[5]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Reassort version stamp", e);
        }
    }

    /** A checksum of a reason, {@code -} for none: enough to tell that the planner rewrote it. */
    static String checksum(String reason) {
        if (reason == null || reason.isBlank()) return NONE;
        CRC32 crc = new CRC32();
        crc.update(reason.strip().getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }
}
