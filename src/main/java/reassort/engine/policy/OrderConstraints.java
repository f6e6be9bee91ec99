package reassort.engine.policy;

import reassort.domain.Require;

/**
 * What bounds an order line: the pack size and its rounding rule, the minimum order quantity (0: none) and the
 * maximum stock or shelf capacity of the location ({@code Double.NaN}: none).
 */
public record OrderConstraints(PackSize pack, PackRounding rounding, double minimumOrderQuantity, double maximumStock) {
    public OrderConstraints {
        Require.present(pack, "Pack size");
        Require.present(rounding, "Rounding rule");
        if (!(minimumOrderQuantity >= 0) || Double.isInfinite(minimumOrderQuantity)) {
            throw new IllegalArgumentException("Minimum order quantity (" + Numbers.fmt(minimumOrderQuantity)
                    + ") must be zero or more. Maybe use 0 when the supplier has none.");
        }
        if (!Double.isNaN(maximumStock) && !(maximumStock >= 0 && maximumStock < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Maximum stock (" + Numbers.fmt(maximumStock)
                    + ") must be zero or more. Maybe leave it empty when the shelf has no limit.");
        }
    }

    public static OrderConstraints none() {
        return new OrderConstraints(PackSize.SINGLE_UNITS, PackRounding.up(), 0, Double.NaN);
    }

    public boolean hasMaximumStock() {
        return !Double.isNaN(maximumStock);
    }
}
