package reassort.engine.simulation;

/** What a replenishment rule sees at a period's review: stock after the period's receipts, before its demand. */
public record InventoryState(int period, double onHand, double backorders, double onOrder) {
    /** on hand + on order − backorders. */
    public double inventoryPosition() {
        return onHand + onOrder - backorders;
    }
}
