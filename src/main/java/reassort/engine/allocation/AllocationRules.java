package reassort.engine.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reassort.domain.LocationType;

/**
 * What a planner sets for allocation: channel buffers, presentation minimums, channel priorities (lower number served
 * first; channels not listed get {@link #DEFAULT_PRIORITY}), how the rest is shared, what a transfer costs, and the
 * cover beyond which a location's stock counts as overstock a transfer may take.
 */
public record AllocationRules(
        List<ChannelBuffer> buffers,
        List<PresentationMinimum> minimums,
        Map<String, Integer> channelPriorities,
        FairShare fairShare,
        TransferCost transferCost,
        double overstockCoverDays) {
    public static final int DEFAULT_PRIORITY = 1;

    public AllocationRules {
        buffers = buffers == null ? List.of() : List.copyOf(buffers);
        minimums = minimums == null ? List.of() : List.copyOf(minimums);
        Map<String, Integer> upper = new HashMap<>();
        if (channelPriorities != null) channelPriorities.forEach((k, v) -> upper.put(k.strip().toUpperCase(Locale.ROOT), v));
        channelPriorities = Map.copyOf(upper);
        fairShare = fairShare == null ? FairShare.DAYS_OF_COVER : fairShare;
        transferCost = transferCost == null ? TransferCost.DEFAULT : transferCost;
        if (!(overstockCoverDays > 0) || Double.isInfinite(overstockCoverDays)) {
            throw new IllegalArgumentException("Overstock cover (" + overstockCoverDays + " days) must be positive. "
                    + "Maybe use 56 (8 weeks).");
        }
    }

    /**
     * The defaults when a planner sets nothing: 2 units on every store shelf for presentation, 20 % of store stock
     * kept away from ship-from-store, stores, click & collect and web served before marketplaces and B2B, fair share on
     * days of cover, transfers at 15 + 0.5 per unit and at least 2 units, overstock beyond 8 weeks of cover.
     */
    public static AllocationRules defaults() {
        return new AllocationRules(
                List.of(ChannelBuffer.percent("SFS", Scope.of(LocationType.STORE), 20)),
                List.of(new PresentationMinimum(Scope.of(LocationType.STORE), 2)),
                Map.of("STORE", 1, "CC", 1, "WEB", 1, "SFS", 1, "MKP", 2, "B2B", 2),
                FairShare.DAYS_OF_COVER, TransferCost.DEFAULT, 56);
    }

    /** No buffer, no minimum, every channel equal: what allocation does with no rule at all. */
    public static AllocationRules none() {
        return new AllocationRules(List.of(), List.of(), Map.of(), FairShare.DAYS_OF_COVER, TransferCost.DEFAULT, 56);
    }

    public AllocationRules withBuffers(List<ChannelBuffer> b) {
        return new AllocationRules(b, minimums, channelPriorities, fairShare, transferCost, overstockCoverDays);
    }

    public AllocationRules withMinimums(List<PresentationMinimum> m) {
        return new AllocationRules(buffers, m, channelPriorities, fairShare, transferCost, overstockCoverDays);
    }

    public AllocationRules withPriorities(Map<String, Integer> p) {
        return new AllocationRules(buffers, minimums, p, fairShare, transferCost, overstockCoverDays);
    }

    public AllocationRules withFairShare(FairShare f) {
        return new AllocationRules(buffers, minimums, channelPriorities, f, transferCost, overstockCoverDays);
    }

    public AllocationRules withTransferCost(TransferCost t) {
        return new AllocationRules(buffers, minimums, channelPriorities, fairShare, t, overstockCoverDays);
    }

    /** The most specific buffer of {@code channel} that applies, or null. */
    public ChannelBuffer buffer(String channel, String sku, String category, String location, LocationType type) {
        ChannelBuffer best = null;
        for (ChannelBuffer b : buffers) {
            if (b.channel().equals(channel) && b.scope().matches(sku, category, location, type)
                    && (best == null || b.scope().specificity() > best.scope().specificity())) {
                best = b;
            }
        }
        return best;
    }

    /** The presentation minimum that applies (the most specific rule), 0 when none. */
    public double minimum(String sku, String category, String location, LocationType type) {
        PresentationMinimum best = null;
        for (PresentationMinimum m : minimums) {
            if (m.scope().matches(sku, category, location, type)
                    && (best == null || m.scope().specificity() > best.scope().specificity())) {
                best = m;
            }
        }
        return best == null ? 0 : best.units();
    }

    public int priority(String channel) {
        return channelPriorities.getOrDefault(channel, DEFAULT_PRIORITY);
    }

    /**
     * Stock the replenishment policy must keep at the location beyond its demand: the presentation minimum, or the
     * largest fixed-unit buffer of a channel whose demand the location serves, whichever is larger. Percentage buffers
     * only split the stock between channels and add nothing.
     */
    public double protectedStock(String sku, String category, String location, LocationType type, List<String> channels) {
        double protect = minimum(sku, category, location, type);
        for (String channel : channels) {
            ChannelBuffer b = buffer(channel, sku, category, location, type);
            if (b != null) protect = Math.max(protect, b.units());
        }
        return protect;
    }
}
