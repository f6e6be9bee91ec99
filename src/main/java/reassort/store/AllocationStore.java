package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import reassort.domain.Require;

/**
 * Allocation rules, runs, and the current allocation and transfer proposals (schema 8). A run is saved in one
 * transaction and replaces the computed columns only: planners' edits and their statuses survive, an exported proposal
 * starts a new cycle, and unedited proposals the run no longer makes are dropped. Every planner change writes its audit
 * entry in the same transaction. Thread-safe like {@link Store}: each call borrows its own connection.
 */
public final class AllocationStore {
    private static final int BATCH = 500;
    private static final String RULE_COLUMNS = "rule, channel, sku, category, location, location_type, units, percent, "
            + "max_exposed, rule_value";
    private static final String RUN_COLUMNS = "id, created_at, as_of, plan_run_id, allocation_lines, scarce_skus, transfers, "
            + "elapsed_millis";
    private static final String ALLOCATION_COLUMNS = "allocation_run_id, sku, location, channel, source_location, priority, "
            + "need, position, daily_demand, supply, quantity, scarce, explanation, status, edited_quantity, edit_reason, "
            + "edited_at";
    private static final String TRANSFER_COLUMNS = "allocation_run_id, sku, from_location, to_location, quantity, benefit, "
            + "cost, explanation, status, edited_quantity, edit_reason, edited_at";
    /** A new cycle for exported proposals: back to PROPOSED without the edit. */
    private static final String NEW_CYCLE = "edited_quantity = CASE WHEN status = 'EXPORTED' THEN NULL ELSE edited_quantity END, "
            + "edit_reason = CASE WHEN status = 'EXPORTED' THEN NULL ELSE edit_reason END, "
            + "edited_at = CASE WHEN status = 'EXPORTED' THEN NULL ELSE edited_at END, "
            + "status = CASE WHEN status = 'EXPORTED' THEN 'PROPOSED' ELSE status END ";

    private final Database database;
    private final Clock clock;
    private final String actor;

