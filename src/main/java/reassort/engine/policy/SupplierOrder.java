package reassort.engine.policy;

import java.time.LocalDate;

/**
 * One order to a supplier for one location on one date, summed over its lines, with the minimum-value check.
 *
 * @param minimumMet whether the value reaches the supplier's minimum (after raising, under {@link MinimumOrderValueRule#RAISE})
 * @param valueBeforeRule the value before the minimum-value rule
 */
public record SupplierOrder(
        String supplier,
        String location,
        LocalDate orderDate,
        int lines,
        double valueBeforeRule,
        double value,
        double minimumValue,
        MinimumOrderValueRule rule,
        boolean minimumMet) {}
