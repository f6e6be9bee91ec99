package reassort.engine.forecast;

/**
 * A planner's change to a forecast over a range of periods, kept apart from the statistical forecast so that it
 * survives recomputation. Periods are absolute period numbers chosen by the caller (e.g. an ISO-week index), not
 * steps of one forecast run, so an override keeps its weeks when the forecast origin moves.
 *
 * @param fromPeriod first period covered
 * @param toPeriod last period covered (inclusive)
 * @param kind {@link Kind#UNITS} sets each period to {@code amount} units; {@link Kind#PERCENT} changes the
 *     forecast by {@code amount} percent (+20 raises it by a fifth, −100 zeroes it)
 * @param reason why, in the planner's words (required: overrides are reviewed)
 */
public record ForecastOverride(int fromPeriod, int toPeriod, Kind kind, double amount, String reason) {

    public enum Kind {
        UNITS,
        PERCENT
    }

    public ForecastOverride {
        if (toPeriod < fromPeriod) {
            throw new IllegalArgumentException("Override ends (period " + toPeriod + ") before it starts (period "
                    + fromPeriod + "). Maybe the periods are swapped.");
        }
        if (kind == null) throw new IllegalArgumentException("Override kind (units or percent) is missing.");
        if (!Double.isFinite(amount)) throw new IllegalArgumentException("Override amount (" + amount + ") must be a number.");
        if (kind == Kind.UNITS && amount < 0) {
            throw new IllegalArgumentException("Override of " + amount + " units must be zero or more.");
        }
        if (kind == Kind.PERCENT && amount < -100) {
            throw new IllegalArgumentException("Override of " + amount
                    + " % would make the forecast negative; −100 % is the lowest.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Override of periods " + fromPeriod + "–" + toPeriod
                    + " has no reason. Maybe note the promotion, event or information behind it.");
        }
        reason = reason.strip();
    }

    public static ForecastOverride units(int fromPeriod, int toPeriod, double units, String reason) {
        return new ForecastOverride(fromPeriod, toPeriod, Kind.UNITS, units, reason);
    }

    public static ForecastOverride percent(int fromPeriod, int toPeriod, double percent, String reason) {
        return new ForecastOverride(fromPeriod, toPeriod, Kind.PERCENT, percent, reason);
    }

    public boolean covers(int period) {
        return period >= fromPeriod && period <= toPeriod;
    }

    double applyTo(double value) {
        return kind == Kind.UNITS ? amount : value * (1 + amount / 100);
    }
}
