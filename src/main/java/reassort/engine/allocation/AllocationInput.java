package reassort.engine.allocation;

import java.util.List;

/** One allocation run: the scarce supplies to share, the SKUs to look at for transfers, and the planner's rules. */
public record AllocationInput(List<AllocationRequest> requests, List<TransferRequest> transfers, AllocationRules rules) {
    public AllocationInput {
        requests = requests == null ? List.of() : List.copyOf(requests);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
        rules = rules == null ? AllocationRules.defaults() : rules;
    }
}
