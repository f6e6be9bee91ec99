package reassort.store;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import reassort.domain.Require;
import reassort.domain.SeriesKey;

/**
 * A planner's change to the forecast of one series over a range of ISO weeks, kept apart from the statistical
 * forecast so that it survives every new forecast run.
 *
 * @param id the store's number for it; 0 for one not saved yet
 * @param fromWeek Monday of the first week covered
 * @param toWeek Monday of the last week covered
 * @param amount units per week ({@link OverrideKind#UNITS}) or percent change ({@link OverrideKind#PERCENT})
 * @param createdAt when it was saved; null for one not saved yet
 */
public record PlannerOverride(
        long id, SeriesKey key, LocalDate fromWeek, LocalDate toWeek, OverrideKind kind, double amount, String reason,
        Instant createdAt) {

    public PlannerOverride {
        Require.present(key, "Series of the override");
        Require.present(fromWeek, "First week of the override of " + key);
        Require.present(toWeek, "Last week of the override of " + key);
        Require.present(kind, "Kind (units or percent) of the override of " + key);
        if (fromWeek.getDayOfWeek() != DayOfWeek.MONDAY || toWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("Override of " + key + " runs from " + fromWeek + " to " + toWeek
                    + "; both must be Mondays. Maybe pass the Monday of each ISO week.");
        }
        if (toWeek.isBefore(fromWeek)) {
            throw new IllegalArgumentException("Override of " + key + " ends (" + toWeek + ") before it starts ("
                    + fromWeek + "). Maybe the weeks are swapped.");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("Override amount (" + amount + ") of " + key + " must be a number.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Override of " + key + " from " + fromWeek + " has no reason. "
                    + "Maybe note the promotion, event or information behind it.");
        }
        reason = reason.strip();
        if (reason.length() > 2000) {
            throw new IllegalArgumentException("Override reason of " + key + " has " + reason.length()
                    + " characters; 2000 at most.");
        }
    }

    /** A new override, to be saved. */
    public static PlannerOverride of(SeriesKey key, LocalDate fromWeek, LocalDate toWeek, OverrideKind kind,
            double amount, String reason) {
        return new PlannerOverride(0, key, fromWeek, toWeek, kind, amount, reason, null);
    }
}
