package reassort.app.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import reassort.app.export.ExportLayout.ExportGroup;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.domain.Supplier;
import reassort.store.PendingMarks;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoredProposal;

/**
 * The use case "send the orders out": the chosen supplier proposals with a quantity, grouped per supplier (or per
 * supplier × destination), written as an XLSX workbook or CSV, then marked EXPORTED with the file's name and the
 * time (audited). Nothing is marked unless every file was written; the marks of all files are one transaction.
 */
public final class ExportOrders implements ProposalExport, ExportJob<OrderLine> {
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

    @Override
    public ExportResult export(ExportRequest request, ProgressListener progress) {
        return GroupedExport.run(this, request, LocalDate.now(clock), progress);
    }

    @Override
    public ExportLayout<OrderLine> layout() {
        return layout;
    }

    @Override
    public String nothingToExport(ExportRequest request) {
        return "No " + (request.selection().isEmpty() ? statusNames(request) : "selected")
                + " supplier order proposal with a quantity above zero to export. Maybe approve proposals first, or "
                + "choose another status (--status PROPOSED,EDITED).";
    }

    static String statusNames(ExportRequest request) {
        return String.join(" or ", request.statuses().stream().map(Enum::name).sorted().toList());
    }

    @Override
    public double units(OrderLine line) {
        return line.quantity();
    }

    @Override
    public double value(OrderLine line) {
        return line.value();
    }

    @Override
    public PendingMarks prepareMarks(List<GroupedExport.WrittenFile<OrderLine>> files, BooleanSupplier stopped) {
        return store.prepareMarkExported(GroupedExport.keysByFile(files, OrderLine::key), stopped);
    }

    /** The order lines a request selects, by supplier, destination and SKU. */
    @Override
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

    @Override
    public List<ExportGroup<OrderLine>> groups(List<OrderLine> sortedLines, boolean perLocation) {
        return GroupedExport.groupBy(sortedLines, perLocation ? line -> line.supplier() + " " + line.destination()
                : OrderLine::supplier);
    }
}
