package reassort.engine.policy;

/** What to do when a supplier order's value is below the supplier's minimum order value. */
public enum MinimumOrderValueRule {
    /**
     * Add whole packs, one at a time, to the line of that supplier and location whose cover (position after ordering
     * over mean demand per period) is the lowest — the item that will need stock soonest — until the minimum is
     * reached. Lines with no demand are never raised; maximum stock, line maximums and the cover cap of the settings
     * (13 periods by default) are respected. When the minimum cannot be reached within them, the order is flagged.
     */
    RAISE,
    /** Leave the quantities and flag every line of the order. */
    FLAG
}
