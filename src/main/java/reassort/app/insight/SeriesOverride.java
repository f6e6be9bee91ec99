package reassort.app.insight;

import java.time.LocalDate;
import reassort.domain.SeriesKey;
import reassort.store.OverrideKind;
import reassort.store.PlannerOverride;

/**
 * A planner's override of one series as the series view shows it (the store's record stays behind the app).
 *
 * @param fromWeek Monday of the first week covered
 * @param toWeek Monday of the last week covered
 * @param percent the amount is a percent change; else units a week
 */
public record SeriesOverride(long id, SeriesKey key, LocalDate fromWeek, LocalDate toWeek, boolean percent,
        double amount, String reason) {

    static SeriesOverride of(PlannerOverride o) {
        return new SeriesOverride(o.id(), o.key(), o.fromWeek(), o.toWeek(), o.kind() == OverrideKind.PERCENT,
                o.amount(), o.reason());
    }
}