    AllocationStore(Database database, Clock clock, String actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    /** The planner's allocation rules in the order they were given (empty: the defaults apply). */
    public List<AllocationRuleRow> rules() {
        return read("read the allocation rules", c -> Jdbc.list(c, "SELECT " + RULE_COLUMNS
                + " FROM allocation_rule ORDER BY position", r -> new AllocationRuleRow(r.getString(1), r.getString(2),
                r.getString(3), r.getString(4), r.getString(5), r.getString(6), ForecastRows.getDouble(r, 7),
                ForecastRows.getDouble(r, 8), ForecastRows.getDouble(r, 9), r.getString(10))));
    }

    /** Replaces every allocation rule with {@code rules} (an empty list goes back to the defaults). */
    public void replaceRules(List<AllocationRuleRow> rules) {
        write("save the allocation rules", c -> {
            Jdbc.update(c, "DELETE FROM allocation_rule");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO allocation_rule (position, " + RULE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (AllocationRuleRow rule : rules) {
                    int i = 1;
                    insert.setInt(i++, ++position);
                    insert.setString(i++, rule.rule());
                    insert.setString(i++, rule.channel());
                    insert.setString(i++, rule.sku());
                    insert.setString(i++, rule.category());
                    insert.setString(i++, rule.location());
                    insert.setString(i++, rule.locationType());
                    setDouble(insert, i++, rule.units());
                    setDouble(insert, i++, rule.percent());
                    setDouble(insert, i++, rule.maxExposed());
                    insert.setString(i, rule.value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    // ---- runs ----------------------------------------------------------------------------------------------------

    /** Saves one allocation run and its proposals, all or nothing (the caller checks for cancellation before). */
    public AllocationRun saveRun(LocalDate asOf, long planRunId, List<StoredAllocation> allocations,
            List<StoredTransfer> transfers, long scarceSkus, long elapsedMillis) {
        Require.present(asOf, "Allocation day");
        OffsetDateTime now = now();
        return write("save the allocation run", c -> {
            long runId;
            try (PreparedStatement header = c.prepareStatement("INSERT INTO allocation_run (created_at, as_of, plan_run_id, "
                    + "allocation_lines, scarce_skus, transfers, elapsed_millis) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"ID"})) {
                header.setObject(1, now);
                header.setObject(2, asOf);
                header.setLong(3, planRunId);
                header.setLong(4, allocations.size());
                header.setLong(5, scarceSkus);
                header.setLong(6, transfers.size());
                header.setLong(7, elapsedMillis);
                header.executeUpdate();
                try (ResultSet keys = header.getGeneratedKeys()) {
                    keys.next();
                    runId = keys.getLong(1);
                }
            }
            saveAllocations(c, runId, allocations);
            saveTransfers(c, runId, transfers);
            Jdbc.update(c, "DELETE FROM allocation_proposal WHERE allocation_run_id <> ? AND status IN ('PROPOSED', 'EXPORTED')", runId);
            Jdbc.update(c, "DELETE FROM transfer_proposal WHERE allocation_run_id <> ? AND status IN ('PROPOSED', 'EXPORTED')", runId);
            return new AllocationRun(runId, now.toInstant(), asOf, planRunId, allocations.size(), scarceSkus,
                    transfers.size(), elapsedMillis);
        });
    }

    private static void saveAllocations(Connection c, long runId, List<StoredAllocation> rows) throws SQLException {
        Set<String> existing = new HashSet<>(Jdbc.list(c, "SELECT sku, location, channel FROM allocation_proposal",
                r -> key(r.getString(1), r.getString(2), r.getString(3))));
        String computed = "allocation_run_id = ?, source_location = ?, priority = ?, need = ?, position = ?, daily_demand = ?, "
                + "supply = ?, quantity = ?, scarce = ?, explanation = ?";
        try (PreparedStatement update = c.prepareStatement("UPDATE allocation_proposal SET " + computed + ", " + NEW_CYCLE
                + "WHERE sku = ? AND location = ? AND channel = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO allocation_proposal (allocation_run_id, "
                        + "source_location, priority, need, position, daily_demand, supply, quantity, scarce, explanation, "
                        + "sku, location, channel, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED')")) {
            int pending = 0;
            for (StoredAllocation a : rows) {
                PreparedStatement s = existing.contains(key(a.sku(), a.location(), a.channel())) ? update : insert;
                int i = 1;
                s.setLong(i++, runId);
                s.setString(i++, a.source());
                s.setInt(i++, a.priority());
                s.setDouble(i++, a.need());
                s.setDouble(i++, a.position());
                s.setDouble(i++, a.dailyDemand());
                s.setDouble(i++, a.supply());
                s.setDouble(i++, a.quantity());
                s.setBoolean(i++, a.scarce());
                s.setString(i++, clip(a.explanation(), 20000));
                s.setString(i++, a.sku());
                s.setString(i++, a.location());
                s.setString(i, a.channel());
                s.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    insert.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    private static void saveTransfers(Connection c, long runId, List<StoredTransfer> rows) throws SQLException {
        Set<String> existing = new HashSet<>(Jdbc.list(c, "SELECT sku, from_location, to_location FROM transfer_proposal",
                r -> key(r.getString(1), r.getString(2), r.getString(3))));
        try (PreparedStatement update = c.prepareStatement("UPDATE transfer_proposal SET allocation_run_id = ?, quantity = ?, "
                + "benefit = ?, cost = ?, explanation = ?, " + NEW_CYCLE + "WHERE sku = ? AND from_location = ? AND to_location = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO transfer_proposal (allocation_run_id, quantity, "
                        + "benefit, cost, explanation, sku, from_location, to_location, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED')")) {
            for (StoredTransfer t : rows) {
                PreparedStatement s = existing.contains(key(t.sku(), t.from(), t.to())) ? update : insert;
                int i = 1;
                s.setLong(i++, runId);
                s.setDouble(i++, t.quantity());
                s.setDouble(i++, t.benefit());
                s.setDouble(i++, t.cost());
                s.setString(i++, clip(t.explanation(), 20000));
                s.setString(i++, t.sku());
                s.setString(i++, t.from());
                s.setString(i, t.to());
                s.addBatch();
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    public Optional<AllocationRun> latestRun() {
        return read("read the latest allocation run", c -> Jdbc.list(c, "SELECT " + RUN_COLUMNS
                + " FROM allocation_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", r -> new AllocationRun(r.getLong(1),
                r.getObject(2, OffsetDateTime.class).toInstant(), Jdbc.date(r, 3), r.getLong(4), r.getLong(5), r.getLong(6),
                r.getLong(7), r.getLong(8)))).stream().findFirst();
    }

    // ---- proposals -----------------------------------------------------------------------------------------------

    /** Every current allocation, by SKU, location and channel. */
    public List<StoredAllocation> allocations() {
        return read("read the allocations", c -> Jdbc.list(c, "SELECT " + ALLOCATION_COLUMNS
                + " FROM allocation_proposal ORDER BY sku, location, channel", AllocationStore::allocation));
    }

    /**
     * The allocations a planner decided (edited, approved, rejected or exported), without their explanation text: what
     * a rerun nets. Of the given SKUs only, or of every SKU when {@code skus} is null.
     */
    public List<StoredAllocation> decidedAllocations(java.util.Collection<String> skus) {
        String select = "SELECT " + ALLOCATION_COLUMNS.replace("explanation,", "CAST(NULL AS VARCHAR),")
                + " FROM allocation_proposal WHERE status IN ('EDITED', 'APPROVED', 'REJECTED', 'EXPORTED')";
        if (skus == null) {
            return read("read the planner's allocation decisions", c -> Jdbc.list(c, select, AllocationStore::allocation));
        }
        return read("read the planner's allocation decisions of " + skus.size() + " SKU(s)", c -> {
            List<StoredAllocation> rows = new ArrayList<>();
            for (String sku : skus) rows.addAll(Jdbc.list(c, select + " AND sku = ?", AllocationStore::allocation, sku));
            return rows;
        });
    }

    /**
     * The transfers a planner decided (edited, approved, rejected or exported), without their explanation text: what a
     * rerun nets. Of the given SKUs only, or of every SKU when {@code skus} is null.
     */
    public List<StoredTransfer> decidedTransfers(java.util.Collection<String> skus) {
        String select = "SELECT " + TRANSFER_COLUMNS.replace("explanation,", "CAST(NULL AS VARCHAR),")
                + " FROM transfer_proposal WHERE status IN ('EDITED', 'APPROVED', 'REJECTED', 'EXPORTED')";
        if (skus == null) {
            return read("read the planner's transfer decisions", c -> Jdbc.list(c, select, AllocationStore::transfer));
        }
        return read("read the planner's transfer decisions of " + skus.size() + " SKU(s)", c -> {
            List<StoredTransfer> rows = new ArrayList<>();
            for (String sku : skus) rows.addAll(Jdbc.list(c, select + " AND sku = ?", AllocationStore::transfer, sku));
            return rows;
        });
    }

    /** The allocations of one SKU at one location (one per channel). */
    public List<StoredAllocation> allocations(String sku, String location) {
        return read("read the allocations of " + sku + " at " + location, c -> Jdbc.list(c, "SELECT " + ALLOCATION_COLUMNS
                + " FROM allocation_proposal WHERE sku = ? AND location = ? ORDER BY channel", AllocationStore::allocation,
                sku, location));
    }

    /** Every current transfer proposal, by SKU, then from and to. */
    public List<StoredTransfer> transfers() {
        return read("read the transfers", c -> Jdbc.list(c, "SELECT " + TRANSFER_COLUMNS
                + " FROM transfer_proposal ORDER BY sku, from_location, to_location", AllocationStore::transfer));
    }

    /** The transfers of one SKU leaving or reaching {@code location}. */
    public List<StoredTransfer> transfers(String sku, String location) {
        return read("read the transfers of " + sku + " at " + location, c -> Jdbc.list(c, "SELECT " + TRANSFER_COLUMNS
                + " FROM transfer_proposal WHERE sku = ? AND (from_location = ? OR to_location = ?) "
                + "ORDER BY from_location, to_location", AllocationStore::transfer, sku, location, location));
    }

    /** A planner's quantity for an allocation (status EDITED), kept across recomputations, audited. */
    public StoredAllocation editAllocation(String sku, String location, String channel, double quantity, String reason) {
        AllocationEdit edit = AllocationEdit.of(sku, location, channel, quantity, reason);
        editAllocations(List.of(edit));
        return allocation(edit.key());
    }

    /** Approves, rejects or resets (PROPOSED, dropping the edit) an allocation, audited. */
    public StoredAllocation setAllocationStatus(String sku, String location, String channel, ProposalStatus status,
            String reason) {
        AllocationKey key = new AllocationKey(sku, location, channel);
        setAllocationStatuses(List.of(key), status, reason);
        return allocation(key);
    }

    /** A planner's quantity for a transfer (status EDITED), kept across recomputations, audited. */
    public StoredTransfer editTransfer(String sku, String from, String to, double quantity, String reason) {
        TransferEdit edit = TransferEdit.of(sku, from, to, quantity, reason);
        editTransfers(List.of(edit));
        return transfer(edit.key());
    }

    /** Approves, rejects or resets a transfer, audited. */
    public StoredTransfer setTransferStatus(String sku, String from, String to, ProposalStatus status, String reason) {
        TransferKey key = new TransferKey(sku, from, to);
        setTransferStatuses(List.of(key), status, reason);
        return transfer(key);
    }

    /**
     * Planners' quantities for many allocations (status EDITED, kept across recomputations), each with its audit entry,
     * all or nothing: an unknown allocation leaves every one as it was.
     *
     * @return how many allocations were edited
     */
    public int editAllocations(List<AllocationEdit> edits) {
        return editRows(ALLOCATIONS, edits.stream().map(e -> new Change(e.key().sku(), e.key().location(),
                e.key().channel(), e.key().toString(), e.quantity(), e.reason())).toList());
    }

    /**
     * Approves, rejects or resets (PROPOSED, dropping the edit) many allocations, all or nothing, each with its audit
     * entry. {@code reason} may be null.
     *
     * @return how many allocations were changed (a key given twice counts once)
     */
    public int setAllocationStatuses(List<AllocationKey> keys, ProposalStatus status, String reason) {
        return setStatuses(ALLOCATIONS, keys.stream().distinct().map(k -> new Change(k.sku(), k.location(), k.channel(),
                k.toString(), Double.NaN, reason)).toList(), status, reason);
    }

    /** As {@link #editAllocations}, for transfers. */
    public int editTransfers(List<TransferEdit> edits) {
        return editRows(TRANSFERS, edits.stream().map(e -> new Change(e.key().sku(), e.key().from(), e.key().to(),
                e.key().toString(), e.quantity(), e.reason())).toList());
    }

    /** As {@link #setAllocationStatuses}, for transfers. */
    public int setTransferStatuses(List<TransferKey> keys, ProposalStatus status, String reason) {
        return setStatuses(TRANSFERS, keys.stream().distinct().map(k -> new Change(k.sku(), k.from(), k.to(),
                k.toString(), Double.NaN, reason)).toList(), status, reason);
    }

    /** Who changed the allocations of SKU at {@code location} (of {@code channel}, or every channel when null), oldest first. */
    public List<AuditEntry> allocationTrail(String sku, String location, String channel) {
        String sql = "SELECT " + AuditRows.COLUMNS + " FROM audit_entry WHERE subject = ? AND sku = ? AND location = ?"
                + (channel == null ? "" : " AND detail = ?") + " ORDER BY id";
        Object[] parameters = channel == null ? new Object[] {AuditEntry.ALLOCATION, sku, location}
                : new Object[] {AuditEntry.ALLOCATION, sku, location, channel.toUpperCase(Locale.ROOT)};
        return read("read the audit trail of the allocations of " + sku + " at " + location,
                c -> Jdbc.list(c, sql, AuditRows::entry, parameters));
    }

    /**
     * Who changed the transfers of SKU leaving or reaching {@code location} (only those between it and {@code other}
     * when that is not null, either way), oldest first.
     */
    public List<AuditEntry> transferTrail(String sku, String location, String other) {
        String sql = "SELECT " + AuditRows.COLUMNS + " FROM audit_entry WHERE subject = ? AND sku = ? AND "
                + (other == null ? "(location = ? OR detail = ?)"
                        : "((location = ? AND detail = ?) OR (location = ? AND detail = ?))") + " ORDER BY id";
        Object[] parameters = other == null ? new Object[] {AuditEntry.TRANSFER, sku, location, location}
                : new Object[] {AuditEntry.TRANSFER, sku, location, other, other, location};
        return read("read the audit trail of the transfers of " + sku + " at " + location,
                c -> Jdbc.list(c, sql, AuditRows::entry, parameters));
    }

    /** Which proposal table a batch changes: its key columns beyond the SKU, its audit subject, how a planner names it. */
    private record Kind(String table, String second, String third, String subject, String noun) {
        String where() {
            return " WHERE sku = ? AND " + second + " = ? AND " + third + " = ?";
        }
    }

    private static final Kind ALLOCATIONS = new Kind("allocation_proposal", "location", "channel", AuditEntry.ALLOCATION,
            "allocation");
    private static final Kind TRANSFERS = new Kind("transfer_proposal", "from_location", "to_location", AuditEntry.TRANSFER,
            "transfer");

    /** One row of a batch change: its key, how it reads in a message, and the edited quantity (NaN for a status). */
    private record Change(String sku, String second, String third, String label, double quantity, String reason) {}

    /** The planner-facing part of a proposal row before a change. */
    private record Before(double quantity, double editedQuantity, ProposalStatus status) {
        double effective() {
            return Double.isNaN(editedQuantity) ? quantity : editedQuantity;
        }
    }

    private int editRows(Kind kind, List<Change> changes) {
        if (changes.isEmpty()) return 0;
        Set<String> seen = new HashSet<>();
        for (Change change : changes) {
            if (!seen.add(key(change.sku(), change.second(), change.third()))) {
                throw new IllegalArgumentException("The " + kind.noun() + " of SKU " + change.label()
                        + " is edited twice in one change. Maybe keep one edit per " + kind.noun() + ".");
            }
        }
        OffsetDateTime now = now();
        return write("edit " + changes.size() + " " + kind.noun() + "(s)", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT quantity, edited_quantity, status FROM "
                    + kind.table() + kind.where());
                    PreparedStatement update = c.prepareStatement("UPDATE " + kind.table() + " SET status = 'EDITED', "
                            + "edited_quantity = ?, edit_reason = ?, edited_at = ?" + kind.where());
                    AuditRows.Batch audit = new AuditRows.Batch(c, now.toInstant(), actor)) {
                int pending = 0;
                for (Change change : changes) {
                    Before before = before(select, kind, change);
                    update.setDouble(1, change.quantity());
                    update.setString(2, change.reason());
                    update.setObject(3, now);
                    update.setString(4, change.sku());
                    update.setString(5, change.second());
                    update.setString(6, change.third());
                    update.addBatch();
                    audit.add(kind.subject(), change.sku(), change.second(), change.third(), "EDIT",
                            describe(before.effective(), before.status()),
                            describe(change.quantity(), ProposalStatus.EDITED), change.reason());
                    if (++pending == BATCH) {
                        update.executeBatch();
                        audit.flush();
                        pending = 0;
                    }
                }
                update.executeBatch();
                audit.flush();
            }
            return changes.size();
        });
    }

    private int setStatuses(Kind kind, List<Change> changes, ProposalStatus status, String reason) {
        String sql = statusSql(kind.table(), status) + kind.where();
        if (changes.isEmpty()) return 0;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        OffsetDateTime now = now();
        return write("set the status of " + changes.size() + " " + kind.noun() + "(s) to " + status, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT quantity, edited_quantity, status FROM "
                    + kind.table() + kind.where());
                    PreparedStatement update = c.prepareStatement(sql);
                    AuditRows.Batch audit = new AuditRows.Batch(c, now.toInstant(), actor)) {
                int pending = 0;
                for (Change change : changes) {
                    Before before = before(select, kind, change);
                    update.setString(1, status.name());
                    update.setString(2, change.sku());
                    update.setString(3, change.second());
                    update.setString(4, change.third());
                    update.addBatch();
                    double after = status == ProposalStatus.PROPOSED ? before.quantity() : before.effective();
                    audit.add(kind.subject(), change.sku(), change.second(), change.third(), action(status),
                            describe(before.effective(), before.status()), describe(after, status), why);
                    if (++pending == BATCH) {
                        update.executeBatch();
                        audit.flush();
                        pending = 0;
                    }
                }
                update.executeBatch();
                audit.flush();
            }
            return changes.size();
        });
    }

    private static Before before(PreparedStatement select, Kind kind, Change change) throws SQLException {
        select.setString(1, change.sku());
        select.setString(2, change.second());
        select.setString(3, change.third());
        try (ResultSet r = select.executeQuery()) {
            if (!r.next()) {
                throw new IllegalArgumentException("There is no " + kind.noun() + " of SKU " + change.label()
                        + ". Maybe run the allocation first, or check the codes.");
            }
            return new Before(r.getDouble(1), ForecastRows.getDouble(r, 2), ProposalStatus.valueOf(r.getString(3)));
        }
    }

    private StoredAllocation allocation(AllocationKey key) {
        return read("read the allocation of " + key.sku(), c -> currentAllocation(c, key.sku(), key.location(), key.channel()));
    }

    private StoredTransfer transfer(TransferKey key) {
        return read("read the transfer of " + key.sku(), c -> currentTransfer(c, key.sku(), key.from(), key.to()));
    }

    private static StoredAllocation currentAllocation(Connection c, String sku, String location, String channel)
            throws SQLException {
        return Jdbc.list(c, "SELECT " + ALLOCATION_COLUMNS + " FROM allocation_proposal WHERE sku = ? AND location = ? "
                + "AND channel = ?", AllocationStore::allocation, sku, location, channel).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no allocation of SKU " + sku + " to " + location
                        + " × " + channel + ". Maybe run the allocation first, or check the codes."));
    }

    private static StoredTransfer currentTransfer(Connection c, String sku, String from, String to) throws SQLException {
        return Jdbc.list(c, "SELECT " + TRANSFER_COLUMNS + " FROM transfer_proposal WHERE sku = ? AND from_location = ? "
                + "AND to_location = ?", AllocationStore::transfer, sku, from, to).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no transfer of SKU " + sku + " from " + from
                        + " to " + to + ". Maybe run the allocation first, or check the codes."));
    }

    private static String statusSql(String table, ProposalStatus status) {
        Require.present(status, "Proposal status");
        if (status == ProposalStatus.EDITED) {
            throw new IllegalArgumentException("A proposal becomes EDITED by an edit, not by setting its status. Maybe give a quantity.");
        }
        return status == ProposalStatus.PROPOSED
                ? "UPDATE " + table + " SET status = ?, edited_quantity = NULL, edit_reason = NULL, edited_at = NULL"
                : "UPDATE " + table + " SET status = ?";
    }

    private static String action(ProposalStatus status) {
        return switch (status) {
            case APPROVED -> "APPROVE";
            case REJECTED -> "REJECT";
            case EXPORTED -> "EXPORT";
            default -> "RESET";
        };
    }

    private static String describe(double quantity, ProposalStatus status) {
        return AuditRows.number(quantity) + " units, " + status;
    }

    private static StoredAllocation allocation(ResultSet r) throws SQLException {
        OffsetDateTime editedAt = r.getObject(17, OffsetDateTime.class);
        return new StoredAllocation(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                r.getDouble(7), r.getDouble(8), r.getDouble(9), r.getDouble(10), r.getDouble(11), r.getBoolean(12),
                r.getString(13), ProposalStatus.valueOf(r.getString(14)), ForecastRows.getDouble(r, 15), r.getString(16),
                editedAt == null ? null : editedAt.toInstant());
    }

    private static StoredTransfer transfer(ResultSet r) throws SQLException {
        OffsetDateTime editedAt = r.getObject(12, OffsetDateTime.class);
        return new StoredTransfer(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getDouble(5), r.getDouble(6),
                r.getDouble(7), r.getString(8), ProposalStatus.valueOf(r.getString(9)), ForecastRows.getDouble(r, 10),
                r.getString(11), editedAt == null ? null : editedAt.toInstant());
    }

    private static String key(String a, String b, String c) {
        return a + '\u0000' + b + '\u0000' + c;
    }

    private static void setDouble(PreparedStatement s, int index, double value) throws SQLException {
        if (Double.isNaN(value)) s.setNull(index, Types.DOUBLE);
        else s.setDouble(index, value);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T read(String what, Jdbc.Work<T> work) {
        boolean interrupted = Interrupts.lower();
        try {
            return database.inSnapshot(work);
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + " in the store " + database.description() + ": "
                    + e.getMessage(), e);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    private <T> T write(String what, Jdbc.Work<T> work) {
        T result = read(what, work);
        database.checkpoint();
        return result;
    }

    // ---- exports (issue 7): marks after an allocation or transfer export -----------------------------------------

    /**
     * Marks the allocations of every exported file (file name → the allocations it holds) EXPORTED with that file's
     * name and the time, each with its audit entry EXPORT (subject ALLOCATION, detail = channel), all in one
     * transaction: an unknown allocation marks nothing.
     */
    public int markAllocationsExported(Map<String, List<AllocationKey>> keysByFile) {
        try (PendingMarks marks = prepareMarkAllocationsExported(keysByFile, () -> false)) {
            return marks.commit();
        }
    }

    /** As {@link #markAllocationsExported}, committed by {@link PendingMarks#commit} (see Store.prepareMarkExported). */
    public PendingMarks prepareMarkAllocationsExported(Map<String, List<AllocationKey>> keysByFile,
            BooleanSupplier stopped) {
        return ExportMarks.prepare(database, ALLOCATION_MARKS, "allocation", keysByFile,
                k -> new String[] {k.sku(), k.location(), k.channel()}, now(), actor, stopped);
    }

    /**
     * Marks the transfers of every exported file EXPORTED with that file's name and the time, each with its audit
     * entry EXPORT (subject TRANSFER, location = from, detail = to), all in one transaction.
     */
    public int markTransfersExported(Map<String, List<TransferKey>> keysByFile) {
        try (PendingMarks marks = prepareMarkTransfersExported(keysByFile, () -> false)) {
            return marks.commit();
        }
    }

    /** As {@link #markTransfersExported}, committed by {@link PendingMarks#commit} (see Store.prepareMarkExported). */
    public PendingMarks prepareMarkTransfersExported(Map<String, List<TransferKey>> keysByFile,
            BooleanSupplier stopped) {
        return ExportMarks.prepare(database, TRANSFER_MARKS, "transfer", keysByFile,
                k -> new String[] {k.sku(), k.from(), k.to()}, now(), actor, stopped);
    }

    /** Where and when the allocation was last exported, if it was. */
    public Optional<ExportMark> exportMark(AllocationKey key) {
        return read("read the export of the allocation of " + key, c -> Jdbc.list(c, "SELECT exported_file, exported_at "
                + "FROM allocation_proposal WHERE sku = ? AND location = ? AND channel = ? AND exported_at IS NOT NULL",
                AllocationStore::exportMark, key.sku(), key.location(), key.channel())).stream().findFirst();
    }

    /** Where and when the transfer was last exported, if it was. */
    public Optional<ExportMark> exportMark(TransferKey key) {
        return read("read the export of the transfer of " + key, c -> Jdbc.list(c, "SELECT exported_file, exported_at "
                + "FROM transfer_proposal WHERE sku = ? AND from_location = ? AND to_location = ? "
                + "AND exported_at IS NOT NULL", AllocationStore::exportMark, key.sku(), key.from(), key.to()))
                .stream().findFirst();
    }

    private static ExportMark exportMark(ResultSet r) throws SQLException {
        return new ExportMark(r.getString(1), r.getObject(2, OffsetDateTime.class).toInstant());
    }

    private static String describeRow(ResultSet r, int i) throws SQLException {
        double edited = r.getDouble(i + 1);
        double quantity = r.wasNull() ? r.getDouble(i) : edited;
        return describe(quantity, ProposalStatus.valueOf(r.getString(i + 2)));
    }

    private static final ExportMarks.Table ALLOCATION_MARKS = new ExportMarks.Table("allocation_proposal",
            AuditEntry.ALLOCATION, List.of("sku", "location", "channel"), "quantity, edited_quantity, status",
            AllocationStore::describeRow, key -> "There is no allocation of SKU " + key[0] + " to " + key[1] + " × "
                    + key[2] + ". Maybe the allocation was run again meanwhile; export again.");

    private static final ExportMarks.Table TRANSFER_MARKS = new ExportMarks.Table("transfer_proposal",
            AuditEntry.TRANSFER, List.of("sku", "from_location", "to_location"), "quantity, edited_quantity, status",
            AllocationStore::describeRow, key -> "There is no transfer of SKU " + key[0] + " from " + key[1] + " to "
                    + key[2] + ". Maybe the allocation was run again meanwhile; export again.");
}
