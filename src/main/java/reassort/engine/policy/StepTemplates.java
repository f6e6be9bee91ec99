package reassort.engine.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every explanation step template of the policy engine under a fixed code, so that a stored explanation holds a
 * code instead of the template's texts ({@link ExplanationSteps}). Codes are stored: never reorder or remove an
 * entry, only append (a retired template stays listed so that old explanations still read). A step whose template
 * is not listed is stored with its texts.
 */
final class StepTemplates {
    private StepTemplates() {}

    /** Code i + 1 is the template at index i; code 0 means "texts inline". */
    private static final List<StepTemplate> BY_CODE = List.of(
            PolicyEngine.CLASSIFICATION, PolicyEngine.TARGET, PolicyEngine.EOQ, PolicyEngine.LEVELS_PERIODIC,
            PolicyEngine.LEVELS_REORDER, PolicyEngine.LEVELS_FIXED, PolicyEngine.LEVELS_MIN_MAX, PolicyEngine.PROTECTED,
            PolicyEngine.FINAL, ProtectionInterval.STEP, SafetyStock.OVER_INTERVAL, SafetyStock.VARIABILITY,
            SafetyStock.NO_DEMAND, SafetyStock.METHOD, SafetyStock.NORMAL_CYCLE, SafetyStock.DISTRIBUTION_CYCLE,
            SafetyStock.NORMAL_FILL, SafetyStock.DISTRIBUTION_FILL, InventoryPosition.STEP, OrderSizing.PERIODIC,
            OrderSizing.FIXED, OrderSizing.REORDER, OrderSizing.MIN_MAX, OrderSizing.PACK, OrderSizing.MOQ,
            OrderSizing.MAXIMUM, MinimumOrderValueStep.STEP);
    private static final Map<StepTemplate, Integer> CODES = codes();

    /** The template's code, 0 when it is not listed. */
    static int code(StepTemplate template) {
        Integer code = CODES.get(template);
        return code == null ? 0 : code;
    }

    /** The template of a code, null when the code is unknown (written by a newer version). */
    static StepTemplate template(int code) {
        return code >= 1 && code <= BY_CODE.size() ? BY_CODE.get(code - 1) : null;
    }

    static List<StepTemplate> all() {
        return BY_CODE;
    }

    private static Map<StepTemplate, Integer> codes() {
        Map<StepTemplate, Integer> codes = new HashMap<>();
        for (int i = 0; i < BY_CODE.size(); i++) codes.putIfAbsent(BY_CODE.get(i), i + 1);
        return Map.copyOf(codes);
    }
}
