package reassort.app.allocation;

import java.util.Set;
import java.util.function.Predicate;
import reassort.store.ProposalStatus;
import reassort.store.StoredTransfer;

/**
 * Which transfer proposals a planner looks at or changes in bulk; codes compare without regard to case, a null or
 * empty part matches everything.
 *
 * @param statuses only these statuses (null or empty: any)
 * @param location only transfers leaving or reaching this location
 * @param from only transfers leaving this location
 * @param to only transfers reaching this location
 */
public record TransferFilter(Set<ProposalStatus> statuses, String sku, String location, String from, String to)
        implements Predicate<StoredTransfer> {
    public TransferFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sku = AllocationFilter.blankToNull(sku);
        location = AllocationFilter.blankToNull(location);
        from = AllocationFilter.blankToNull(from);
        to = AllocationFilter.blankToNull(to);
    }

    public static TransferFilter all() {
        return new TransferFilter(Set.of(), null, null, null, null);
    }

    /** Whether the filter names no status: a bulk change then leaves alone what is already exported or in its status. */
    public boolean anyStatus() {
        return statuses.isEmpty();
    }

    @Override
    public boolean test(StoredTransfer t) {
        return (statuses.isEmpty() || statuses.contains(t.status()))
                && AllocationFilter.matches(sku, t.sku())
                && (location == null || location.equalsIgnoreCase(t.from()) || location.equalsIgnoreCase(t.to()))
                && AllocationFilter.matches(from, t.from()) && AllocationFilter.matches(to, t.to());
    }
}
