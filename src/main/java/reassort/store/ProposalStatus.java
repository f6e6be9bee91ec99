package reassort.store;

/**
 * Where a proposal stands: computed, changed by a planner, approved for ordering, turned down by a planner, or sent
 * out.
 */
public enum ProposalStatus {
    PROPOSED,
    EDITED,
    APPROVED,
    REJECTED,
    EXPORTED;

    /** Whether a recomputation must keep the planner's edit (and this status) of a proposal. */
    public boolean keepsPlannerEdit() {
        return this == EDITED || this == APPROVED || this == REJECTED;
    }
}
