package reassort.app.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import reassort.app.allocation.RunAllocation;
import reassort.app.export.ExportLayout.ExportGroup;
import reassort.domain.Location;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.store.AllocationRun;
import reassort.store.PendingMarks;
import reassort.store.Store;
import reassort.store.StoredTransfer;
import reassort.store.TransferKey;

/**
 * The use case "send the transfers out": the chosen transfer proposals with a quantity, one sheet per shipping
 * location (or per shipping × receiving location), written as XLSX or CSV, then marked EXPORTED with the file's name
 * and the time (audited, all or nothing).
 */
public final class ExportTransfers implements ProposalExport, ExportJob<TransferExportLine> {
    private final Store store;
    private final Clock clock;
    private final TransferLayout layout = new TransferLayout();

    public ExportTransfers(Store store, Clock clock) {
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
    public ExportLayout<TransferExportLine> layout() {
        return layout;
    }

    /** The transfer lines a request selects, by shipping location, receiving location and SKU. */
    @Override
    public List<TransferExportLine> lines(ExportRequest request) {
        requireNoSelection(request, "transfers");
        Map<String, Product> products = products(store);
        Map<String, String> names = locationNames(store);
        LocalDate shipDate = store.allocations().latestRun().map(AllocationRun::asOf).orElse(null);
        List<TransferExportLine> lines = new ArrayList<>();
        for (StoredTransfer t : store.allocations().transfers()) {
            if (!request.statuses().contains(t.status()) || !(t.effectiveQuantity() > 0)) continue;
            Product product = products.get(t.sku());
            lines.add(new TransferExportLine(TransferKey.of(t), names.get(t.from()), names.get(t.to()),
                    product == null ? "" : product.label(), t.effectiveQuantity(),
                    product == null ? 0 : product.packSize(), product == null ? 0 : product.unitCost(), shipDate,
                    shipDate == null ? null : shipDate.plusDays(RunAllocation.IN_TRANSIT_DAYS), t.status().name(),
                    t.isEdited() && t.editReason() != null ? t.editReason() : computedReason(t, request.format().languageOr(request.language()))));
        }
        lines.sort(Comparator.comparing(TransferExportLine::from).thenComparing(TransferExportLine::to)
                .thenComparing(TransferExportLine::sku));
        return lines;
    }

    /** Why the run proposed the transfer, in the export's language (the explanation's steps, in short). */
    static String computedReason(StoredTransfer t, ExportLanguage language) {
        String benefit = money(t.benefit(), language);
        String cost = money(t.cost(), language);
        return language.pick("Surstock à " + t.from() + ", risque de rupture à " + t.to() + " : bénéfice " + benefit
                + " > coût " + cost, "Overstock at " + t.from() + ", stockout risk at " + t.to() + "; benefit "
                + benefit + " > cost " + cost);
    }

    private static String money(double amount, ExportLanguage language) {
        String text = String.format(java.util.Locale.ROOT, "%.2f", amount);
        return language == ExportLanguage.FRENCH ? text.replace('.', ',') : text;
    }

    @Override
    public String nothingToExport(ExportRequest request) {
        return "No " + ExportOrders.statusNames(request) + " transfer proposal with a quantity above zero to export. "
                + "Maybe run the allocation and approve transfers first, or choose another status (--status PROPOSED,EDITED).";
    }

    @Override
    public List<ExportGroup<TransferExportLine>> groups(List<TransferExportLine> sortedLines, boolean perReceiver) {
        return GroupedExport.groupBy(sortedLines, perReceiver ? line -> line.from() + " " + line.to()
                : TransferExportLine::from);
    }

    @Override
    public double units(TransferExportLine line) {
        return line.quantity();
    }

    @Override
    public double value(TransferExportLine line) {
        return line.value();
    }

    @Override
    public PendingMarks prepareMarks(List<GroupedExport.WrittenFile<TransferExportLine>> files, BooleanSupplier stopped) {
        return store.allocations().prepareMarkTransfersExported(GroupedExport.keysByFile(files, TransferExportLine::key), stopped);
    }

    static void requireNoSelection(ExportRequest request, String what) {
        if (!request.selection().isEmpty()) {
            throw new IllegalArgumentException("A selection of order proposals cannot choose " + what
                    + ". Maybe export the " + what + " by status.");
        }
    }

    static Map<String, Product> products(Store store) {
        Map<String, Product> products = new HashMap<>();
        for (Product p : store.products()) products.put(p.sku(), p);
        return products;
    }

    static Map<String, String> locationNames(Store store) {
        Map<String, String> names = new HashMap<>();
        for (Location l : store.locations()) names.put(l.code(), l.name());
        return names;
    }
}
