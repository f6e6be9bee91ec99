package reassort.engine.allocation;

import reassort.domain.Require;

/**
 * What one location and channel asks of a scarce supply.
 *
 * @param need units wanted (e.g. the replenishment policy's transfer quantity, or a channel's demand until the next
 *     receipt); whole units, rounded down
 * @param position the stock position the allocation comes on top of (for days of cover and minimums)
 * @param dailyDemand forecast units per day (0: no demand; it then only gets its minimum unless supply is left over)
 * @param minimum presentation minimum: the position is first brought up to it (capped by the need)
 * @param priority lower is served first (see {@link AllocationRules#priority})
 */
public record AllocationNeed(
        String location, String channel, double need, double position, double dailyDemand, double minimum, int priority) {
    public AllocationNeed {
        location = Require.code(location, "Location of an allocation need");
        channel = Require.code(channel, "Channel of the need of " + location);
        Require.nonNegative(need, "Need of " + location + " × " + channel);
        need = Math.floor(need + 1e-9);
        Require.finite(position, "Position of " + location + " × " + channel);
        Require.nonNegative(dailyDemand, "Daily demand of " + location + " × " + channel);
        Require.nonNegative(minimum, "Presentation minimum of " + location + " × " + channel);
    }

    /** Units needed to bring the position up to the minimum, never more than the need. */
    public double minimumShortfall() {
        return Math.min(need, Math.max(0, Math.ceil(minimum - position - 1e-9)));
    }
}
