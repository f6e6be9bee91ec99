package reassort.engine.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Order days: when an order can be placed, and how long until the next chance. */
public final class OrderCalendar {
    private static final Set<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private OrderCalendar() {}

    /** The days orders are taken on; an empty set means any working day (Monday to Friday). */
    public static Set<DayOfWeek> effective(Set<DayOfWeek> orderDays) {
        return orderDays == null || orderDays.isEmpty() ? WORKING_DAYS : orderDays;
    }

    /** Today when it is an order day, else the next order day. */
    public static LocalDate nextOrderDay(LocalDate today, Set<DayOfWeek> orderDays) {
        Set<DayOfWeek> days = effective(orderDays);
        LocalDate d = today;
        while (!days.contains(d.getDayOfWeek())) d = d.plusDays(1);
        return d;
    }

    /** Days from {@code orderDate} to the next order day strictly after it. */
    public static int daysToFollowingOrderDay(LocalDate orderDate, Set<DayOfWeek> orderDays) {
        Set<DayOfWeek> days = effective(orderDays);
        int n = 1;
        while (!days.contains(orderDate.plusDays(n).getDayOfWeek())) n++;
        return n;
    }

    /**
     * The review period in days: the time to the next order opportunity, which is the later of the supplier's next
     * order day and the planner's next planning run.
     */
    public static double reviewDays(LocalDate orderDate, Set<DayOfWeek> orderDays, double planningCycleDays) {
        return Math.max(planningCycleDays, daysToFollowingOrderDay(orderDate, orderDays));
    }
}
