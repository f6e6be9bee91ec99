package reassort.engine.policy;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * The resolved source of an item's orders, with everything ordering from it needs.
 *
 * @param code supplier code, or the supplying location for a transfer
 * @param minimumOrderValue supplier minimum order value (0 for transfers)
 * @param orderingCost K per order line (NaN unknown)
 * @param reviewPeriodDays fixed review period (NaN: from the order days and the planning cycle)
 */
public record Source(
        SourceKind kind,
        String code,
        LeadTime leadTime,
        Set<DayOfWeek> orderDays,
        PackRounding rounding,
        double minimumOrderValue,
        double orderingCost,
        double reviewPeriodDays) {
    public Source {
        orderDays = Set.copyOf(orderDays);
    }
}
