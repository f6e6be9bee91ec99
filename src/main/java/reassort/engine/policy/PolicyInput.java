package reassort.engine.policy;

import java.util.List;
import java.util.Map;
import reassort.domain.Location;

/**
 * Everything one planning run needs.
 *
 * @param suppliers terms per supplier code (every supplier an item buys from must be here)
 * @param locations locations per code; a location with a supplying location is replenished by transfer. A location
 *     missing from the map buys from suppliers directly
 * @param transferLanes lanes from supplying locations (a lane with no receiving location is the default of its
 *     warehouse)
 */
public record PolicyInput(
        List<PolicyItem> items,
        Map<String, SupplierTerms> suppliers,
        Map<String, Location> locations,
        List<TransferLane> transferLanes,
        PolicySettings settings) {
    public PolicyInput {
        items = List.copyOf(items);
        suppliers = suppliers == null ? Map.of() : Map.copyOf(suppliers);
        locations = locations == null ? Map.of() : Map.copyOf(locations);
        transferLanes = transferLanes == null ? List.of() : List.copyOf(transferLanes);
        settings = settings == null ? PolicySettings.defaults() : settings;
    }
}
