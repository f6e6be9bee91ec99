package reassort.app.allocation;

import java.time.LocalDate;
import java.util.Map;

/**
 * What one allocation run did.
 *
 * @param sources SKU × source locations whose supply was allocated
 * @param scarce how many of them had less supply than needs (rationed by the rules)
 * @param byChannel needed and allocated units per channel
 * @param transfers transfer proposals, with their units and net benefit (benefit − cost)
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
        long elapsedMillis) {
    public AllocationSummary {
        byChannel = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byChannel));
    }

    /** Units needed and allocated for one channel. */
    public record ChannelTotal(long lines, double needed, double allocated) {
        ChannelTotal plus(double need, double quantity) {
            return new ChannelTotal(lines + 1, needed + need, allocated + quantity);
        }
    }
}
