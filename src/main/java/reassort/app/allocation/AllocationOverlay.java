package reassort.app.allocation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import reassort.domain.Require;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.StoredProposal;

/**
 * What a what-if changes over the stored plan before allocating, copy-on-write: the proposals it replaces (a
 * scenario's quantity, order-up-to level and receipt) and factors on some channels' demand of the current week. Every
 * other proposal and forecast is the store's own.
 *
 * @param proposals the replaced proposals, by SKU × location
 * @param demandFactors per SKU × location, the factor on each channel's daily demand (a channel left out keeps its own)
 */
public record AllocationOverlay(Map<ProposalKey, ProposalChange> proposals,
        Map<ProposalKey, Map<String, Double>> demandFactors) {
    /** Nothing changed: the stored plan. */
    public static final AllocationOverlay NONE = new AllocationOverlay(Map.of(), Map.of());

    public AllocationOverlay {
        proposals = Map.copyOf(proposals);
        Map<ProposalKey, Map<String, Double>> factors = new HashMap<>();
        demandFactors.forEach((key, byChannel) -> {
            byChannel.forEach((channel, factor) -> Require.nonNegative(factor, "Demand factor of " + key + " on "
                    + channel));
            factors.put(key, Map.copyOf(byChannel));
        });
        demandFactors = Map.copyOf(factors);
    }

    /**
     * A proposal as the what-if has it. A quantity replaces the stored one whatever its status (promoting a scenario
     * makes it the planner's edit); NaN keeps the stored (planner's) quantity and changes the levels only.
     */
    public record ProposalChange(double quantity, double orderUpTo, LocalDate receiptDate) {
        public ProposalChange {
            if (!Double.isNaN(quantity)) Require.nonNegative(quantity, "Quantity of a what-if proposal");
            Require.present(receiptDate, "Receipt date of a what-if proposal");
        }
    }

    /** What the proposal asks of its source: the change's quantity, else the planner's, nothing when rejected. */
    double quantity(StoredProposal p) {
        ProposalChange change = proposals.get(new ProposalKey(p.sku(), p.location()));
        if (change != null && !Double.isNaN(change.quantity())) return change.quantity();
        return p.status() == ProposalStatus.REJECTED ? 0 : Math.max(0, p.effectiveQuantity());
    }

    double orderUpTo(StoredProposal p) {
        ProposalChange change = proposals.get(new ProposalKey(p.sku(), p.location()));
        return change == null ? p.orderUpTo() : change.orderUpTo();
    }

    LocalDate receiptDate(StoredProposal p) {
        ProposalChange change = proposals.get(new ProposalKey(p.sku(), p.location()));
        return change == null ? p.receiptDate() : change.receiptDate();
    }
}
