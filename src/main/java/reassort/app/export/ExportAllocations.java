package reassort.app.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import reassort.app.export.ExportLayout.ExportGroup;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.store.AllocationKey;
import reassort.store.AllocationRun;
import reassort.store.PendingMarks;
import reassort.store.Store;
import reassort.store.StoredAllocation;

/**
 * The use case "send the allocations out": the chosen allocation proposals with a quantity, one sheet per source
 * warehouse or hub (or per source × destination), lines per destination × channel, written as XLSX or CSV, then
 * marked EXPORTED with the file's name and the time (audited, all or nothing).
 */
public final class ExportAllocations implements ProposalExport, ExportJob<AllocationExportLine> {
    private final Store store;
    private final Clock clock;
    private final AllocationLayout layout = new AllocationLayout();

    public ExportAllocations(Store store, Clock clock) {
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
    public ExportLayout<AllocationExportLine> layout() {
        return layout;
    }

    /** The allocation lines a request selects, by source, destination, channel and SKU. */
    @Override
    public List<AllocationExportLine> lines(ExportRequest request) {
        ExportTransfers.requireNoSelection(request, "allocations");
        Map<String, Product> products = ExportTransfers.products(store);
        Map<String, String> names = ExportTransfers.locationNames(store);
        LocalDate day = store.allocations().latestRun().map(AllocationRun::asOf).orElse(null);
        List<AllocationExportLine> lines = new ArrayList<>();
        for (StoredAllocation a : store.allocations().allocations()) {
            if (!request.statuses().contains(a.status()) || !(a.effectiveQuantity() > 0)) continue;
            Product product = products.get(a.sku());
            lines.add(new AllocationExportLine(AllocationKey.of(a), a.source(), names.get(a.source()),
                    product == null ? "" : product.label(), a.priority(), a.need(), a.effectiveQuantity(),
                    product == null ? 0 : product.packSize(), product == null ? 0 : product.unitCost(), a.scarce(),
                    a.status().name(), a.isEdited() && a.editReason() != null ? a.editReason() : "", day));
        }
        lines.sort(Comparator.comparing(AllocationExportLine::source).thenComparing(AllocationExportLine::destination)
                .thenComparing(AllocationExportLine::channel).thenComparing(AllocationExportLine::sku));
        return lines;
    }

    @Override
    public String nothingToExport(ExportRequest request) {
        return "No " + ExportOrders.statusNames(request) + " allocation with a quantity above zero to export. Maybe "
                + "run the allocation and approve allocations first, or choose another status (--status PROPOSED,EDITED).";
    }

    @Override
    public List<ExportGroup<AllocationExportLine>> groups(List<AllocationExportLine> sortedLines, boolean perDestination) {
        return GroupedExport.groupBy(sortedLines, perDestination ? line -> line.source() + " " + line.destination()
                : AllocationExportLine::source);
    }

    @Override
    public double units(AllocationExportLine line) {
        return line.quantity();
    }

    @Override
    public double value(AllocationExportLine line) {
        return line.value();
    }

    @Override
    public PendingMarks prepareMarks(List<GroupedExport.WrittenFile<AllocationExportLine>> files, BooleanSupplier stopped) {
        return store.allocations().prepareMarkAllocationsExported(GroupedExport.keysByFile(files, AllocationExportLine::key), stopped);
    }
}
