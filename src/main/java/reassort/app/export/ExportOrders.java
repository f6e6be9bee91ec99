package reassort.app.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reassort.app.export.ExportLayout.ExportGroup;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.domain.Supplier;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoredProposal;

/**
 * The use case "send the orders out": the chosen supplier proposals with a quantity, grouped per supplier (or per
 * supplier × destination), written as an XLSX workbook or CSV, then marked EXPORTED with the file's name and the
 * time (audited). Nothing is marked unless every file was written.
 */
public final class ExportOrders {
    static final String SUPPLIER_SOURCE = "SUPPLIER";

    private final Store store;
    private final Clock clock;
    private final PurchaseOrderLayout layout = new PurchaseOrderLayout();

    public ExportOrders(Store store, Clock clock) {
        if (store == null) throw new IllegalArgumentException("Store is missing.");
        if (clock == null) throw new IllegalArgumentException("Clock is missing.");
        this.store = store;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException when no proposal matches (with a hint)
     * @throws java.io.UncheckedIOException when a file cannot be written (nothing is left behind)
     * @throws reassort.domain.CancelledException when the thread is interrupted (nothing is left behind)
     */
    public ExportResult export(ExportRequest request, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long started = System.nanoTime();
        listener.progress(0, -1, "Reading the order proposals");
        List<OrderLine> lines = lines(request);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("No " + (request.selection().isEmpty()
                    ? String.join(" or ", request.statuses().stream().map(Enum::name).sorted().toList())
                    : "selected") + " supplier order proposal with a quantity above zero to export. Maybe approve "
                    + "proposals first, or choose another status (--status PROPOSED,EDITED).");
        }
        List<ExportGroup<OrderLine>> groups = groups(lines, request.perLocation());
        LocalDate today = LocalDate.now(clock);
        List<GroupedExport.WrittenFile<OrderLine>> written = GroupedExport.write(layout, groups, request.format(),
                request.language(), request.target(), today, listener);
        int marked = 0;
        if (request.markExported()) {
            listener.progress(0, -1, "Marking " + lines.size() + " proposals as exported");
            for (GroupedExport.WrittenFile<OrderLine> file : written) {
                List<ProposalKey> keys = file.groups().stream().flatMap(g -> g.lines().stream()).map(OrderLine::key).toList();
                marked += store.markExported(keys, file.path().getFileName().toString());
            }
        }
        return new ExportResult(written.stream().map(GroupedExport.WrittenFile::path).toList(), groups.size(),
                lines.size(), lines.stream().mapToDouble(OrderLine::quantity).sum(),
                lines.stream().mapToDouble(OrderLine::value).sum(), marked,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The order lines a request selects, by supplier, destination and SKU. */
    public List<OrderLine> lines(ExportRequest request) {
        Map<String, Product> products = new HashMap<>();
        for (Product p : store.products()) products.put(p.sku(), p);
        Map<String, String> supplierNames = new HashMap<>();
        for (Supplier s : store.suppliers()) supplierNames.put(s.code(), s.name());
        List<OrderLine> lines = new ArrayList<>();
        store.forEachProposal(p -> {
            if (!SUPPLIER_SOURCE.equals(p.sourceKind()) || !(p.effectiveQuantity() > 0)) return;
            boolean chosen = request.selection().isEmpty()
                    ? request.statuses().contains(p.status())
                    : request.selection().contains(new ProposalKey(p.sku(), p.location()))
                            && p.status() != ProposalStatus.REJECTED;
            if (chosen) lines.add(line(p, products.get(p.sku()), supplierNames));
        });
        lines.sort(Comparator.comparing(OrderLine::supplier).thenComparing(OrderLine::destination)
                .thenComparing(OrderLine::sku));
        return lines;
    }

    static OrderLine line(StoredProposal p, Product product, Map<String, String> supplierNames) {
        LocalDate orderDate = p.effectiveOrderDate();
        LocalDate due = p.receiptDate().plusDays(ChronoUnit.DAYS.between(p.orderDate(), orderDate));
        String label = product == null ? "" : product.label();
        String reference = product == null ? "" : product.supplierReference();
        int packSize = product == null ? 1 : product.packSize();
        return new OrderLine(new ProposalKey(p.sku(), p.location()), p.sourceCode(),
                supplierNames.getOrDefault(p.sourceCode(), p.sourceCode()), p.sku(), label, reference,
                p.effectiveQuantity(), packSize, p.unitCost(), p.location(), orderDate, due);
    }

    static List<ExportGroup<OrderLine>> groups(List<OrderLine> sortedLines, boolean perLocation) {
        Map<String, List<OrderLine>> byGroup = new LinkedHashMap<>();
        for (OrderLine line : sortedLines) {
            String code = perLocation ? line.supplier() + " " + line.destination() : line.supplier();
            byGroup.computeIfAbsent(code, k -> new ArrayList<>()).add(line);
        }
        List<ExportGroup<OrderLine>> groups = new ArrayList<>();
        byGroup.forEach((code, lines) -> groups.add(new ExportGroup<>(code, code, lines)));
        return groups;
    }
}
