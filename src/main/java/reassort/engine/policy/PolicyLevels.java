package reassort.engine.policy;

/**
 * The levels a policy compares the inventory position with. {@code reorderPoint} is s (or min; for (R,S) it is
 * S itself), {@code orderUpTo} is S (or max), {@code fixedQuantity} is Q (NaN unless {@link PolicyKind#FIXED_QUANTITY}).
 */
public record PolicyLevels(PolicyKind kind, double reorderPoint, double orderUpTo, double fixedQuantity) {
    public PolicyLevels {
        if (kind == null) throw new IllegalArgumentException("Policy kind is missing.");
        if (!Double.isFinite(reorderPoint) || !Double.isFinite(orderUpTo)) {
            throw new IllegalArgumentException("Policy levels (s = " + Numbers.fmt(reorderPoint) + ", S = "
                    + Numbers.fmt(orderUpTo) + ") must be numbers. Maybe the forecast is empty.");
        }
        if (kind == PolicyKind.FIXED_QUANTITY) {
            if (!(fixedQuantity > 0) || Double.isInfinite(fixedQuantity)) {
                throw new IllegalArgumentException("Fixed order quantity (" + Numbers.fmt(fixedQuantity)
                        + ") must be positive. Maybe give an ordering cost and a holding rate so that EOQ applies.");
            }
        } else if (orderUpTo < reorderPoint - 1e-9) {
            throw new IllegalArgumentException("Order-up-to level (" + Numbers.fmt(orderUpTo)
                    + ") is below the reorder point (" + Numbers.fmt(reorderPoint) + "). Maybe min and max are swapped.");
        }
    }

    public static PolicyLevels periodic(double orderUpTo) {
        return new PolicyLevels(PolicyKind.PERIODIC_ORDER_UP_TO, orderUpTo, orderUpTo, Double.NaN);
    }

    public static PolicyLevels reorderPoint(double reorderPoint, double orderUpTo) {
        return new PolicyLevels(PolicyKind.REORDER_POINT_ORDER_UP_TO, reorderPoint, orderUpTo, Double.NaN);
    }

    public static PolicyLevels minMax(double min, double max) {
        return new PolicyLevels(PolicyKind.MIN_MAX, min, max, Double.NaN);
    }

    public static PolicyLevels fixedQuantity(double reorderPoint, double quantity) {
        return new PolicyLevels(PolicyKind.FIXED_QUANTITY, reorderPoint, reorderPoint + quantity, quantity);
    }

    /** Whether the position calls for an order at all. (R,S) orders at every review (a zero need orders nothing). */
    public boolean triggers(double inventoryPosition) {
        return kind == PolicyKind.PERIODIC_ORDER_UP_TO || inventoryPosition <= reorderPoint + 1e-9;
    }

    /** The quantity the policy asks for before any pack, MOQ or maximum rule. */
    public double rawNeed(double inventoryPosition) {
        if (!triggers(inventoryPosition)) return 0;
        if (kind == PolicyKind.FIXED_QUANTITY) {
            double multiples = Math.floor((reorderPoint - inventoryPosition) / fixedQuantity + 1e-9) + 1;
            return multiples * fixedQuantity;
        }
        return Math.max(0, orderUpTo - inventoryPosition);
    }
}
