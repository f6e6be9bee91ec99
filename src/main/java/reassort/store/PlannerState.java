package reassort.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The planner's part of an order proposal (status and edit), the part a recomputation never touches: what an undo
 * puts back.
 */
public record PlannerState(
        ProposalKey key,
        ProposalStatus status,
        double editedQuantity,
        LocalDate editedOrderDate,
        String editReason,
        Instant editedAt) {
    public PlannerState {
        if (key == null) throw new IllegalArgumentException("A planner state needs the SKU and location it belongs to.");
        status = status == null ? ProposalStatus.PROPOSED : status;
    }

    public static PlannerState of(StoredProposal proposal) {
        return new PlannerState(new ProposalKey(proposal.sku(), proposal.location()), proposal.status(),
                proposal.editedQuantity(), proposal.editedOrderDate(), proposal.editReason(), proposal.editedAt());
    }
}
