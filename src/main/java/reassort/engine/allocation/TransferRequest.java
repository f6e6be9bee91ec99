package reassort.engine.allocation;

import java.util.List;
import reassort.domain.Require;

/**
 * One SKU's locations for the transfer planner, with the margin a saved sale brings (unit price − unit cost) and the
 * planner's decisions on its transfers (netted by {@link TransferPlanner}).
 */
public record TransferRequest(String sku, double unitMargin, List<TransferSite> sites, List<TransferDecision> decisions) {
    public TransferRequest(String sku, double unitMargin, List<TransferSite> sites) {
        this(sku, unitMargin, sites, List.of());
    }

    public TransferRequest {
        sku = Require.code(sku, "SKU");
        Require.finite(unitMargin, "Unit margin of SKU " + sku);
        sites = List.copyOf(sites);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
