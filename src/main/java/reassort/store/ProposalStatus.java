package reassort.store;

/** Where a proposal stands: computed, changed by a planner, approved for ordering, or sent out. */
public enum ProposalStatus {
    PROPOSED,
    EDITED,
    APPROVED,
    EXPORTED;

    /** Whether a recomputation must keep the planner's edit of a proposal in this status. */
    public boolean keepsPlannerEdit() {
        return this == EDITED || this == APPROVED;
    }
}
