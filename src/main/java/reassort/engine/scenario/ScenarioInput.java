package reassort.engine.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import reassort.domain.Location;
import reassort.domain.Require;
import reassort.engine.policy.PolicySettings;
import reassort.engine.policy.SupplierTerms;
import reassort.engine.policy.TransferLane;

/**
 * What a scenario is computed on: the items to replan with their baseline channel forecasts (the plan's), the
 * planning context, and today (week 0 starts on it).
 */
public record ScenarioInput(List<ScenarioItem> items, Map<String, SupplierTerms> suppliers,
        Map<String, Location> locations, List<TransferLane> transferLanes, PolicySettings settings, LocalDate today) {
    public ScenarioInput {
        items = List.copyOf(items);
        suppliers = suppliers == null ? Map.of() : Map.copyOf(suppliers);
        locations = locations == null ? Map.of() : Map.copyOf(locations);
        transferLanes = transferLanes == null ? List.of() : List.copyOf(transferLanes);
        settings = settings == null ? PolicySettings.defaults() : settings;
        Require.present(today, "Today");
    }
}
