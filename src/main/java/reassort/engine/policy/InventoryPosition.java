package reassort.engine.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.StockPosition;

/**
 * Inventory position of one SKU at one location, with its parts: on hand + in transit + on order − reserved −
 * backorders. {@code countedOrders} are the open purchase-order lines in "on order"; {@code laterOrders} are open
 * lines left out because they arrive after the protection interval (only when asked to, see
 * {@link #of(StockPosition, List, LocalDate)}).
 */
public record InventoryPosition(
        double onHand,
        double inTransit,
        double onOrder,
        double reserved,
        double backorders,
        List<PurchaseOrderLine> countedOrders,
        List<PurchaseOrderLine> laterOrders) {
    public InventoryPosition {
        countedOrders = List.copyOf(countedOrders);
        laterOrders = List.copyOf(laterOrders);
    }

    /** A position from bare numbers (simulation, tests). */
    public static InventoryPosition of(double onHand, double inTransit, double onOrder, double reserved, double backorders) {
        return new InventoryPosition(onHand, inTransit, onOrder, reserved, backorders, List.of(), List.of());
    }

    /**
     * The position from a stock snapshot and the open purchase-order lines of the same SKU and location.
     *
     * @param countOrdersUntil when not null, only lines expected on or before this date count as on order (an
     *     order arriving after the protection interval cannot prevent a stockout within it); null counts all lines
     */
    public static InventoryPosition of(StockPosition stock, List<PurchaseOrderLine> openOrders, LocalDate countOrdersUntil) {
        List<PurchaseOrderLine> counted = new ArrayList<>();
        List<PurchaseOrderLine> later = new ArrayList<>();
        double onOrder = 0;
        for (PurchaseOrderLine line : openOrders) {
            if (!line.sku().equals(stock.sku()) || !line.location().equals(stock.location())) {
                throw new IllegalArgumentException("Purchase order " + line.orderId() + " line for SKU " + line.sku()
                        + " at " + line.location() + " was given with the stock of SKU " + stock.sku() + " at "
                        + stock.location() + ". Maybe the order lines were matched to the wrong item.");
            }
            if (countOrdersUntil != null && line.expectedDate().isAfter(countOrdersUntil)) {
                later.add(line);
            } else {
                counted.add(line);
                onOrder += line.quantity();
            }
        }
        return new InventoryPosition(stock.onHand(), stock.inTransit(), onOrder, stock.reserved(), stock.backorders(),
                counted, later);
    }

    /** on hand + in transit + on order − reserved − backorders. */
    public double value() {
        return onHand + inTransit + onOrder - reserved - backorders;
    }

    public double laterOrdersQuantity() {
        double sum = 0;
        for (PurchaseOrderLine line : laterOrders) sum += line.quantity();
        return sum;
    }

    static final StepTemplate STEP = StepTemplate.of("position.inventory", "Inventory position",
            "on hand + in transit + on order − reserved − backorders", "units",
            StepTemplate.in("on hand", "stock on hand", "units"), StepTemplate.in("in transit", "stock in transit", "units"),
            StepTemplate.in("on order", "open purchase orders counted", "units"),
            StepTemplate.in("reserved", "reserved (click & collect, reservations)", "units"),
            StepTemplate.in("backorders", "backorders", "units"));

    void addStep(Explanation.Builder steps, String rule) {
        steps.add(STEP, value(), rule, onHand, inTransit, onOrder, reserved, backorders);
    }
}
