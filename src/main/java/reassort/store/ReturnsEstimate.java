package reassort.store;

import java.util.Arrays;
import reassort.domain.Require;

/**
 * How sold units of a channel (or of one series in it) come back, as a forecast run estimated it.
 *
 * @param sku the series' SKU, or "" for the channel as a whole (likewise {@code location})
 * @param soldUnits units sold over the weeks the estimate was fitted on
 * @param returnRate share of sold units that come back
 * @param meanDelayWeeks mean weeks between sale and return (NaN when nothing comes back)
 * @param delayWeights share of a week's sales returning 0, 1, 2 … weeks later (they sum to the return rate)
 */
public record ReturnsEstimate(String channel, String sku, String location, double soldUnits, double returnedUnits,
        double returnRate, double meanDelayWeeks, double[] delayWeights) {
    public ReturnsEstimate {
        Require.present(channel, "Channel of a returns estimate");
        sku = sku == null ? "" : sku;
        location = location == null ? "" : location;
        Require.present(delayWeights, "Return delay weights of " + channel);
        delayWeights = delayWeights.clone();
    }

    public boolean isChannelTotal() {
        return sku.isEmpty() && location.isEmpty();
    }

    @Override
    public double[] delayWeights() {
        return delayWeights.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReturnsEstimate that && channel.equals(that.channel) && sku.equals(that.sku)
                && location.equals(that.location) && Double.compare(soldUnits, that.soldUnits) == 0
                && Double.compare(returnedUnits, that.returnedUnits) == 0
                && Double.compare(returnRate, that.returnRate) == 0
                && Double.compare(meanDelayWeeks, that.meanDelayWeeks) == 0
                && Arrays.equals(delayWeights, that.delayWeights);
    }

    @Override
    public int hashCode() {
        return (channel + sku + location).hashCode();
    }

    @Override
    public String toString() {
        return "ReturnsEstimate[" + channel + (isChannelTotal() ? "" : " " + sku + " at " + location) + ", rate "
                + returnRate + ", delay " + meanDelayWeeks + " weeks]";
    }
}
