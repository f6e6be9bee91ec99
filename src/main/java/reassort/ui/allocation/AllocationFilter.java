package reassort.ui.allocation;

import java.util.Locale;
import reassort.app.workbench.AllocationRow;
import reassort.app.workbench.PlanStatus;
import reassort.app.workbench.TransferRow;

/**
 * What the allocation screen shows: a search in SKUs and labels, one location (a transfer's origin or destination),
 * one channel, one status (null: all) and only the rows short of supply. Immutable; {@code with…} give changed copies.
 */
public record AllocationFilter(String search, String location, String channel, PlanStatus status, boolean scarceOnly) {
    public static final AllocationFilter ALL = new AllocationFilter("", null, null, null, false);

    public AllocationFilter {
        search = search == null ? "" : search.strip();
    }

    public AllocationFilter withSearch(String text) {
        return new AllocationFilter(text, location, channel, status, scarceOnly);
    }

    public AllocationFilter withLocation(String value) {
        return new AllocationFilter(search, value, channel, status, scarceOnly);
    }

    public AllocationFilter withChannel(String value) {
        return new AllocationFilter(search, location, value, status, scarceOnly);
    }

    public AllocationFilter withStatus(PlanStatus value) {
        return new AllocationFilter(search, location, channel, value, scarceOnly);
    }

    public AllocationFilter withScarceOnly(boolean value) {
        return new AllocationFilter(search, location, channel, status, value);
    }

    public boolean test(AllocationRow row) {
        return matches(row.sku(), row.label()) && (location == null || location.equals(row.location()))
                && (channel == null || channel.equals(row.channel())) && (status == null || status == row.status())
                && (!scarceOnly || row.scarce());
    }

    /** Transfers have no channel (they move a store's stock) and are never short of supply: those filters pass them. */
    public boolean test(TransferRow row) {
        return matches(row.sku(), row.label()) && (location == null || location.equals(row.from())
                || location.equals(row.to())) && (status == null || status == row.status());
    }

    private boolean matches(String sku, String label) {
        if (search.isEmpty()) return true;
        String wanted = search.toLowerCase(Locale.ROOT);
        return sku.toLowerCase(Locale.ROOT).contains(wanted) || label.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
