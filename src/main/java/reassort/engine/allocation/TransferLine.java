package reassort.engine.allocation;

import java.util.List;
import reassort.engine.policy.ExplanationStep;
import reassort.engine.policy.StepInput;

/**
 * A proposed transfer of one SKU from an overstocked location to one at risk, with the numbers that justify it.
 *
 * @param donorKeeps what the donor keeps: the larger of its order-up-to level, its protected stock and the overstock
 *     cover threshold × its daily demand
 * @param receiverRisk expected units the receiver would lose before its next receipt
 * @param savedUnits sales the transfer is expected to save: min(quantity, receiver's risk)
 * @param benefit saved units × unit margin
 * @param cost fixed cost + cost per unit × quantity
 */
public record TransferLine(
        String sku,
        String from,
        String to,
        double quantity,
        double donorAvailable,
        double donorKeeps,
        double donorCover,
        double receiverAvailable,
        double receiverDailyDemand,
        double receiverDaysToReceipt,
        double receiverRisk,
        double receiverWants,
        double savedUnits,
        double unitMargin,
        double benefit,
        double perTransfer,
        double perUnit,
        double cost) {
    private static final String UNITS = "units";

    public double netBenefit() {
        return benefit - cost;
    }

    public List<ExplanationStep> explanation() {
        return List.of(
                new ExplanationStep("transfer.excess", "Overstock at " + from, "excess = available − keep",
                        List.of(in("available", "free stock and in transit", donorAvailable),
                                in("keep", "max(order-up-to, protected stock, overstock cover × demand)", donorKeeps),
                                new StepInput("cover", "days of cover now", donorCover, "days")),
                        donorAvailable - donorKeeps, UNITS, ""),
                new ExplanationStep("transfer.risk", "Stockout risk at " + to, "risk = max(0, d·T − available)",
                        List.of(new StepInput("d", "forecast per day", receiverDailyDemand, "units/day"),
                                new StepInput("T", "days to the next receipt", receiverDaysToReceipt, "days"),
                                in("available", "free stock and in transit", receiverAvailable),
                                in("wants", "up to its order-up-to level", receiverWants)),
                        receiverRisk, UNITS, ""),
                new ExplanationStep("transfer.quantity", "Quantity", "q = min(excess, wants)", List.of(), quantity, UNITS, ""),
                new ExplanationStep("transfer.benefit", "Expected benefit", "min(q, risk) × margin",
                        List.of(in("saved", "sales saved", savedUnits),
                                new StepInput("margin", "unit price − unit cost", unitMargin, "money")),
                        benefit, "money", ""),
                new ExplanationStep("transfer.cost", "Transfer cost", "fixed + per unit × q",
                        List.of(new StepInput("fixed", "cost per transfer", perTransfer, "money"),
                                new StepInput("per unit", "cost per unit moved", perUnit, "money")),
                        cost, "money", benefit > cost ? "benefit beats the cost by " + ChannelBuffer.fmt(
                                Math.round((benefit - cost) * 100) / 100.0) + ": transfer proposed" : "not worth it"));
    }

    private static StepInput in(String symbol, String name, double value) {
        return new StepInput(symbol, name, value, UNITS);
    }
}
