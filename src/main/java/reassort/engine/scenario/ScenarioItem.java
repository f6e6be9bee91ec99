package reassort.engine.scenario;

import java.util.List;
import reassort.domain.Require;
import reassort.engine.policy.PolicyItem;

/**
 * One SKU × location a scenario may touch: the policy item as the plan builds it (its forecast is the channels'
 * sum) and the channels that sum came from.
 *
 * @param region the location's region ("" when none), for promotions scoped by region
 */
public record ScenarioItem(PolicyItem item, String region, List<ChannelForecast> channels) {
    public ScenarioItem {
        Require.present(item, "Policy item");
        region = region == null ? "" : region;
        channels = List.copyOf(channels);
    }

    public String sku() {
        return item.sku();
    }

    public String location() {
        return item.location();
    }

    public String category() {
        return item.product().category();
    }
}
