package reassort.app.workbench;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;


/**
 * The columns of the proposals grid, each with what it shows and sorts on: text, a number or a date. The grid's
 * sort works on primitive keys built from these, so it stays fast over 100,000 rows.
 */
public enum GridColumn {
    SKU(Kind.TEXT, GridRow::sku, null, null),
    LABEL(Kind.TEXT, GridRow::label, null, null),
    LOCATION(Kind.TEXT, GridRow::location, null, null),
    SOURCE(Kind.TEXT, GridRow::sourceCode, null, null),
    CLASS(Kind.TEXT, GridRow::classification, null, null),
    ON_HAND(Kind.NUMBER, null, GridRow::onHand, null),
    IN_TRANSIT(Kind.NUMBER, null, GridRow::inTransit, null),
    ON_ORDER(Kind.NUMBER, null, GridRow::onOrder, null),
    RESERVED(Kind.NUMBER, null, GridRow::reserved, null),
    BACKORDERS(Kind.NUMBER, null, GridRow::backorders, null),
    POSITION(Kind.NUMBER, null, GridRow::inventoryPosition, null),
    FORECAST(Kind.NUMBER, null, GridRow::forecastOverInterval, null),
    SAFETY_STOCK(Kind.NUMBER, null, GridRow::safetyStock, null),
    REORDER_POINT(Kind.NUMBER, null, GridRow::reorderPoint, null),
    ORDER_UP_TO(Kind.NUMBER, null, GridRow::orderUpTo, null),
    PROPOSED(Kind.NUMBER, null, GridRow::quantity, null),
    EDITED(Kind.NUMBER, null, GridRow::editedQuantity, null),
    EFFECTIVE(Kind.NUMBER, null, GridRow::effectiveQuantity, null),
    ORDER_DATE(Kind.DATE, null, null, GridRow::effectiveOrderDate),
    RECEIPT_DATE(Kind.DATE, null, null, GridRow::receiptDate),
    STATUS(Kind.TEXT, r -> r.status().name(), null, null),
    FLAGS(Kind.NUMBER, null, r -> r.flags().size(), null),
    REASON(Kind.TEXT, r -> r.editReason() == null ? "" : r.editReason(), null, null);

    public enum Kind { TEXT, NUMBER, DATE }

    private final Kind kind;
    private final Function<GridRow, String> text;
    private final ToDoubleFunction<GridRow> number;
    private final Function<GridRow, LocalDate> date;

    GridColumn(Kind kind, Function<GridRow, String> text, ToDoubleFunction<GridRow> number,
            Function<GridRow, LocalDate> date) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.date = date;
    }

    public Kind kind() {
        return kind;
    }

    /** The column's text (TEXT columns only). */
    public String text(GridRow row) {
        return text.apply(row);
    }

    /** The column's number, NaN when there is none (NUMBER columns only). */
    public double number(GridRow row) {
        return number.applyAsDouble(row);
    }

    /** The column's date (DATE columns only). */
    public LocalDate date(GridRow row) {
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
