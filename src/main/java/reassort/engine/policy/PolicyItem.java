package reassort.engine.policy;

import java.util.List;
import reassort.domain.Product;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.Require;
import reassort.domain.StockPosition;

/**
 * One SKU × location to plan.
 *
 * @param channel the channel when the location's stock serves one channel (for channel targets), else null
 * @param stock the stock snapshot; null means no snapshot (taken as zero stock, and flagged)
 * @param openOrders open purchase-order lines of this SKU to this location
 * @param classification precomputed classes, or null to classify within the run
 */
public record PolicyItem(
        Product product,
        String location,
        String channel,
        StockPosition stock,
        List<PurchaseOrderLine> openOrders,
        DemandForecast forecast,
        ItemParameters parameters,
        ItemClass classification) {
    public PolicyItem {
        Require.present(product, "Product");
        location = Require.code(location, "Location of SKU " + product.sku());
        channel = channel == null || channel.isBlank() ? null : channel.strip();
        openOrders = openOrders == null ? List.of() : List.copyOf(openOrders);
        Require.present(forecast, "Forecast of SKU " + product.sku() + " at " + location);
        parameters = parameters == null ? ItemParameters.NONE : parameters;
        if (stock != null && (!stock.sku().equals(product.sku()) || !stock.location().equals(location))) {
            throw new IllegalArgumentException("Stock of SKU " + stock.sku() + " at " + stock.location()
                    + " was given for SKU " + product.sku() + " at " + location + ". Maybe the stock rows are misaligned.");
        }
    }

    public static PolicyItem of(Product product, String location, StockPosition stock, DemandForecast forecast) {
        return new PolicyItem(product, location, null, stock, List.of(), forecast, ItemParameters.NONE, null);
    }

    public PolicyItem withOpenOrders(List<PurchaseOrderLine> lines) {
        return new PolicyItem(product, location, channel, stock, lines, forecast, parameters, classification);
    }

    public PolicyItem withParameters(ItemParameters p) {
        return new PolicyItem(product, location, channel, stock, openOrders, forecast, p, classification);
    }

    public PolicyItem withChannel(String c) {
        return new PolicyItem(product, location, c, stock, openOrders, forecast, parameters, classification);
    }

    public PolicyItem withClassification(ItemClass c) {
        return new PolicyItem(product, location, channel, stock, openOrders, forecast, parameters, c);
    }

    public String sku() {
        return product.sku();
    }
}
