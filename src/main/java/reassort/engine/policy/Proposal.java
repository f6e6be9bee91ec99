package reassort.engine.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * A replenishment proposal for one SKU × location, with every number that led to it and the explanation steps.
 *
 * @param constraints pack, rounding rule, MOQ and maximum stock the quantity was sized with
 * @param orderQuantity the proposed quantity after every rule (0: no order this time)
 * @param rawNeed what the policy asked for before pack, MOQ, maximum and minimum-value rules
 * @param orderDate when the order is to be placed (next order day of the source from today)
 * @param receiptDate when it is expected (order date + mean lead time, rounded up to whole days)
 */
public record Proposal(
        String sku,
        String location,
        String channel,
        ItemClass classification,
        ServiceTarget target,
        String targetRule,
        SourceKind sourceKind,
        String sourceCode,
        PolicyLevels levels,
        OrderConstraints constraints,
        ProtectionInterval interval,
        SafetyStockMethod method,
        double forecastOverInterval,
        double intervalStdDev,
        double safetyStock,
        InventoryPosition position,
        double rawNeed,
        double orderQuantity,
        double unitCost,
        LocalDate orderDate,
        LocalDate receiptDate,
        List<ExplanationStep> explanation,
        List<Flag> flags) {
    public Proposal {
        explanation = explanation instanceof Explanation ? explanation : List.copyOf(explanation);
        flags = List.copyOf(flags);
    }

    public double orderValue() {
        return orderQuantity * unitCost;
    }

    public boolean ordersSomething() {
        return orderQuantity > 0;
    }

    Proposal withOrder(double quantity, List<ExplanationStep> steps, List<Flag> moreFlags) {
        return new Proposal(sku, location, channel, classification, target, targetRule, sourceKind, sourceCode, levels,
                constraints, interval, method, forecastOverInterval, intervalStdDev, safetyStock, position, rawNeed, quantity, unitCost,
                orderDate, receiptDate, steps, moreFlags);
    }
}
