package reassort.engine.allocation;

import java.util.List;
import reassort.domain.Require;

/**
 * One SKU's supply at a source location and the needs competing for it.
 *
 * @param availableNow what the source may give now (its free stock minus its own buffers), whole units
 * @param inbound receipts at the source within the allocation horizon (in transit, confirmed purchase orders)
 * @param needs the locations and channels asking
 */
public record AllocationRequest(String sku, String source, double availableNow, double inbound, List<AllocationNeed> needs) {
    public AllocationRequest {
        sku = Require.code(sku, "SKU");
        source = Require.code(source, "Source location of SKU " + sku);
        Require.nonNegative(availableNow, "Available stock of SKU " + sku + " at " + source);
        Require.nonNegative(inbound, "Inbound receipts of SKU " + sku + " at " + source);
        needs = List.copyOf(needs);
    }

    /** Whole units to allocate: available now plus inbound, rounded down. */
    public double supply() {
        return Math.floor(availableNow + inbound + 1e-9);
    }

    public double totalNeed() {
        double total = 0;
        for (AllocationNeed n : needs) total += n.need();
        return total;
    }
}
