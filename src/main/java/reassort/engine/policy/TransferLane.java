package reassort.engine.policy;

import java.time.DayOfWeek;
import java.util.Set;
import reassort.domain.Require;

/**
 * Replenishment of a store (or hub) from its supplying location: the transfer lead time, the weekdays deliveries
 * are planned on (empty: any working day) and the pack rounding used for transfers (the product's pack size). No
 * MOQ and no minimum order value apply to transfers.
 *
 * @param toLocation the receiving location, or null for every location the warehouse supplies (a default lane)
 */
public record TransferLane(String fromLocation, String toLocation, LeadTime leadTime, Set<DayOfWeek> orderDays, PackRounding rounding) {
    public TransferLane {
        fromLocation = Require.code(fromLocation, "Supplying location of a transfer lane");
        toLocation = toLocation == null || toLocation.isBlank() ? null : toLocation.strip();
        Require.present(leadTime, "Transfer lead time from " + fromLocation);
        orderDays = orderDays == null ? Set.of() : Set.copyOf(orderDays);
        rounding = rounding == null ? PackRounding.up() : rounding;
    }

    public static TransferLane of(String from, String to, LeadTime leadTime) {
        return new TransferLane(from, to, leadTime, Set.of(), PackRounding.up());
    }
}
