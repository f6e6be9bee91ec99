package reassort.engine.allocation;

import reassort.domain.LocationType;
import reassort.domain.Require;

/**
 * One location of a SKU, as the transfer planner sees it.
 *
 * @param available stock free to sell now plus what arrives before the next replenishment (on hand − reserved −
 *     backorders + in transit)
 * @param orderUpTo the replenishment policy's order-up-to level S (stock the location needs until its next receipt,
 *     safety stock and protected stock included); NaN when unknown
 * @param dailyDemand forecast units per day
 * @param daysToNextReceipt days until the location's next replenishment can arrive
 * @param protectedStock units the location never gives away (presentation minimum, buffers)
 */
public record TransferSite(
        String location,
        LocationType type,
        String region,
        double available,
        double orderUpTo,
        double dailyDemand,
        double daysToNextReceipt,
        double protectedStock) {
    public TransferSite {
        location = Require.code(location, "Location of a transfer site");
        Require.present(type, "Type of location " + location);
        region = region == null ? "" : region;
        Require.finite(available, "Available stock at " + location);
        Require.nonNegative(dailyDemand, "Daily demand at " + location);
        Require.nonNegative(daysToNextReceipt, "Days to the next receipt at " + location);
        Require.nonNegative(protectedStock, "Protected stock at " + location);
    }

    /** Expected sales lost before the next receipt: demand until then beyond the available stock. */
    public double riskUnits() {
        return Math.max(0, dailyDemand * daysToNextReceipt - Math.max(0, available));
    }

    /** Days of cover of the available stock (infinite without demand). */
    public double cover() {
        return dailyDemand > 0 ? Math.max(0, available) / dailyDemand : Double.POSITIVE_INFINITY;
    }
}
