package reassort.engine.allocation;

import java.time.LocalDate;
import java.util.List;

/**
 * What one channel may sell of a SKU at a location: now, and cumulatively from each future inflow's date on.
 *
 * @param free stock free to sell now at the location (on hand − reserved − backorders)
 * @param withheld units the channel may not take now (its buffer, or the presentation minimum for channels other
 *     than the store's own)
 * @param availableNow free − withheld
 * @param future cumulative availability from each inflow date on (ascending dates), buffers applied to the
 *     stock of that date
 * @param buffer the channel's buffer that applied (null: none)
 * @param presentationMinimum units left on a store's shelf for presentation that this channel may not take (0: none)
 */
public record ChannelAtp(String channel, double free, double withheld, double availableNow, List<Dated> future,
        ChannelBuffer buffer, double presentationMinimum) {
    /** Availability from {@code date} on. */
    public record Dated(LocalDate date, double available) {}

    public ChannelAtp {
        future = List.copyOf(future);
    }

    /** The rules that withheld stock, in a sentence (empty when none); built when asked, not for every position. */
    public String rule() {
        String rule = buffer == null ? "" : buffer.describe();
        if (presentationMinimum > 0) {
            rule = (rule.isEmpty() ? "" : rule + "; ") + "leave the presentation minimum of "
                    + ChannelBuffer.fmt(presentationMinimum) + " units on the shelf";
        }
        return rule;
    }

    /**
     * The first date on which {@code quantity} can be promised to this channel: {@code today} when it is available
     * now, the date of the inflow that makes it available, or null when nothing known makes it available.
     */
    public LocalDate promiseDate(double quantity, LocalDate today) {
        if (quantity <= availableNow + 1e-9) return today;
        for (Dated d : future) {
            if (quantity <= d.available() + 1e-9) return d.date();
        }
        return null;
    }

    /** Availability on {@code date}: what is available now plus the inflows arrived by then. */
    public double availableOn(LocalDate date) {
        double available = availableNow;
        for (Dated d : future) {
            if (d.date().isAfter(date)) break;
            available = d.available();
        }
        return available;
    }
}
