package reassort.engine.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scenario against the baseline over the items it affects (their forecast or their proposal changes), from
 * {@code firstDay} over {@code weeks} weeks. "Unplanned" is the baseline's proposals facing the scenario's demand:
 * what the promotion would do if orders were not adjusted for it.
 *
 * @param itemsPlanned SKU × locations replanned (the affected ones and those ordering with them)
 * @param changes proposals whose quantity or order date differs from the baseline's
 * @param affected every item whose forecast or proposal the scenario changes, with what allocation needs of it
 */
public record ScenarioComparison(
        LocalDate firstDay,
        int weeks,
        int replications,
        int itemsPlanned,
        int itemsAffected,
        List<ChannelComparison> channels,
        List<WeekOrders> orders,
        Side baseline,
        Side scenario,
        Side unplanned,
        List<ItemChange> changes,
        List<AffectedItem> affected) {
    public ScenarioComparison {
        channels = List.copyOf(channels);
        orders = List.copyOf(orders);
        changes = List.copyOf(changes);
        affected = List.copyOf(affected);
    }

    /** Totals of one side over the affected items. */
    public record Side(double units, double revenue, double proposedUnits, double proposedValue, Estimate orderedUnits,
            Estimate stockValueAtEnd, Estimate daysOfCover, Estimate stockoutWeeks, Estimate cycleService,
            Estimate fillRate) {}

    /** One channel: demand, revenue and service with and without the scenario. */
    public record ChannelComparison(String channel, double baselineUnits, double scenarioUnits, double baselineRevenue,
            double scenarioRevenue, Estimate baselineService, Estimate scenarioService, Estimate unplannedService,
            Estimate baselineFillRate, Estimate scenarioFillRate, Estimate baselineStockoutWeeks,
            Estimate scenarioStockoutWeeks) {
        public double extraUnits() {
            return scenarioUnits - baselineUnits;
        }

        public double extraRevenue() {
            return scenarioRevenue - baselineRevenue;
        }
    }

    /** Mean units and value ordered in one week (the projection's orders; week 0 holds today's proposals). */
    public record WeekOrders(LocalDate weekStart, double baselineUnits, double scenarioUnits, double baselineValue,
            double scenarioValue) {
        public double extraUnits() {
            return scenarioUnits - baselineUnits;
        }
    }

    /** A proposal the scenario changes. */
    public record ItemChange(String sku, String location, boolean forecastChanged, double baselineQuantity,
            LocalDate baselineOrderDate, double scenarioQuantity, LocalDate scenarioOrderDate, double unitCost,
            double baselineSafetyStock, double scenarioSafetyStock) {
        public double extraValue() {
            return (scenarioQuantity - baselineQuantity) * unitCost;
        }
    }

    /**
     * An item the scenario changes, as the allocation sees it: the scenario's proposal and, per channel, the factor
     * on the current week's demand (scenario ÷ baseline; channels the scenario leaves alone are left out).
     *
     * @param proposalChanged whether the order quantity or date differs from the baseline's
     */
    public record AffectedItem(String sku, String location, boolean proposalChanged, double scenarioQuantity,
            double scenarioOrderUpTo, LocalDate scenarioReceiptDate, Map<String, Double> currentWeekFactors) {
        public AffectedItem {
            currentWeekFactors = Map.copyOf(currentWeekFactors);
        }
    }

    public double extraUnits() {
        return scenario.units() - baseline.units();
    }

    public double extraRevenue() {
        return scenario.revenue() - baseline.revenue();
    }
}
