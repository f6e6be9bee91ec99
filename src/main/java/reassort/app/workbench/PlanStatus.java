package reassort.app.workbench;

import reassort.store.ProposalStatus;

/** Where a proposal stands, as the planner's screens see it (the store's {@link ProposalStatus}, one for one). */
public enum PlanStatus {
    PROPOSED, EDITED, APPROVED, REJECTED, EXPORTED;

    static PlanStatus of(ProposalStatus status) {
        return valueOf(status.name());
    }

    ProposalStatus stored() {
        return ProposalStatus.valueOf(name());
    }
}
