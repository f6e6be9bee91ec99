package reassort.engine.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The order-level rule: lines of one supplier for one location on one order date make one order, whose value is
 * compared with the supplier's minimum order value. See {@link MinimumOrderValueRule} for what happens below it.
 */
final class MinimumOrderValueStep {
    private static final int MAX_ADDITIONS = 1_000_000;

    private MinimumOrderValueStep() {}

    static List<SupplierOrder> apply(List<LineDraft> lines, MinimumOrderValueRule rule, double coverCap) {
        Map<String, List<LineDraft>> groups = new LinkedHashMap<>();
        for (LineDraft line : lines) {
            Proposal p = line.proposal;
            if (p.sourceKind() != SourceKind.SUPPLIER) continue;
            groups.computeIfAbsent(p.sourceCode() + "\u0000" + p.location() + "\u0000" + p.orderDate(), k -> new ArrayList<>())
                    .add(line);
        }
        List<SupplierOrder> orders = new ArrayList<>();
        for (List<LineDraft> group : groups.values()) {
            double before = value(group);
            int ordered = (int) group.stream().filter(l -> l.quantity > 0).count();
            if (ordered == 0) continue;
            LineDraft first = group.get(0);
            double minimum = first.minimumOrderValue;
            boolean met = before >= minimum - 1e-9;
            if (!met && minimum > 0) {
                met = rule == MinimumOrderValueRule.RAISE ? raise(group, before, minimum, coverCap) : flag(group, before, minimum);
            }
            orders.add(new SupplierOrder(first.proposal.sourceCode(), first.proposal.location(), first.proposal.orderDate(),
                    (int) group.stream().filter(l -> l.quantity > 0).count(), before, value(group), minimum, rule, met));
        }
        return orders;
    }

    private static double value(List<LineDraft> group) {
        double v = 0;
        for (LineDraft l : group) v += l.quantity * l.unitCost();
        return v;
    }

    private static boolean flag(List<LineDraft> group, double value, double minimum) {
        for (LineDraft l : group) {
            if (l.quantity <= 0) continue;
            step(l, l.quantity, l.quantity, value, minimum, 0,
                    "order value below the supplier minimum: left as is and flagged (rule FLAG)");
            l.flags.add(belowMinimum(l, value, minimum));
        }
        return false;
    }

    private static boolean raise(List<LineDraft> group, double value, double minimum, double coverCap) {
        PriorityQueue<LineDraft> queue = new PriorityQueue<>(Comparator.comparingDouble(LineDraft::cover));
        for (LineDraft l : group) {
            if (l.meanPerPeriod > 0 && l.unitCost() > 0) queue.add(l);
        }
        Map<LineDraft, Double> startQuantity = new LinkedHashMap<>();
        for (LineDraft l : group) startQuantity.put(l, l.quantity);
        double total = value;
        int additions = 0;
        while (total < minimum - 1e-9 && !queue.isEmpty() && additions < MAX_ADDITIONS) {
            LineDraft l = queue.poll();
            double add = l.nextAddition();
            if (!l.canTake(add, coverCap)) continue; // full: leave it out of the queue
            l.quantity += add;
            total += add * l.unitCost();
            additions++;
            queue.add(l);
        }
        boolean met = total >= minimum - 1e-9;
        for (LineDraft l : group) {
            double start = startQuantity.get(l);
            if (l.quantity > start) {
                step(l, start, l.quantity, value, minimum, l.quantity - start,
                        "order value below the supplier minimum: packs added to the lines with the lowest cover (rule RAISE)"
                                + (met ? "" : "; the minimum could not be reached within the maximums and the cover cap"));
            } else if (start > 0) {
                step(l, start, start, value, minimum, 0, met
                        ? "order value below the supplier minimum: other lines with lower cover were raised (rule RAISE)"
                        : "order value below the supplier minimum, which could not be reached within the maximums and the cover cap");
            }
            if (!met && l.quantity > 0) l.flags.add(belowMinimum(l, total, minimum));
        }
        return met;
    }

    static final StepTemplate STEP = StepTemplate.of("order.minimumOrderValue", "Supplier minimum order value",
            "Σ value of the supplier's lines ≥ minimum order value", "units",
            StepTemplate.in("q", "quantity so far", "units"), StepTemplate.in("value", "order value before the rule", "money"),
            StepTemplate.in("minimum", "supplier minimum order value", "money"),
            StepTemplate.in("added", "units added to this line", "units"));

    private static void step(LineDraft line, double before, double after, double value, double minimum, double added, String rule) {
        line.steps.add(STEP, after, rule, before, value, minimum, added);
    }

    private static Flag belowMinimum(LineDraft l, double value, double minimum) {
        return new Flag("flag.belowMinimumOrderValue", "The order to " + l.proposal.sourceCode() + " for "
                + l.proposal.location() + " is worth " + Numbers.fmt2(value) + ", below the supplier minimum of "
                + Numbers.fmt2(minimum) + ". Maybe add items or wait for the next order day.");
    }
}
