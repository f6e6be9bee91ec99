package reassort.domain;

import java.time.LocalDate;

/**
 * The dates a sales import speaks for at one location and channel, including days it has no line for: a weekly
 * column dated Monday covers Monday to Sunday. Re-importing replaces earlier lines within the covered dates.
 */
public record SalesPeriod(String location, String channel, LocalDate from, LocalDate to) {
    public SalesPeriod {
        location = Require.code(location, "Location");
        channel = Require.code(channel, "Channel").toUpperCase(java.util.Locale.ROOT);
        Require.present(from, "Start of the sales period");
        Require.present(to, "End of the sales period");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Sales period of " + location + " × " + channel + " ends (" + to
                    + ") before it starts (" + from + ").");
        }
    }
}
