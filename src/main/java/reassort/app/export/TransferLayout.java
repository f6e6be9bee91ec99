package reassort.app.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import reassort.io.write.Column;
import reassort.io.write.HeaderField;

/** Transfers between locations: one group per shipping location (or shipping × receiving), lines by receiver, SKU. */
public final class TransferLayout implements ExportLayout<TransferExportLine> {
    static final int QUANTITY = 4;
    static final int PACKS = 6;
    static final int VALUE = 8;

    @Override
    public String filePrefix(ExportLanguage language) {
        return language.pick("transferts", "transfers");
    }

    @Override
    public List<Column> columns(ExportLanguage l) {
        return List.of(
                Column.text(l.pick("Départ", "From")),
                Column.text(l.pick("Destination", "To")),
                Column.text(l.pick("Article", "SKU")),
                Column.text(l.pick("Libellé", "Label")),
                Column.number(l.pick("Quantité (unités)", "Quantity (units)"), 0),
                Column.integer(l.pick("Colisage", "Pack size")),
                Column.number(l.pick("Colis", "Packs"), 2),
                Column.number(l.pick("Prix unitaire", "Unit cost"), 2),
                Column.number(l.pick("Valeur", "Value"), 2),
                Column.date(l.pick("Date d'expédition", "Ship date")),
                Column.date(l.pick("Réception prévue", "Expected receipt")),
                Column.text(l.pick("Statut", "Status")),
                Column.text(l.pick("Motif", "Reason")));
    }

    @Override
    public void cells(TransferExportLine line, Object[] cells) {
        cells[0] = line.from();
        cells[1] = line.to();
        cells[2] = line.sku();
        cells[3] = line.label();
        cells[QUANTITY] = line.quantity();
        cells[5] = line.packSize() > 0 ? line.packSize() : null;
        cells[PACKS] = line.packSize() > 0 ? line.packs() : null;
        cells[7] = line.unitCost();
        cells[VALUE] = line.value();
        cells[9] = line.shipDate();
        cells[10] = line.dueDate();
        cells[11] = line.status();
        cells[12] = line.reason();
    }

    @Override
    public List<HeaderField> headerBlock(ExportGroup<TransferExportLine> group, ExportLanguage l, LocalDate exportDay) {
        TransferExportLine first = group.lines().get(0);
        List<HeaderField> block = new ArrayList<>();
        block.add(new HeaderField(l.pick("Départ", "From"), named(first.from(), first.fromName())));
        long receivers = group.lines().stream().map(TransferExportLine::to).distinct().count();
        block.add(new HeaderField(l.pick("Destination", "To"), receivers == 1 ? named(first.to(), first.toName())
                : l.pick(receivers + " sites", receivers + " locations")));
        block.add(new HeaderField(l.pick("Date d'expédition", "Ship date"), earliest(group, TransferExportLine::shipDate)));
        block.add(new HeaderField(l.pick("Réception prévue", "Expected receipt"), earliest(group, TransferExportLine::dueDate)));
        block.add(new HeaderField(l.pick("Lignes", "Lines"), (long) group.lines().size()));
        block.add(new HeaderField(l.pick("Quantité totale (unités)", "Total quantity (units)"), units(group)));
        block.add(new HeaderField(l.pick("Valeur totale", "Total value"), value(group)));
        block.add(new HeaderField(l.pick("Exporté le", "Exported on"), exportDay));
        return block;
    }

    @Override
    public Object[] totals(ExportGroup<TransferExportLine> group, ExportLanguage l) {
        Object[] totals = new Object[columns(l).size()];
        totals[0] = l.pick("Total", "Total");
        totals[QUANTITY] = units(group);
        totals[PACKS] = group.lines().stream().filter(t -> t.packSize() > 0).mapToDouble(TransferExportLine::packs).sum();
        totals[VALUE] = value(group);
        return totals;
    }

    static String named(String code, String name) {
        return name == null || name.isBlank() || name.equals(code) ? code : code + " — " + name;
    }

    private static LocalDate earliest(ExportGroup<TransferExportLine> group,
            java.util.function.Function<TransferExportLine, LocalDate> date) {
        return group.lines().stream().map(date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static double units(ExportGroup<TransferExportLine> group) {
        return group.lines().stream().mapToDouble(TransferExportLine::quantity).sum();
    }

    private static double value(ExportGroup<TransferExportLine> group) {
        return group.lines().stream().mapToDouble(TransferExportLine::value).sum();
    }
}
