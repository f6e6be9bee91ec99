package reassort.engine.policy;

/**
 * What a planner may set on one SKU × location; null or NaN leaves the engine's choice.
 *
 * @param policy the policy to use (null: the settings' default)
 * @param target the service target (null: resolved by {@link ServiceLevelRules})
 * @param method the safety-stock method (null: chosen by {@link MethodRules})
 * @param minimum min of a {@link PolicyKind#MIN_MAX} policy, in units
 * @param maximum max of a {@link PolicyKind#MIN_MAX} policy, in units
 * @param fixedQuantity Q of a {@link PolicyKind#FIXED_QUANTITY} policy (NaN: EOQ)
 * @param maximumStock maximum stock or shelf capacity at the location (NaN: none)
 * @param protectedStock units that must stay at the location beyond its demand — presentation minimum and channel
 *     buffers held back from other channels (0 or NaN: none); added to the computed policy's reorder point and
 *     order-up-to level (not to a planner's min/max)
 */
public record ItemParameters(
        PolicyKind policy,
        ServiceTarget target,
        SafetyStockMethod method,
        double minimum,
        double maximum,
        double fixedQuantity,
        double maximumStock,
        double protectedStock) {
    public static final ItemParameters NONE = new ItemParameters(null, null, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Without protected stock (as before channel buffers existed). */
    public ItemParameters(PolicyKind policy, ServiceTarget target, SafetyStockMethod method, double minimum, double maximum,
            double fixedQuantity, double maximumStock) {
        this(policy, target, method, minimum, maximum, fixedQuantity, maximumStock, 0);
    }

    public ItemParameters {
        protectedStock = Double.isNaN(protectedStock) ? 0 : protectedStock;
        checkOptional(protectedStock, "Protected stock");
        checkOptional(minimum, "Min");
        checkOptional(maximum, "Max");
        checkOptional(maximumStock, "Maximum stock");
        if (!Double.isNaN(fixedQuantity) && !(fixedQuantity > 0 && fixedQuantity < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Fixed order quantity (" + Numbers.fmt(fixedQuantity)
                    + ") must be positive. Maybe leave it empty to use EOQ.");
        }
        if (policy == PolicyKind.MIN_MAX) {
            if (Double.isNaN(minimum) || Double.isNaN(maximum)) {
                throw new IllegalArgumentException("A min/max policy needs both a min and a max (min " + Numbers.fmt(minimum)
                        + ", max " + Numbers.fmt(maximum) + "). Maybe fill both columns or use the computed (s,S) policy.");
            }
            if (maximum < minimum) {
                throw new IllegalArgumentException("Max (" + Numbers.fmt(maximum) + ") is below min (" + Numbers.fmt(minimum)
                        + "). Maybe the two columns are swapped.");
            }
        }
    }

    private static void checkOptional(double value, String what) {
        if (!Double.isNaN(value) && !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(what + " (" + Numbers.fmt(value) + ") must be zero or more. Maybe leave it empty.");
        }
    }

    public static ItemParameters minMax(double min, double max) {
        return new ItemParameters(PolicyKind.MIN_MAX, null, null, min, max, Double.NaN, Double.NaN);
    }

    public ItemParameters withPolicy(PolicyKind kind) {
        return new ItemParameters(kind, target, method, minimum, maximum, fixedQuantity, maximumStock, protectedStock);
    }

    public ItemParameters withTarget(ServiceTarget t) {
        return new ItemParameters(policy, t, method, minimum, maximum, fixedQuantity, maximumStock, protectedStock);
    }

    public ItemParameters withMethod(SafetyStockMethod m) {
        return new ItemParameters(policy, target, m, minimum, maximum, fixedQuantity, maximumStock, protectedStock);
    }

    public ItemParameters withFixedQuantity(double q) {
        return new ItemParameters(policy, target, method, minimum, maximum, q, maximumStock, protectedStock);
    }

    public ItemParameters withMaximumStock(double max) {
        return new ItemParameters(policy, target, method, minimum, maximum, fixedQuantity, max, protectedStock);
    }

    /** Units kept at the location beyond its demand (presentation minimum, channel buffers). */
    public ItemParameters withProtectedStock(double units) {
        return new ItemParameters(policy, target, method, minimum, maximum, fixedQuantity, maximumStock, units);
    }
}
