package reassort.app.scenario;

import java.util.List;
import java.util.Locale;
import reassort.app.allocation.AllocationComparison;
import reassort.engine.scenario.ScenarioComparison;

/**
 * One scenario computed against the baseline.
 *
 * @param scenarioId the stored scenario, 0 for one run from a file without saving
 * @param allocation the scenario's allocation of the affected SKUs against the plan's, or why it was not computed
 * @param itemsRead SKU × locations of the plan read to find the affected ones
 */
public record ScenarioResult(long scenarioId, String name, List<EstimatedEffect> effects,
        ScenarioComparison comparison, AllocationComparison allocation, int itemsRead, long elapsedMillis) {
    public ScenarioResult {
        effects = List.copyOf(effects);
        allocation = allocation == null
                ? AllocationComparison.notComputed(AllocationComparison.Skipped.NOT_ASKED, 0) : allocation;
    }

    /** One line for the scenario list: extra units and revenue, extra value to buy, service against the baseline. */
    public String summary() {
        ScenarioComparison c = comparison;
        double extraBuy = c.changes().stream().mapToDouble(ScenarioComparison.ItemChange::extraValue).sum();
        return String.format(Locale.ROOT, "%+.0f units, %+.2f revenue, %+.2f to buy now, %d proposals changed, "
                + "service %.1f %% (baseline %.1f %%, unplanned %.1f %%)", c.extraUnits(), c.extraRevenue(), extraBuy,
                c.changes().size(), 100 * c.scenario().cycleService().mean(), 100 * c.baseline().cycleService().mean(),
                100 * c.unplanned().cycleService().mean());
    }
}
