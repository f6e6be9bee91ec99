package reassort.app.workbench;

import java.time.LocalDate;
import java.util.List;
import reassort.store.ProposalEdit;


/**
 * One change applied to a selection of proposals: set the quantity, change it by a percentage (rounded to whole
 * units), round it up to whole packs, or set the order date. {@link #preview} shows each proposal before and after;
 * {@link #edits} turns the preview into the store's edits.
 *
 * @param value the quantity, or the percentage (+10 raises by a tenth, −20 lowers by a fifth); unused for the others
 * @param date the order date of {@link Kind#SET_ORDER_DATE}
 */
public record BulkEdit(Kind kind, double value, LocalDate date, String reason) {
    public enum Kind { SET_QUANTITY, CHANGE_PERCENT, ROUND_TO_PACKS, SET_ORDER_DATE }

    public BulkEdit {
        if (kind == null) throw new IllegalArgumentException("A bulk edit needs a kind. Maybe choose “set quantity”.");
        if (kind == Kind.SET_QUANTITY && !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Quantity (" + value + ") must be zero or more. Maybe use 0 to cancel the orders.");
        }
        if (kind == Kind.CHANGE_PERCENT && !(value >= -100 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Percentage (" + value + ") must be −100 or more. Maybe use −100 to cancel the orders.");
        }
        if (kind == Kind.SET_ORDER_DATE && date == null) {
            throw new IllegalArgumentException("Setting the order date needs a date. Maybe pick one in the calendar.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A bulk edit needs a reason. Maybe say what the planner knows that the forecast does not.");
        }
        reason = reason.strip();
    }

    /** One proposal before and after the edit. */
    public record Preview(GridRow row, double oldQuantity, double newQuantity, LocalDate oldDate, LocalDate newDate) {
        public boolean changes() {
            return Double.compare(oldQuantity, newQuantity) != 0 || !oldDate.equals(newDate);
        }
    }

    public List<Preview> preview(List<GridRow> rows) {
        return rows.stream().map(this::preview).toList();
    }

    private Preview preview(GridRow row) {
        double quantity = row.effectiveQuantity();
        LocalDate orderDate = row.effectiveOrderDate();
        double newQuantity = switch (kind) {
            case SET_QUANTITY -> value;
            case CHANGE_PERCENT -> Math.max(0, Math.round(quantity * (1 + value / 100)));
            case ROUND_TO_PACKS -> Math.max(0, Math.ceil(quantity / row.packSize() - 1e-9) * row.packSize());
            case SET_ORDER_DATE -> quantity;
        };
        return new Preview(row, quantity, newQuantity, orderDate, kind == Kind.SET_ORDER_DATE ? date : orderDate);
    }

    /** The store's edits of the previewed proposals that change; the others are left alone. */
    public List<ProposalEdit> edits(List<Preview> previews) {
        return previews.stream().filter(Preview::changes).map(p -> new ProposalEdit(p.row().key().stored(),
                kind == Kind.SET_ORDER_DATE ? Double.NaN : p.newQuantity(),
                kind == Kind.SET_ORDER_DATE ? p.newDate() : null, reason)).toList();
    }
}
