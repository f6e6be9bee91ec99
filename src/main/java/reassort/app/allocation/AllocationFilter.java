package reassort.app.allocation;

import java.util.Set;
import java.util.function.Predicate;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;

/**
 * Which allocation proposals a planner looks at or changes in bulk; codes compare without regard to case, a null or
 * empty part matches everything.
 *
 * @param statuses only these statuses (null or empty: any)
 * @param source only allocations from this warehouse or hub
 * @param scarceOnly only SKUs whose source cannot cover every need
 * @param shortOnly only allocations below their need (a rejected one ships nothing): the location is left short, at
 *     risk of a stockout
 */
public record AllocationFilter(Set<ProposalStatus> statuses, String sku, String location, String channel, String source,
        boolean scarceOnly, boolean shortOnly) implements Predicate<StoredAllocation> {
    private static final double EPSILON = 1e-9;

    public AllocationFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sku = blankToNull(sku);
        location = blankToNull(location);
        channel = blankToNull(channel);
        source = blankToNull(source);
    }

    public static AllocationFilter all() {
        return new AllocationFilter(Set.of(), null, null, null, null, false, false);
    }

    /** Whether the filter names no status: a bulk change then leaves alone what is already exported or in its status. */
    public boolean anyStatus() {
        return statuses.isEmpty();
    }

    @Override
    public boolean test(StoredAllocation a) {
        return (statuses.isEmpty() || statuses.contains(a.status()))
                && matches(sku, a.sku()) && matches(location, a.location()) && matches(channel, a.channel())
                && matches(source, a.source())
                && (!scarceOnly || a.scarce())
                && (!shortOnly || isShort(a));
    }

    /** Whether the location gets less than it needs: a rejected allocation ships nothing. */
    static boolean isShort(StoredAllocation a) {
        return (a.status() == ProposalStatus.REJECTED ? 0 : a.effectiveQuantity()) < a.need() - EPSILON;
    }

    static boolean matches(String wanted, String code) {
        return wanted == null || wanted.equalsIgnoreCase(code);
    }

    static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }
}
