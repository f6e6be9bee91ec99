package reassort.app.allocation;

import java.time.LocalDate;
import java.util.Map;

/**
 * What one allocation run did.
 *
 * @param sources SKU × source locations whose supply was allocated
 * @param scarce how many of them had less supply than needs (rationed by the rules)
 * @param byChannel needed and allocated units per channel
 * @param allocatedUnits what ships: the computed quantity of undecided lines, the planner's of decided ones
 * @param transfers transfer proposals, with their units and net benefit (benefit − cost)
 * @param netting what the planner's decisions on allocation lines changed in this run
 */
public record AllocationSummary(
        long runId,
        long planRunId,
        LocalDate asOf,
        long sources,
        long scarce,
        long lines,
        double neededUnits,
        double allocatedUnits,
        Map<String, ChannelTotal> byChannel,
        long transfers,
        double transferUnits,
        double transferNetBenefit,
        String rulesSource,
        long elapsedMillis,
        NettingTotals netting) {
    public AllocationSummary {
        byChannel = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byChannel));
    }

    /**
     * The planner's decisions a run netted.
     *
     * @param heldLines edited, approved and exported lines, whose quantity was taken from the supply first
     * @param heldUnits the units they hold
     * @param rejectedLines rejected lines (they take nothing)
     * @param freedUnits what the rejected lines would have got, shared by the undecided lines instead
     * @param overSupplySources SKU × sources whose decisions hold more than the supply (their undecided lines get 0)
     * @param overSupplyUnits the units held beyond the supply, summed
     */
    public record NettingTotals(long heldLines, double heldUnits, long rejectedLines, double freedUnits,
            long overSupplySources, double overSupplyUnits) {}

    /** Units needed and allocated for one channel. */
    public record ChannelTotal(long lines, double needed, double allocated) {
        ChannelTotal plus(double need, double quantity) {
            return new ChannelTotal(lines + 1, needed + need, allocated + quantity);
        }
    }
}
