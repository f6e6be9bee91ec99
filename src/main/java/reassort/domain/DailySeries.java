package reassort.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One series' history day by day: day {@code i} is {@code firstDay + i}. Same meaning and same ownership rule
 * as {@link WeeklySeries}: the arrays are handed over, not copied, and nobody writes to them afterwards.
 */
public record DailySeries(
        SeriesKey key, LocalDate firstDay, double[] sold, double[] returned, double[] revenue, boolean[] promoted) {
    public DailySeries {
        Require.present(key, "Series key");
        Require.present(firstDay, "First day of series " + key);
        Require.present(sold, "Daily sales of " + key);
        Require.present(returned, "Daily returns of " + key);
        Require.present(revenue, "Daily revenue of " + key);
        Require.present(promoted, "Daily promotion flags of " + key);
        if (returned.length != sold.length || revenue.length != sold.length || promoted.length != sold.length) {
            throw new IllegalArgumentException("Daily arrays of " + key + " differ in length (" + sold.length + ", "
                    + returned.length + ", " + revenue.length + ", " + promoted.length + ").");
        }
    }

    public int days() {
        return sold.length;
    }

    public LocalDate day(int index) {
        return firstDay.plusDays(index);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DailySeries that
                && key.equals(that.key)
                && firstDay.equals(that.firstDay)
                && Arrays.equals(sold, that.sold)
                && Arrays.equals(returned, that.returned)
                && Arrays.equals(revenue, that.revenue)
                && Arrays.equals(promoted, that.promoted);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, firstDay, Arrays.hashCode(sold), Arrays.hashCode(returned));
    }

    @Override
    public String toString() {
        return "DailySeries[" + key + " from " + firstDay + ", sold=" + Arrays.toString(sold) + ", returned="
                + Arrays.toString(returned) + ", revenue=" + Arrays.toString(revenue) + ", promoted="
                + Arrays.toString(promoted) + "]";
    }
}
