package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reassort.domain.Promotion;

/** SQL of the scenario tables (schema 9). */
final class ScenarioRows {
    private static final String CHANGE_COLUMNS = "scenario_id, position, code, name, sku, category, channels, "
            + "location_or_region, start_date, end_date, discount_percent, mechanic, uplift, post_dip, dip_weeks, "
            + "cannibalisation";

    private ScenarioRows() {}

    static List<StoredScenario> all(Connection c, Long onlyId) throws SQLException {
        Map<Long, List<ScenarioChange>> changes = new HashMap<>();
        String where = onlyId == null ? "" : " WHERE scenario_id = " + onlyId;
        for (Object[] row : Jdbc.list(c, "SELECT " + CHANGE_COLUMNS + " FROM scenario_promotion" + where
                + " ORDER BY scenario_id, position", r -> {
                    String channels = r.getString(7);
                    Promotion promotion = new Promotion(r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            channels.isEmpty() ? null : new LinkedHashSet<>(Arrays.asList(channels.split(","))),
                            r.getString(8), Jdbc.date(r, 9), Jdbc.date(r, 10), r.getDouble(11),
                            MasterData.mechanic(r.getString(12)));
                    double uplift = r.getDouble(13);
                    if (r.wasNull()) uplift = Double.NaN;
                    double dip = r.getDouble(14);
                    if (r.wasNull()) dip = Double.NaN;
                    return new Object[] {r.getLong(1), new ScenarioChange(promotion, uplift, dip, r.getInt(15), r.getDouble(16))};
                })) {
            changes.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((ScenarioChange) row[1]);
        }
        String whereId = onlyId == null ? "" : " WHERE id = " + onlyId;
        return Jdbc.list(c, "SELECT id, name, created_at, updated_at, last_run_at, last_summary FROM scenario" + whereId
                + " ORDER BY name", r -> new StoredScenario(r.getLong(1), r.getString(2), instant(r.getObject(3,
                OffsetDateTime.class)), instant(r.getObject(4, OffsetDateTime.class)),
                changes.getOrDefault(r.getLong(1), List.of()), instant(r.getObject(5, OffsetDateTime.class)),
                r.getString(6)));
    }

    static Optional<StoredScenario> one(Connection c, long id) throws SQLException {
        return all(c, id).stream().findFirst();
    }

    static long insert(Connection c, String name, OffsetDateTime now) throws SQLException {
        checkNameFree(c, name, -1);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO scenario (name, created_at, updated_at) VALUES (?, ?, ?)", new String[] {"ID"})) {
            insert.setString(1, name);
            insert.setObject(2, now);
            insert.setObject(3, now);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void replaceChanges(Connection c, long id, List<ScenarioChange> changes) throws SQLException {
        Jdbc.update(c, "DELETE FROM scenario_promotion WHERE scenario_id = ?", id);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO scenario_promotion (" + CHANGE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ScenarioChange change : changes) {
                Promotion p = change.promotion();
                insert.setLong(1, id);
                insert.setInt(2, position++);
                insert.setString(3, p.code());
                insert.setString(4, p.name());
                insert.setString(5, p.sku());
                insert.setString(6, p.category());
                insert.setString(7, String.join(",", p.channels().stream().sorted().toList()));
                insert.setString(8, p.locationOrRegion());
                insert.setObject(9, p.start());
                insert.setObject(10, p.end());
                insert.setDouble(11, p.discountPercent());
                insert.setString(12, p.mechanic().name());
                insert.setObject(13, Double.isNaN(change.uplift()) ? null : change.uplift());
                insert.setObject(14, Double.isNaN(change.postPromotionDip()) ? null : change.postPromotionDip());
                insert.setInt(15, change.dipWeeks());
                insert.setDouble(16, change.cannibalisation());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void checkNameFree(Connection c, String name, long exceptId) throws SQLException {
        if (Jdbc.count(c, "SELECT COUNT(*) FROM scenario WHERE name = ? AND id <> ?", name, exceptId) > 0) {
            throw new IllegalArgumentException("A scenario is already named \"" + name + "\". Maybe add a date or a "
                    + "number to the name.");
        }
    }

    static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A scenario needs a name. Maybe name it after the promotion.");
        }
        String stripped = name.strip();
        if (stripped.length() > 200) {
            throw new IllegalArgumentException("Scenario name (" + stripped.length() + " characters) must be 200 "
                    + "characters at most.");
        }
        return stripped;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
