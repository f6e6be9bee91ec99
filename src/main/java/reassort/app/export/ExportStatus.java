package reassort.app.export;

import reassort.store.ProposalStatus;

/** The proposal statuses an order export can select, as the window offers them. */
public enum ExportStatus {
    APPROVED, EDITED, PROPOSED, EXPORTED;

    ProposalStatus toStore() {
        return ProposalStatus.valueOf(name());
    }
}
