package reassort.store;

import java.util.Locale;
import reassort.domain.Require;

/**
 * One allocation rule as the planner wrote it (the store keeps them in file order). Empty text means "every"; NaN
 * means not given.
 *
 * @param rule BUFFER, MINIMUM, PRIORITY, FAIR_SHARE, TRANSFER_COST or OVERSTOCK
 * @param value the rule's value when it is not a quantity: a priority number, a fair-share rule, "fixed/per unit/min
 *     units" costs, overstock days
 */
public record AllocationRuleRow(
        String rule,
        String channel,
        String sku,
        String category,
        String location,
        String locationType,
        double units,
        double percent,
        double maxExposed,
        String value) {
    public AllocationRuleRow {
        rule = Require.code(rule, "Allocation rule").toUpperCase(Locale.ROOT);
        channel = channel == null ? "" : channel.strip().toUpperCase(Locale.ROOT);
        sku = sku == null ? "" : sku.strip();
        category = category == null ? "" : category.strip();
        location = location == null ? "" : location.strip();
        locationType = locationType == null ? "" : locationType.strip().toUpperCase(Locale.ROOT);
        value = value == null ? "" : value.strip();
    }
}
