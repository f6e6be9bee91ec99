package reassort.engine.allocation;

import reassort.domain.Require;

/**
 * A planner's decision on one line of a SKU × source that a rerun nets: the line either holds a fixed quantity (edited,
 * approved or exported: its effective quantity is taken from the supply before anything is shared) or is rejected
 * (it takes nothing and its need is not served).
 *
 * @param quantity units the decision holds; 0 when rejected
 */
public record PlannerDecision(String location, String channel, boolean rejected, double quantity) {
    public PlannerDecision {
        location = Require.code(location, "Location of a planner's decision");
        channel = Require.code(channel, "Channel of the planner's decision at " + location);
        Require.nonNegative(quantity, "Quantity held by the planner's decision at " + location + " × " + channel);
        if (rejected) quantity = 0;
    }

    public static PlannerDecision holding(String location, String channel, double quantity) {
        return new PlannerDecision(location, channel, false, quantity);
    }

    public static PlannerDecision rejecting(String location, String channel) {
        return new PlannerDecision(location, channel, true, 0);
    }

    boolean matches(AllocationNeed need) {
        return location.equals(need.location()) && channel.equals(need.channel());
    }
}
