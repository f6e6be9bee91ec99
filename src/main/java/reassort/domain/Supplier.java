package reassort.domain;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * A supplier with its lead time (mean and standard deviation, in days), the weekdays it takes orders on, and
 * its minimum order value. An empty {@code orderDays} means any working day.
 */
public record Supplier(
        String code,
        String name,
        double leadTimeDays,
        double leadTimeStdDevDays,
        Set<DayOfWeek> orderDays,
        double minimumOrderValue) {
    public Supplier {
        code = Require.code(code, "Supplier code");
        name = name == null || name.isBlank() ? code : name.strip();
        if (!(leadTimeDays > 0) || Double.isInfinite(leadTimeDays)) {
            throw new IllegalArgumentException("Lead time (" + leadTimeDays + " days) of supplier " + code
                    + " must be positive. Maybe check the supplier sheet's lead-time column.");
        }
        Require.nonNegative(leadTimeStdDevDays, "Lead-time standard deviation of supplier " + code);
        orderDays = orderDays == null ? Set.of() : Set.copyOf(orderDays);
        Require.nonNegative(minimumOrderValue, "Minimum order value of supplier " + code);
    }
}
