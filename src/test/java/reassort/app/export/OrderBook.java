package reassort.app.export;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.Supplier;
import reassort.store.ImportWriter;
import reassort.store.PlanRunWriter;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoredProposal;

/**
 * Test fixture: a store with two suppliers, two stores and products whose labels include what a spreadsheet would
 * evaluate; a plan run with one proposal per SKU × store and a transfer, the supplier ones approved.
 */
public final class OrderBook {
    static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final List<String> HOSTILE_LABELS = List.of("=HYPERLINK(\"http://evil.example\",\"Cliquez\")", "+1", "-1",
            "@SUM(A1:A9)", "\tTabulé", "\rRetour");

    private OrderBook() {}

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** SUP-A supplies P1 (6 per pack, 2.50) and the hostile P2…P7; SUP-B supplies Q1 (4 per pack, 10.00). */
    static Store store() {
        return fill(Store.inMemory(clock()));
    }

    /** Fills an empty store with the order book and returns it. */
    public static Store fill(Store store) {
        try (ImportWriter writer = store.beginImport("fixture")) {
            writer.add(new Supplier("SUP-A", "Cuisine & Cie", 7, 1, Set.of(DayOfWeek.MONDAY), 0));
            writer.add(new Supplier("SUP-B", "Brico Pro", 10, 2, Set.of(), 0));
            writer.add(new Location("MAG-PARIS", "Paris", LocationType.STORE, "", null, false, false));
            writer.add(new Location("MAG-LYON", "Lyon", LocationType.STORE, "", null, false, false));
            writer.add(new Location("ENTREPOT", "Entrepôt", LocationType.WAREHOUSE, "", null, false, false));
            writer.add(new Product("P1", "Poêle inox 28 cm", "Cuisine", 2.5, 9.9, "SUP-A", "REF-P1", 6, 0));
            for (int i = 0; i < HOSTILE_LABELS.size(); i++) {
                writer.add(new Product("P" + (i + 2), HOSTILE_LABELS.get(i), "Cuisine", 1, 2, "SUP-A", "-REF" + i, 1, 0));
            }
            writer.add(new Product("Q1", "Perceuse", "Brico", 10, 30, "SUP-B", "=REF-Q1", 4, 0));
            writer.commit(List.of());
        }
        try (PlanRunWriter plan = store.beginPlanRun(1, DAY)) {
            plan.add(proposal("P1", "MAG-PARIS", "SUPPLIER", "SUP-A", 24, 2.5));
            plan.add(proposal("P1", "MAG-LYON", "SUPPLIER", "SUP-A", 12, 2.5));
            for (int i = 0; i < HOSTILE_LABELS.size(); i++) {
                plan.add(proposal("P" + (i + 2), "MAG-PARIS", "SUPPLIER", "SUP-A", 1 + i, 1));
            }
            plan.add(proposal("Q1", "MAG-PARIS", "SUPPLIER", "SUP-B", 8, 10));
            plan.add(proposal("Q1", "MAG-LYON", "TRANSFER", "ENTREPOT", 4, 10));
            plan.commit(1);
        }
        List<ProposalKey> supplierOnes = store.proposals().stream().filter(p -> p.sourceKind().equals("SUPPLIER"))
                .map(p -> new ProposalKey(p.sku(), p.location())).toList();
        store.setProposalStatuses(supplierOnes, ProposalStatus.APPROVED, "fixture");
        return store;
    }

    static StoredProposal proposal(String sku, String location, String kind, String source, double quantity,
            double unitCost) {
        return new StoredProposal(0, sku, location, kind, source, "AX", "cycle service 95.0 %", "PERIODIC_REVIEW",
                "NORMAL", 40, 12, Double.NaN, 60, 10, 2, 0, 0, 0, quantity, quantity, unitCost, DAY, DAY.plusDays(7),
                List.of("Below MOQ"), "1. Forecast", null, Double.NaN, null, null, null);
    }
}
