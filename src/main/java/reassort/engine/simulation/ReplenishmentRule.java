package reassort.engine.simulation;

/** Decides an order quantity at each period (0 for none). Implementations decide themselves when they review. */
public interface ReplenishmentRule {
    double order(InventoryState state);

    /** Stock to start a simulation with (the warm-up absorbs a poor choice). */
    default double initialStock() {
        return 0;
    }
}
