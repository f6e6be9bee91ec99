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

    /** The result of sizing one line: the quantity, the raw need it came from, flags raised and (when asked) the steps. */
    public record SizedLine(double rawNeed, double quantity, List<Flag> flags, List<ExplanationStep> steps) {}

    private static final String UNITS = "units";
    static final StepTemplate PERIODIC = StepTemplate.of("need.raw", "Raw need", "max(0, S − IP)", UNITS,
            StepTemplate.in("S", "order-up-to level", UNITS), StepTemplate.in("IP", "inventory position", UNITS));
    static final StepTemplate FIXED = StepTemplate.of("need.raw", "Raw need",
            "IP ≤ s ? n × Q, n = ⌊(s − IP) / Q⌋ + 1 : 0", UNITS, StepTemplate.in("s", "reorder point", UNITS),
            StepTemplate.in("IP", "inventory position", UNITS), StepTemplate.in("Q", "fixed order quantity", UNITS));
    static final StepTemplate REORDER = StepTemplate.of("need.raw", "Raw need", "IP ≤ s ? S − IP : 0", UNITS,
            StepTemplate.in("s", "reorder point", UNITS), StepTemplate.in("S", "order-up-to level", UNITS),
            StepTemplate.in("IP", "inventory position", UNITS));
    static final StepTemplate MIN_MAX = StepTemplate.of("need.raw", "Raw need", "IP ≤ min ? max − IP : 0", UNITS,
            StepTemplate.in("min", "minimum", UNITS), StepTemplate.in("max", "maximum", UNITS),
            StepTemplate.in("IP", "inventory position", UNITS));
    static final StepTemplate PACK = StepTemplate.of("order.packRounding", "Pack rounding", "", UNITS,
            StepTemplate.in("need", "raw need", UNITS), StepTemplate.in("pack", "pack size", UNITS));
    static final StepTemplate MOQ = StepTemplate.of("order.minimumOrderQuantity", "Minimum order quantity",
            "q < MOQ ? ⌈MOQ / pack⌉ × pack : q", UNITS, StepTemplate.in("q", "quantity so far", UNITS),
            StepTemplate.in("MOQ", "minimum order quantity", UNITS));
    static final StepTemplate MAXIMUM = StepTemplate.of("order.maximumStock", "Maximum stock",
            "IP + q > max ? ⌊(max − IP) / pack⌋ × pack : q", UNITS, StepTemplate.in("q", "quantity so far", UNITS),
            StepTemplate.in("IP", "inventory position", UNITS), StepTemplate.in("max", "maximum stock", UNITS));

    /**
     * The final line quantity without explanation (the fast path, for simulation: it allocates nothing, where a
     * sized line per call was half of a scenario projection's garbage).
     */
    public static double quantity(PolicyLevels levels, double inventoryPosition, OrderConstraints constraints) {
        return size(levels, inventoryPosition, constraints, null, null);
    }

    /** Sizes the line and returns its explanation steps with it. */
    public static SizedLine explain(PolicyLevels levels, double inventoryPosition, OrderConstraints constraints) {
        Explanation.Builder steps = Explanation.builder();
        SizedLine line = size(levels, inventoryPosition, constraints, steps);
        return new SizedLine(line.rawNeed(), line.quantity(), line.flags(), steps.build());
    }

    /** Sizes the line and, when {@code steps} is not null, appends one explanation step per rule applied. */
    static SizedLine size(
            PolicyLevels levels, double inventoryPosition, OrderConstraints constraints, Explanation.Builder steps) {
        List<Flag> flags = new ArrayList<>(0);
        double q = size(levels, inventoryPosition, constraints, steps, flags);
        return new SizedLine(levels.rawNeed(inventoryPosition), q, List.copyOf(flags), List.of());
    }

    /** The quantity; steps and flags are added to when not null. */
    private static double size(PolicyLevels levels, double inventoryPosition, OrderConstraints constraints,
            Explanation.Builder steps, List<Flag> flags) {
        double raw = levels.rawNeed(inventoryPosition);
        if (steps != null) rawNeedStep(steps, levels, inventoryPosition, raw);

        int pack = constraints.pack().units();
        double q = constraints.rounding().round(raw, pack);
        if (steps != null) {
            steps.add(PACK, constraints.rounding().formula(), q, constraints.rounding().english(), raw, pack);
        }

        double moq = constraints.minimumOrderQuantity();
        double moqInPacks = moq <= 0 ? 0 : PackRounding.up().round(moq, pack);
        if (moq > 0) {
            double before = q;
            if (q > 0 && q < moq - 1e-9) q = moqInPacks;
            if (steps != null) {
                String rule = before == 0 ? "no order, so the MOQ does not apply"
                        : q != before ? "raised to the MOQ, in whole packs" : "already at or above the MOQ";
                steps.add(MOQ, q, rule, before, moq);
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
                    rule = steps == null ? "" : "the maximum leaves room for " + Numbers.fmt(fits)
                            + " units, below the MOQ of " + Numbers.fmt(moq) + ": nothing is ordered";
                    if (flags != null) flags.add(new Flag("flag.moqAboveMaximumStock", "The MOQ (" + Numbers.fmt(moq)
                            + ") does not fit under the maximum stock (" + Numbers.fmt(max) + ", position "
                            + Numbers.fmt(inventoryPosition) + "): no order. Maybe raise the maximum or negotiate the MOQ."));
                } else {
                    q = fits;
                    rule = "cut to the largest whole number of packs that keeps the position at or below the maximum";
                }
            }
            if (steps != null) {
                steps.add(MAXIMUM, q, rule, before, inventoryPosition, max);
            }
        }
        return q;
    }

    private static void rawNeedStep(Explanation.Builder steps, PolicyLevels levels, double ip, double raw) {
        switch (levels.kind()) {
            case PERIODIC_ORDER_UP_TO -> steps.add(PERIODIC, raw, raw > 0 ? "(R,S): order up to S at every review"
                    : "(R,S): the position already reaches S", levels.orderUpTo(), ip);
            case FIXED_QUANTITY -> steps.add(FIXED, raw, raw > 0
                    ? "(s,Q): the position is at or below s, order whole multiples of Q"
                    : "(s,Q): the position is above s, no order", levels.reorderPoint(), ip, levels.fixedQuantity());
            case MIN_MAX -> steps.add(MIN_MAX, raw, raw > 0 ? "min/max: the position is at or below min, order up to max"
                    : "min/max: the position is above min, no order", levels.reorderPoint(), levels.orderUpTo(), ip);
            default -> steps.add(REORDER, raw, raw > 0 ? "(s,S): the position is at or below s, order up to S"
                    : "(s,S): the position is above s, no order", levels.reorderPoint(), levels.orderUpTo(), ip);
        }
    }
}
