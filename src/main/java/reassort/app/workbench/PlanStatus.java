package reassort.app.workbench;

import reassort.store.ProposalStatus;

/** Where a proposal stands, as the planner's screens see it (the store's {@link ProposalStatus}, one for one). */
public enum PlanStatus {
    PROPOSED, EDITED, APPROVED, REJECTED, EXPORTED;

    private static final PlanStatus[] BY_STORED = new PlanStatus[ProposalStatus.values().length];

    static {
        for (ProposalStatus s : ProposalStatus.values()) BY_STORED[s.ordinal()] = valueOf(s.name());
    }

    static PlanStatus of(ProposalStatus status) {
        return BY_STORED[status.ordinal()];
    }

    ProposalStatus stored() {
        return ProposalStatus.valueOf(name());
    }
}
