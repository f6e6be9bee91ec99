package reassort.app.export;

import java.time.Clock;
import java.util.Locale;
import reassort.store.Store;

/** What leaves Reassort in an export: supplier orders, transfers between locations, or allocations of a warehouse. */
public enum ExportKind {
    ORDERS,
    TRANSFERS,
    ALLOCATIONS;

    /** The use case that exports this kind from {@code store}. */
    public ProposalExport useCase(Store store, Clock clock) {
        return switch (this) {
            case ORDERS -> new ExportOrders(store, clock);
            case TRANSFERS -> new ExportTransfers(store, clock);
            case ALLOCATIONS -> new ExportAllocations(store, clock);
        };
    }

    /** {@code orders}, {@code transfers} or {@code allocations}, case-insensitive. */
    public static ExportKind parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "orders", "order" -> ORDERS;
            case "transfers", "transfer" -> TRANSFERS;
            case "allocations", "allocation" -> ALLOCATIONS;
            default -> throw new IllegalArgumentException("Export kind \"" + text
                    + "\" is not known. Maybe use orders, transfers or allocations.");
        };
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
