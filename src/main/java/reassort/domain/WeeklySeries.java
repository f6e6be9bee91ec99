package reassort.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One series' history in ISO weeks (Monday start): week {@code i} starts on {@code firstMonday + 7·i}.
 * {@code sold} is gross units sold, {@code returned} units that came back, {@code revenue} the amount of the
 * sales (returns not deducted), {@code promoted} whether any sale that week carried a promotion code.
 *
 * <p>The arrays belong to the record: they are not copied, so whoever builds one hands them over and nobody
 * writes to them afterwards (the forecasting loops read them without a copy per access).
 */
public record WeeklySeries(
        SeriesKey key, LocalDate firstMonday, double[] sold, double[] returned, double[] revenue, boolean[] promoted) {
    public WeeklySeries {
        Require.present(key, "Series key");
        Require.present(firstMonday, "First week of series " + key);
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("First week of series " + key + " starts on " + firstMonday + ", a "
                    + firstMonday.getDayOfWeek() + ". Maybe pass the Monday of its ISO week.");
        }
        Require.present(sold, "Weekly sales of " + key);
        Require.present(returned, "Weekly returns of " + key);
        Require.present(revenue, "Weekly revenue of " + key);
        Require.present(promoted, "Weekly promotion flags of " + key);
        if (returned.length != sold.length || revenue.length != sold.length || promoted.length != sold.length) {
            throw new IllegalArgumentException("Weekly arrays of " + key + " differ in length (" + sold.length + ", "
                    + returned.length + ", " + revenue.length + ", " + promoted.length + ").");
        }
    }

    public int weeks() {
        return sold.length;
    }

    public LocalDate weekStart(int week) {
        return firstMonday.plusWeeks(week);
    }

    public double totalSold() {
        double total = 0;
        for (double units : sold) total += units;
        return total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklySeries that
                && key.equals(that.key)
                && firstMonday.equals(that.firstMonday)
                && Arrays.equals(sold, that.sold)
                && Arrays.equals(returned, that.returned)
                && Arrays.equals(revenue, that.revenue)
                && Arrays.equals(promoted, that.promoted);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, firstMonday, Arrays.hashCode(sold), Arrays.hashCode(returned));
    }

    @Override
    public String toString() {
        return "WeeklySeries[" + key + " from " + firstMonday + ", sold=" + Arrays.toString(sold) + ", returned="
                + Arrays.toString(returned) + ", revenue=" + Arrays.toString(revenue) + ", promoted="
                + Arrays.toString(promoted) + "]";
    }
}
