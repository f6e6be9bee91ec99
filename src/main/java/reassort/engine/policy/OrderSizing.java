package reassort.engine.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a position and policy levels into an order line quantity, in a fixed order of rules:
 * <ol>
 *   <li>raw need from the policy (S − IP when the policy triggers);</li>
 *   <li>pack rounding with the supplier's rule;</li>
 *   <li>minimum order quantity: a positive order is raised to the MOQ, itself rounded up to whole packs;</li>
 *   <li>maximum stock: the position after ordering never exceeds the maximum — the quantity is cut to the largest
 *       whole number of packs that fits; when what fits is below the MOQ, nothing is ordered and the line is
 *       flagged (the shelf is physical, the MOQ is negotiable).</li>
 * </ol>
 * The supplier minimum order value is an order-level step over several lines, see {@link MinimumOrderValueStep}.
 * The simulator calls {@link #quantity} so that what is simulated is exactly what is proposed.
 */
public final class OrderSizing {
    private OrderSizing() {}

    /** The result of sizing one line: the quantity, the raw need it came from, and any flags raised. */
    public record SizedLine(double rawNeed, double quantity, List<Flag> flags) {}

    /** The final line quantity without explanation (the fast path, for simulation). */
    public static double quantity(PolicyLevels levels, double inventoryPosition, OrderConstraints constraints) {
        return size(levels, inventoryPosition, constraints, null).quantity();
    }

    /**
     * Sizes the line and, when {@code steps} is not null, appends one explanation step per rule applied.
     */
    public static SizedLine size(
            PolicyLevels levels, double inventoryPosition, OrderConstraints constraints, List<ExplanationStep> steps) {
        List<Flag> flags = new ArrayList<>(0);
        double raw = levels.rawNeed(inventoryPosition);
        if (steps != null) steps.add(rawNeedStep(levels, inventoryPosition, raw));

        int pack = constraints.pack().units();
        double q = constraints.rounding().round(raw, pack);
        if (steps != null) {
            steps.add(new ExplanationStep("order.packRounding", "Pack rounding", constraints.rounding().formula(),
                    List.of(StepInput.of("need", "raw need", raw, "units"), StepInput.of("pack", "pack size", pack, "units")),
                    q, "units", constraints.rounding().english() + " (rule " + constraints.rounding().key() + ")"));
        }

        double moq = constraints.minimumOrderQuantity();
        double moqInPacks = moq <= 0 ? 0 : PackRounding.up().round(moq, pack);
        if (moq > 0) {
            double before = q;
            if (q > 0 && q < moq - 1e-9) q = moqInPacks;
            if (steps != null) {
                String rule = before == 0 ? "no order, so the MOQ does not apply"
                        : q != before ? "raised to the MOQ of " + Numbers.fmt(moq) + " units, in whole packs"
                        : "already at or above the MOQ";
                steps.add(new ExplanationStep("order.minimumOrderQuantity", "Minimum order quantity",
                        "q < MOQ ? ⌈MOQ / pack⌉ × pack : q",
                        List.of(StepInput.of("q", "quantity so far", before, "units"),
                                StepInput.of("MOQ", "minimum order quantity", moq, "units")),
                        q, "units", rule));
            }
        }

        if (constraints.hasMaximumStock()) {
            double max = constraints.maximumStock();
            double room = max - inventoryPosition;
            double before = q;
            String rule;
            if (q <= 0) {
                rule = "no order, so the maximum does not bind";
            } else if (inventoryPosition + q <= max + 1e-9) {
                rule = "fits under the maximum stock";
            } else {
                double fits = room <= 0 ? 0 : PackRounding.down().round(room, pack);
                if (fits > 0 && fits < moq - 1e-9) {
                    q = 0;
                    rule = "the maximum leaves room for " + Numbers.fmt(fits) + " units, below the MOQ of "
                            + Numbers.fmt(moq) + ": nothing is ordered";
                    flags.add(new Flag("flag.moqAboveMaximumStock", "The MOQ (" + Numbers.fmt(moq)
                            + ") does not fit under the maximum stock (" + Numbers.fmt(max) + ", position "
                            + Numbers.fmt(inventoryPosition) + "): no order. Maybe raise the maximum or negotiate the MOQ."));
                } else {
                    q = fits;
                    rule = "cut to the largest whole number of packs that keeps the position at or below the maximum";
                }
            }
            if (steps != null) {
                steps.add(new ExplanationStep("order.maximumStock", "Maximum stock",
                        "IP + q > max ? ⌊(max − IP) / pack⌋ × pack : q",
                        List.of(StepInput.of("q", "quantity so far", before, "units"),
                                StepInput.of("IP", "inventory position", inventoryPosition, "units"),
                                StepInput.of("max", "maximum stock", max, "units")),
                        q, "units", rule));
            }
        }
        return new SizedLine(raw, q, List.copyOf(flags));
    }

    private static ExplanationStep rawNeedStep(PolicyLevels levels, double ip, double raw) {
        String formula;
        String rule;
        List<StepInput> inputs;
        switch (levels.kind()) {
            case PERIODIC_ORDER_UP_TO -> {
                formula = "max(0, S − IP)";
                inputs = List.of(StepInput.of("S", "order-up-to level", levels.orderUpTo(), "units"),
                        StepInput.of("IP", "inventory position", ip, "units"));
                rule = raw > 0 ? "(R,S): order up to S at every review" : "(R,S): the position already reaches S";
            }
            case FIXED_QUANTITY -> {
                formula = "IP ≤ s ? n × Q, n = ⌊(s − IP) / Q⌋ + 1 : 0";
                inputs = List.of(StepInput.of("s", "reorder point", levels.reorderPoint(), "units"),
                        StepInput.of("IP", "inventory position", ip, "units"),
                        StepInput.of("Q", "fixed order quantity", levels.fixedQuantity(), "units"));
                rule = raw > 0 ? "(s,Q): the position is at or below s, order whole multiples of Q"
                        : "(s,Q): the position is above s, no order";
            }
            default -> {
                boolean minMax = levels.kind() == PolicyKind.MIN_MAX;
                formula = minMax ? "IP ≤ min ? max − IP : 0" : "IP ≤ s ? S − IP : 0";
                inputs = List.of(StepInput.of(minMax ? "min" : "s", minMax ? "minimum" : "reorder point",
                                levels.reorderPoint(), "units"),
                        StepInput.of(minMax ? "max" : "S", minMax ? "maximum" : "order-up-to level",
                                levels.orderUpTo(), "units"),
                        StepInput.of("IP", "inventory position", ip, "units"));
                String name = minMax ? "min/max" : "(s,S)";
                rule = raw > 0 ? name + ": the position is at or below " + (minMax ? "min" : "s") + ", order up to "
                        + (minMax ? "max" : "S") : name + ": the position is above " + (minMax ? "min" : "s") + ", no order";
            }
        }
        return new ExplanationStep("need.raw", "Raw need", formula, inputs, raw, "units", rule);
    }

}
