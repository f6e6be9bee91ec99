package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One plan run being saved, all or nothing: each {@link #add} replaces the computed part of the SKU × location's
 * proposal (keeping a planner's edit and its status) or inserts a new one; {@link #commit} makes the run visible
 * and drops the untouched, unedited proposals of SKU × locations the run no longer plans. {@link #close} without a
 * commit, a failure or a cancellation leave the store as it was. Not thread-safe.
 */
public final class PlanRunWriter extends RunWriter {
    private static final Logger LOG = LoggerFactory.getLogger(PlanRunWriter.class);
    private static final int BATCH = 500;

    private final Instant createdAt;
    private final long forecastRunId;
    private final LocalDate asOf;
    private PreparedStatement update;
    private PreparedStatement insert;
    private PreparedStatement explanation;
    private long items;
    private long orderLines;
    private int pending;
    private final Set<String> existing = new HashSet<>();
    private final ExplanationCodec codec = new ExplanationCodec();

    PlanRunWriter(Database database, Clock clock, long forecastRunId, LocalDate asOf) {
        super(database, "plan run");
        this.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        this.forecastRunId = forecastRunId;
        this.asOf = asOf;
    }

    public long itemsAdded() {
        return items;
    }

    /** Saves the computed proposal of one SKU × location with its explanation text (status and edit fields ignored). */
    public void add(StoredProposal proposal) {
        add(proposal, null);
    }

    /**
     * Saves the computed proposal of one SKU × location (its status and edit fields are ignored) with its explanation
     * as steps (bytes the app renders when it is read), or as the proposal's text when {@code explanationSteps} is
     * null.
     */
    public void add(StoredProposal proposal, byte[] explanationSteps) {
        write(() -> {
            PreparedStatement statement = existing.contains(key(proposal.sku(), proposal.location())) ? update : insert;
            PlanRows.bindComputed(statement, runId, proposal);
            statement.addBatch();
            explanation.setString(1, proposal.sku());
            explanation.setString(2, proposal.location());
            explanation.setString(3, explanationSteps == null ? codec.encode(proposal.explanation()) : null);
            explanation.setBytes(4, explanationSteps);
            explanation.addBatch();
            if (++pending == BATCH) flush();
            return null;
        });
        items++;
        if (proposal.quantity() > 0) orderLines++;
    }

    /** Makes the run visible; a cancellation up to this point rolls it back instead. */
    public PlanRun commit(long elapsedMillis) {
        PlanRun run = commitWith(() -> {
            flush();
            Jdbc.update(connection, "UPDATE plan_run SET item_count = ?, order_lines = ?, elapsed_millis = ? WHERE id = ?",
                    items, orderLines, elapsedMillis, runId);
            // A planner's edit outlives the SKU × location dropping out of the plan; a bare computation does not.
            // Run ids only grow, so "another run" is an older one: a range of the by-run index holding only the
            // pairs this run dropped, where "<>" read every proposal.
            Jdbc.update(connection, "DELETE FROM proposal WHERE plan_run_id < ? AND status IN ('PROPOSED', 'EXPORTED')",
                    runId);
            Jdbc.update(connection, PlanRows.DELETE_ORPHAN_EXPLANATIONS);
            return new PlanRun(runId, createdAt, forecastRunId, asOf, items, orderLines, elapsedMillis);
        });
        LOG.info("Plan run {} committed: {} proposals, {} order lines", run.id(), items, orderLines);
        return run;
    }

    private void flush() throws SQLException {
        if (pending == 0) return;
        update.executeBatch();
        insert.executeBatch();
        explanation.executeBatch();
        pending = 0;
    }

    private static String key(String sku, String location) {
        return sku + '\u0000' + location;
    }

    @Override
    PreparedStatement header(Connection connection) throws SQLException {
        PreparedStatement header = connection.prepareStatement("INSERT INTO plan_run (created_at, forecast_run_id, "
                + "as_of, item_count, order_lines, elapsed_millis) VALUES (?, ?, ?, 0, 0, 0)", new String[] {"ID"});
        header.setObject(1, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
        header.setLong(2, forecastRunId);
        header.setObject(3, asOf);
        return header;
    }

    @Override
    void prepare(Connection connection) throws SQLException {
        // Which rows exist decides update or insert, so both can go in batches.
        for (String[] row : Jdbc.list(connection, "SELECT sku, location FROM proposal",
                r -> new String[] {r.getString(1), r.getString(2)})) {
            existing.add(key(row[0], row[1]));
        }
        update = connection.prepareStatement(PlanRows.UPDATE_COMPUTED);
        insert = connection.prepareStatement(PlanRows.INSERT);
        explanation = connection.prepareStatement(PlanRows.MERGE_EXPLANATION);
    }

    @Override
    void closeStatements() throws SQLException {
        try {
            if (update != null) update.close();
            if (insert != null) insert.close();
            if (explanation != null) explanation.close();
        } finally {
            update = null;
            insert = null;
            codec.close();
            explanation = null;
        }
    }
}
