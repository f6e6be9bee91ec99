package reassort.engine.allocation;

import java.util.List;
import reassort.domain.Require;

/** One SKU's locations for the transfer planner, with the margin a saved sale brings (unit price − unit cost). */
public record TransferRequest(String sku, double unitMargin, List<TransferSite> sites) {
    public TransferRequest {
        sku = Require.code(sku, "SKU");
        Require.finite(unitMargin, "Unit margin of SKU " + sku);
        sites = List.copyOf(sites);
    }
}
