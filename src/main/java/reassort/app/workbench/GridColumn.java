package reassort.app.workbench;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import reassort.store.ProposalRow;

/**
 * The columns of the proposals grid, each with what it shows and sorts on: text, a number or a date. The grid's
 * sort works on primitive keys built from these, so it stays fast over 100,000 rows.
 */
public enum GridColumn {
    SKU(Kind.TEXT, ProposalRow::sku, null, null),
    LABEL(Kind.TEXT, ProposalRow::label, null, null),
    LOCATION(Kind.TEXT, ProposalRow::location, null, null),
    SOURCE(Kind.TEXT, ProposalRow::sourceCode, null, null),
    CLASS(Kind.TEXT, ProposalRow::classification, null, null),
    ON_HAND(Kind.NUMBER, null, ProposalRow::onHand, null),
    IN_TRANSIT(Kind.NUMBER, null, ProposalRow::inTransit, null),
    ON_ORDER(Kind.NUMBER, null, ProposalRow::onOrder, null),
    RESERVED(Kind.NUMBER, null, ProposalRow::reserved, null),
    BACKORDERS(Kind.NUMBER, null, ProposalRow::backorders, null),
    POSITION(Kind.NUMBER, null, ProposalRow::inventoryPosition, null),
    FORECAST(Kind.NUMBER, null, ProposalRow::forecastOverInterval, null),
    SAFETY_STOCK(Kind.NUMBER, null, ProposalRow::safetyStock, null),
    REORDER_POINT(Kind.NUMBER, null, ProposalRow::reorderPoint, null),
    ORDER_UP_TO(Kind.NUMBER, null, ProposalRow::orderUpTo, null),
    PROPOSED(Kind.NUMBER, null, ProposalRow::quantity, null),
    EDITED(Kind.NUMBER, null, ProposalRow::editedQuantity, null),
    EFFECTIVE(Kind.NUMBER, null, ProposalRow::effectiveQuantity, null),
    ORDER_DATE(Kind.DATE, null, null, ProposalRow::effectiveOrderDate),
    RECEIPT_DATE(Kind.DATE, null, null, ProposalRow::receiptDate),
    STATUS(Kind.TEXT, r -> r.status().name(), null, null),
    FLAGS(Kind.NUMBER, null, r -> r.flags().size(), null),
    REASON(Kind.TEXT, r -> r.editReason() == null ? "" : r.editReason(), null, null);

    public enum Kind { TEXT, NUMBER, DATE }

    private final Kind kind;
    private final Function<ProposalRow, String> text;
    private final ToDoubleFunction<ProposalRow> number;
    private final Function<ProposalRow, LocalDate> date;

    GridColumn(Kind kind, Function<ProposalRow, String> text, ToDoubleFunction<ProposalRow> number,
            Function<ProposalRow, LocalDate> date) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.date = date;
    }

    public Kind kind() {
        return kind;
    }

    /** The column's text (TEXT columns only). */
    public String text(ProposalRow row) {
        return text.apply(row);
    }

    /** The column's number, NaN when there is none (NUMBER columns only). */
    public double number(ProposalRow row) {
        return number.applyAsDouble(row);
    }

    /** The column's date (DATE columns only). */
    public LocalDate date(ProposalRow row) {
        return date.apply(row);
    }

    /** The message-key suffix of the column's header, e.g. {@code onHand}. */
    public String key() {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /** One sort criterion of the grid. */
    public record Sort(GridColumn column, boolean ascending) {}
}
