package reassort.app.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import reassort.io.write.Column;
import reassort.io.write.HeaderField;

/** Purchase orders to suppliers: one group per supplier (or supplier × destination), lines by destination, SKU. */
public final class PurchaseOrderLayout implements ExportLayout<OrderLine> {
    static final int QUANTITY = 4;
    static final int PACKS = 6;
    static final int VALUE = 8;

    @Override
    public String filePrefix(ExportLanguage language) {
        return language.pick("commandes", "orders");
    }

    @Override
    public List<Column> columns(ExportLanguage l) {
        return List.of(
                Column.text(l.pick("Fournisseur", "Supplier")),
                Column.text(l.pick("Article", "SKU")),
                Column.text(l.pick("Libellé", "Label")),
                Column.text(l.pick("Réf. fournisseur", "Supplier reference")),
                Column.number(l.pick("Quantité (unités)", "Quantity (units)"), 0),
                Column.integer(l.pick("Colisage", "Pack size")),
                Column.number(l.pick("Colis", "Packs"), 2),
                Column.number(l.pick("Prix unitaire", "Unit cost"), 2),
                Column.number(l.pick("Montant", "Line value"), 2),
                Column.text(l.pick("Destination", "Destination")),
                Column.date(l.pick("Date de commande", "Order date")),
                Column.date(l.pick("Livraison prévue", "Due date")));
    }

    @Override
    public void cells(OrderLine line, Object[] cells) {
        cells[0] = line.supplier();
        cells[1] = line.sku();
        cells[2] = line.label();
        cells[3] = line.supplierReference();
        cells[QUANTITY] = line.quantity();
        cells[5] = line.packSize();
        cells[PACKS] = line.packs();
        cells[7] = line.unitCost();
        cells[VALUE] = line.value();
        cells[9] = line.destination();
        cells[10] = line.orderDate();
        cells[11] = line.dueDate();
    }

    @Override
    public List<HeaderField> headerBlock(ExportGroup<OrderLine> group, ExportLanguage l, LocalDate exportDay) {
        OrderLine first = group.lines().get(0);
        LocalDate orderDate = group.lines().stream().map(OrderLine::orderDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate delivery = group.lines().stream().map(OrderLine::dueDate).min(Comparator.naturalOrder()).orElseThrow();
        List<HeaderField> block = new ArrayList<>();
        block.add(new HeaderField(l.pick("Fournisseur", "Supplier"), first.supplier()
                + (first.supplierName().equals(first.supplier()) ? "" : " — " + first.supplierName())));
        long destinations = group.lines().stream().map(OrderLine::destination).distinct().count();
        block.add(new HeaderField(l.pick("Destination", "Destination"),
                destinations == 1 ? first.destination() : l.pick(destinations + " sites", destinations + " locations")));
        block.add(new HeaderField(l.pick("Date de commande", "Order date"), orderDate));
        block.add(new HeaderField(l.pick("Livraison prévue", "Expected delivery"), delivery));
        block.add(new HeaderField(l.pick("Lignes", "Lines"), (long) group.lines().size()));
        block.add(new HeaderField(l.pick("Quantité totale (unités)", "Total quantity (units)"), units(group)));
        block.add(new HeaderField(l.pick("Montant total", "Total value"), value(group)));
        block.add(new HeaderField(l.pick("Exporté le", "Exported on"), exportDay));
        return block;
    }

    @Override
    public Object[] totals(ExportGroup<OrderLine> group, ExportLanguage l) {
        Object[] totals = new Object[columns(l).size()];
        totals[0] = l.pick("Total", "Total");
        totals[QUANTITY] = units(group);
        totals[PACKS] = group.lines().stream().mapToDouble(OrderLine::packs).sum();
        totals[VALUE] = value(group);
        return totals;
    }

    private static double units(ExportGroup<OrderLine> group) {
        return group.lines().stream().mapToDouble(OrderLine::quantity).sum();
    }

    private static double value(ExportGroup<OrderLine> group) {
        return group.lines().stream().mapToDouble(OrderLine::value).sum();
    }
}
