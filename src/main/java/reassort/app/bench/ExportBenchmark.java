package reassort.app.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import reassort.app.export.ExportFormat;
import reassort.app.export.ExportLanguage;
import reassort.app.export.ExportOrders;
import reassort.app.export.ExportRequest;
import reassort.app.export.ExportTransfers;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.Supplier;
import reassort.store.ImportWriter;
import reassort.store.PlanRunWriter;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoreBenchmark;
import reassort.store.StoreBenchmark.Timing;
import reassort.store.StoredProposal;
import reassort.store.StoredTransfer;

/**
 * The export benchmark of issue 7: a store holding N supplier order proposals (synthetic products, 25 suppliers,
 * 4 destinations), exported again and again to XLSX (one sheet per supplier) and CSV; reports the median time and
 * the peak heap, then the time of one export that also marks the N proposals EXPORTED (audited), and the same for N
 * transfers.
 */
public final class ExportBenchmark {
    public static final int SUPPLIERS = 25;
    public static final int LOCATIONS = 4;

    public record Result(String what, Timing median, long maxPeakHeapBytes) {}

    private ExportBenchmark() {}

    /** Fills {@code store} with master data and one plan run of {@code lines} PROPOSED supplier proposals. */
    public static void fill(Store store, int lines, LocalDate day, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int skus = Math.max(1, (lines + LOCATIONS - 1) / LOCATIONS);
        try (ImportWriter writer = store.beginImport("bench-export")) {
            for (int s = 0; s < SUPPLIERS; s++) {
                writer.add(new Supplier(supplier(s), "Fournisseur " + s, 7, 1, Set.of(DayOfWeek.MONDAY), 0));
            }
            for (int l = 0; l < LOCATIONS; l++) {
                writer.add(new Location(location(l), "Magasin " + l, LocationType.STORE, "", null, false, false));
            }
            for (int k = 0; k < skus; k++) {
                writer.add(new Product(sku(k), "Article n°" + k + " — poêle inox " + (20 + k % 12) + " cm", "Cuisine",
                        2 + random.nextInt(5000) / 100.0, 40, supplier(k % SUPPLIERS), "REF-" + k, 1 + random.nextInt(12),
                        0));
            }
            writer.commit(List.of());
        }
        try (PlanRunWriter plan = store.beginPlanRun(1, day)) {
            for (int i = 0; i < lines; i++) {
                int k = i / LOCATIONS;
                double quantity = 1 + random.nextInt(200);
                plan.add(new StoredProposal(0, sku(k), location(i % LOCATIONS), "SUPPLIER", supplier(k % SUPPLIERS), "AX",
                        "cycle service 95.0 %", "PERIODIC_REVIEW", "NORMAL", 40, 12, Double.NaN, 60, 10, 0, 0, 0, 0,
                        quantity, quantity, 2 + k % 50, day, day.plusDays(7), List.of(), "", null, Double.NaN, null,
                        null, null));
            }
            plan.commit(0);
        }
    }

    /**
     * Adds an allocation run of {@code lines} PROPOSED transfers between the {@link #LOCATIONS} stores of
     * {@link #fill} (each SKU from every store to the next one).
     */
    public static void fillTransfers(Store store, int lines, LocalDate day, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<StoredTransfer> transfers = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            int k = i / LOCATIONS;
            transfers.add(new StoredTransfer(0, sku(k), location(i % LOCATIONS), location((i + 1) % LOCATIONS),
                    1 + random.nextInt(20), 40, 18, "1. Overstock", null, Double.NaN, null, null));
        }
        store.allocations().saveRun(day, 1, List.of(), transfers, 0, 0);
    }

    private static String sku(int k) {
        return String.format("%07d", 1_000_000 + k);
    }

    private static String supplier(int s) {
        return String.format("SUP-%02d", s);
    }

    private static String location(int l) {
        return "MAG-" + (l + 1);
    }

    /** Median over {@code runs} exports of the PROPOSED lines to {@code target} (not marked). */
    public static Result time(Store store, Clock clock, ExportFormat format, Path target, int runs) {
        ExportOrders exports = new ExportOrders(store, clock);
        ExportRequest request = new ExportRequest(Set.of(ProposalStatus.PROPOSED), Set.of(), false, format,
                ExportLanguage.FRENCH, target, false);
        List<Timing> timings = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            timings.add(StoreBenchmark.timed(() -> exports.export(request, ProgressListener.NONE).lines()));
        }
        return new Result("export to " + format.cliName(), StoreBenchmark.median(timings),
                timings.stream().mapToLong(Timing::peakHeapBytes).max().orElse(0));
    }

    /** One export of the PROPOSED transfers to XLSX that also marks them EXPORTED: the planner's full cost. */
    public static Result timeTransfersWithMarking(Store store, Clock clock, Path target) {
        ExportTransfers exports = new ExportTransfers(store, clock);
        ExportRequest request = new ExportRequest(Set.of(ProposalStatus.PROPOSED), Set.of(), false, ExportFormat.XLSX,
                ExportLanguage.FRENCH, target, true);
        Timing timing = StoreBenchmark.timed(() -> exports.export(request, ProgressListener.NONE).marked());
        return new Result("transfers to xlsx and mark EXPORTED (audited)", timing, timing.peakHeapBytes());
    }

    /** One export of the PROPOSED lines that also marks them EXPORTED: the planner's full cost. */
    public static Result timeWithMarking(Store store, Clock clock, Path target) {
        ExportOrders exports = new ExportOrders(store, clock);
        ExportRequest request = new ExportRequest(Set.of(ProposalStatus.PROPOSED), Set.of(), false, ExportFormat.XLSX,
                ExportLanguage.FRENCH, target, true);
        Timing timing = StoreBenchmark.timed(() -> exports.export(request, ProgressListener.NONE).marked());
        return new Result("export to xlsx and mark EXPORTED (audited)", timing, timing.peakHeapBytes());
    }
}
