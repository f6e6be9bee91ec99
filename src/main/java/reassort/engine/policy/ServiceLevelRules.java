package reassort.engine.policy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Service-level targets and how one is picked for an item. Resolution order, most specific first (the first
 * that applies wins, and the proposal says which one did):
 * <ol>
 *   <li>a target the planner set for the item;</li>
 *   <li>the product category's target (a commercial decision about the product: "key-value items 99 %");</li>
 *   <li>the channel's target (a blanket rule for where it sells: "marketplace 92 %");</li>
 *   <li>the ABC class default (A 98 %, B 95 %, C 90 %, cycle service unless {@code defaultMeasure} says fill
 *       rate), moved by the XYZ adjustment in points when one is set (e.g. Z −3 points: erratic items are the dearest
 *       to protect), kept within 50–99.9 %.</li>
 * </ol>
 * Category comes before channel because a category target is about the product itself, while a channel target is a
 * default for everything sold there; an item that is both gets its category's.
 */
public record ServiceLevelRules(
        Map<AbcClass, ServiceLevel> byAbc,
        Map<XyzClass, Double> xyzAdjustmentPoints,
        Map<String, ServiceTarget> byCategory,
        Map<String, ServiceTarget> byChannel,
        ServiceMeasure defaultMeasure) {
    public ServiceLevelRules {
        Map<AbcClass, ServiceLevel> abc = new EnumMap<>(AbcClass.class);
        abc.putAll(byAbcDefaultsMap());
        if (byAbc != null) abc.putAll(byAbc);
        byAbc = Map.copyOf(abc);
        xyzAdjustmentPoints = xyzAdjustmentPoints == null ? Map.of() : Map.copyOf(xyzAdjustmentPoints);
        byCategory = byCategory == null ? Map.of() : Map.copyOf(byCategory);
        byChannel = byChannel == null ? Map.of() : Map.copyOf(byChannel);
        defaultMeasure = Objects.requireNonNullElse(defaultMeasure, ServiceMeasure.CYCLE_SERVICE);
    }

    private static Map<AbcClass, ServiceLevel> byAbcDefaultsMap() {
        Map<AbcClass, ServiceLevel> m = new EnumMap<>(AbcClass.class);
        m.put(AbcClass.A, ServiceLevel.of(0.98));
        m.put(AbcClass.B, ServiceLevel.of(0.95));
        m.put(AbcClass.C, ServiceLevel.of(0.90));
        return m;
    }

    /** A 98 %, B 95 %, C 90 % cycle service; no XYZ adjustment, no overrides. */
    public static ServiceLevelRules defaults() {
        return new ServiceLevelRules(byAbcDefaultsMap(), Map.of(), Map.of(), Map.of(), ServiceMeasure.CYCLE_SERVICE);
    }

    public ServiceLevelRules withCategory(String category, ServiceTarget target) {
        Map<String, ServiceTarget> m = new HashMap<>(byCategory);
        m.put(category, target);
        return new ServiceLevelRules(byAbc, xyzAdjustmentPoints, m, byChannel, defaultMeasure);
    }

    public ServiceLevelRules withChannel(String channel, ServiceTarget target) {
        Map<String, ServiceTarget> m = new HashMap<>(byChannel);
        m.put(channel, target);
        return new ServiceLevelRules(byAbc, xyzAdjustmentPoints, byCategory, m, defaultMeasure);
    }

    public ServiceLevelRules withXyzAdjustment(XyzClass xyz, double points) {
        Map<XyzClass, Double> m = new EnumMap<>(XyzClass.class);
        m.putAll(xyzAdjustmentPoints);
        m.put(xyz, points);
        return new ServiceLevelRules(byAbc, m, byCategory, byChannel, defaultMeasure);
    }

    public ServiceLevelRules withDefaultMeasure(ServiceMeasure measure) {
        return new ServiceLevelRules(byAbc, xyzAdjustmentPoints, byCategory, byChannel, measure);
    }

    /** The target with the rule that gave it. */
    public record Resolved(ServiceTarget target, String ruleKey, String rule) {}

    public Resolved resolve(ServiceTarget itemTarget, String category, String channel, ItemClass itemClass) {
        if (itemTarget != null) {
            return new Resolved(itemTarget, "target.item", "set for this item by the planner");
        }
        if (category != null && byCategory.containsKey(category)) {
            return new Resolved(byCategory.get(category), "target.category", ("target of category " + category).intern());
        }
        if (channel != null && byChannel.containsKey(channel)) {
            return new Resolved(byChannel.get(channel), "target.channel", ("target of channel " + channel).intern());
        }
        ServiceLevel base = byAbc.get(itemClass.abc());
        double points = xyzAdjustmentPoints.getOrDefault(itemClass.xyz(), 0.0);
        if (points == 0) {
            return new Resolved(new ServiceTarget(defaultMeasure, base), "target.abc",
                    ("class " + itemClass.abc() + " default (" + base + ")").intern());
        }
        ServiceLevel adjusted = base.adjustedBy(points);
        return new Resolved(new ServiceTarget(defaultMeasure, adjusted), "target.abcXyz",
                ("class " + itemClass.abc() + " default (" + base + ") " + (points > 0 ? "+" : "−")
                        + Numbers.fmt(Math.abs(points)) + " points for class " + itemClass.xyz()).intern());
    }
}
