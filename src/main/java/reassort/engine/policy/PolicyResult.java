package reassort.engine.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The proposals of a run, in the order of the input items, and the supplier orders they make up. */
public record PolicyResult(List<Proposal> proposals, List<SupplierOrder> supplierOrders) {
    public PolicyResult {
        proposals = List.copyOf(proposals);
        supplierOrders = List.copyOf(supplierOrders);
    }

    public Map<SafetyStockMethod, Long> countByMethod() {
        Map<SafetyStockMethod, Long> m = new EnumMap<>(SafetyStockMethod.class);
        for (Proposal p : proposals) m.merge(p.method(), 1L, Long::sum);
        return m;
    }

    public long orderLines() {
        return proposals.stream().filter(Proposal::ordersSomething).count();
    }
}
