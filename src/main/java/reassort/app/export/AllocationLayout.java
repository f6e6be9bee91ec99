package reassort.app.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import reassort.io.write.Column;
import reassort.io.write.HeaderField;

/**
 * Allocations of a warehouse's (or hub's) stock: one group per source (or source × destination), lines per
 * destination × channel and SKU, with the need, the priority and whether the SKU was short at the source.
 */
public final class AllocationLayout implements ExportLayout<AllocationExportLine> {
    static final int NEED = 6;
    static final int QUANTITY = 7;
    static final int PACKS = 9;
    static final int VALUE = 10;

    @Override
    public String filePrefix(ExportLanguage language) {
        return language.pick("allocations", "allocations");
    }

    @Override
    public List<Column> columns(ExportLanguage l) {
        return List.of(
                Column.text(l.pick("Origine", "Source")),
                Column.text(l.pick("Destination", "Destination")),
                Column.text(l.pick("Canal", "Channel")),
                Column.text(l.pick("Article", "SKU")),
                Column.text(l.pick("Libellé", "Label")),
                Column.integer(l.pick("Priorité", "Priority")),
                Column.number(l.pick("Besoin (unités)", "Need (units)"), 0),
                Column.number(l.pick("Quantité (unités)", "Quantity (units)"), 0),
                Column.integer(l.pick("Colisage", "Pack size")),
                Column.number(l.pick("Colis", "Packs"), 2),
                Column.number(l.pick("Valeur", "Value"), 2),
                Column.bool(l.pick("Pénurie", "Scarce")),
                Column.text(l.pick("Statut", "Status")),
                Column.text(l.pick("Motif", "Reason")));
    }

    @Override
    public void cells(AllocationExportLine line, Object[] cells) {
        cells[0] = line.source();
        cells[1] = line.destination();
        cells[2] = line.channel();
        cells[3] = line.sku();
        cells[4] = line.label();
        cells[5] = line.priority();
        cells[NEED] = line.need();
        cells[QUANTITY] = line.quantity();
        cells[8] = line.packSize() > 0 ? line.packSize() : null;
        cells[PACKS] = line.packSize() > 0 ? line.packs() : null;
        cells[VALUE] = line.value();
        cells[11] = line.scarce();
        cells[12] = line.status();
        cells[13] = line.reason().isEmpty() ? null : line.reason();
    }

    @Override
    public List<HeaderField> headerBlock(ExportGroup<AllocationExportLine> group, ExportLanguage l, LocalDate exportDay) {
        AllocationExportLine first = group.lines().get(0);
        List<HeaderField> block = new ArrayList<>();
        block.add(new HeaderField(l.pick("Origine", "Source"), TransferLayout.named(first.source(), first.sourceName())));
        long destinations = group.lines().stream().map(AllocationExportLine::destination).distinct().count();
        block.add(new HeaderField(l.pick("Destination", "Destination"), destinations == 1 ? first.destination()
                : l.pick(destinations + " sites", destinations + " locations")));
        block.add(new HeaderField(l.pick("Date d'allocation", "Allocation date"), first.allocationDay()));
        block.add(new HeaderField(l.pick("Lignes", "Lines"), (long) group.lines().size()));
        block.add(new HeaderField(l.pick("Lignes en pénurie", "Scarce lines"),
                group.lines().stream().filter(AllocationExportLine::scarce).count()));
        block.add(new HeaderField(l.pick("Besoin total (unités)", "Total need (units)"), need(group)));
        block.add(new HeaderField(l.pick("Quantité totale (unités)", "Total quantity (units)"), units(group)));
        block.add(new HeaderField(l.pick("Valeur totale", "Total value"), value(group)));
        block.add(new HeaderField(l.pick("Exporté le", "Exported on"), exportDay));
        return block;
    }

    @Override
    public Object[] totals(ExportGroup<AllocationExportLine> group, ExportLanguage l) {
        Object[] totals = new Object[columns(l).size()];
        totals[0] = l.pick("Total", "Total");
        totals[NEED] = need(group);
        totals[QUANTITY] = units(group);
        totals[PACKS] = group.lines().stream().filter(a -> a.packSize() > 0).mapToDouble(AllocationExportLine::packs).sum();
        totals[VALUE] = value(group);
        return totals;
    }

    private static double need(ExportGroup<AllocationExportLine> group) {
        return group.lines().stream().mapToDouble(AllocationExportLine::need).sum();
    }

    private static double units(ExportGroup<AllocationExportLine> group) {
        return group.lines().stream().mapToDouble(AllocationExportLine::quantity).sum();
    }

    private static double value(ExportGroup<AllocationExportLine> group) {
        return group.lines().stream().mapToDouble(AllocationExportLine::value).sum();
    }
}
