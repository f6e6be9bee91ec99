package reassort.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A promotion in the calendar. Its scope is a SKU or a whole category (one of them set), the channels it runs
 * on (empty: all) and a location or region (null: everywhere).
 */
public record Promotion(
        String code,
        String name,
        String sku,
        String category,
        Set<String> channels,
        String locationOrRegion,
        LocalDate start,
        LocalDate end,
        double discountPercent,
        PromotionMechanic mechanic) {
    public Promotion {
        code = Require.code(code, "Promotion code");
        name = name == null || name.isBlank() ? code : name.strip();
        sku = sku == null || sku.isBlank() ? null : sku.strip();
        category = category == null || category.isBlank() ? null : category.strip();
        if (sku == null && category == null) {
            throw new IllegalArgumentException(
                    "Promotion " + code + " names neither a SKU nor a category. Maybe fill the scope column.");
        }
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        locationOrRegion = locationOrRegion == null || locationOrRegion.isBlank() ? null : locationOrRegion.strip();
        Require.present(start, "Start date of promotion " + code);
        Require.present(end, "End date of promotion " + code);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "Promotion " + code + " ends (" + end + ") before it starts (" + start + "). Maybe the dates are swapped.");
        }
        if (!(discountPercent >= 0 && discountPercent < 100)) {
            throw new IllegalArgumentException(
                    "Discount of promotion " + code + " (" + discountPercent + " %) must be from 0 to under 100.");
        }
        Require.present(mechanic, "Mechanic of promotion " + code);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
