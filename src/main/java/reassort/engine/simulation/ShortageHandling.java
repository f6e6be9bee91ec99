package reassort.engine.simulation;

/** What happens to demand that finds no stock. */
public enum ShortageHandling {
    /** It waits and is served first when stock arrives (the policy formulas assume this). */
    BACKORDER,
    /** It is lost. */
    LOST_SALES
}
