package reassort.engine.kpi;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One problem for a planner to look at, naming the item it is about. What the figures mean depends on the type:
 * <ul>
 *   <li>STOCKOUT_RISK: {@code measure} days the available stock lasts, {@code threshold} days until the next
 *       receipt (on {@code date}), {@code units} units short at that receipt, {@code value} their value at cost;
 *   <li>OVERSTOCK: {@code measure} weeks of cover (infinite without demand), {@code threshold} the cover allowed,
 *       {@code units} units beyond it, {@code value} their value at cost;
 *   <li>FORECAST_VS_SALES (with a channel): {@code measure} forecast ÷ recent sales, {@code threshold} the ratio
 *       allowed, {@code units} forecast units a week, {@code value} recent sales a week;
 *   <li>SUPPLIER_DRIFT (with a supplier): {@code measure} days past the expected date ({@code date}),
 *       {@code threshold} days allowed, {@code units} units on the line, {@code value} their value at cost;
 *   <li>DATA_PROBLEM: negative stock ({@code units} the on-hand figure) or an import issue ({@code detail}).
 * </ul>
 *
 * @param sku null for an import issue not tied to an item
 * @param location null likewise
 * @param channel the channel for FORECAST_VS_SALES, else null
 * @param supplier the supplier for SUPPLIER_DRIFT and STOCKOUT_RISK when known, else null
 * @param detail the order number, or the import issue's place and reason; empty otherwise
 */
public record ExceptionItem(
        ExceptionType type,
        ExceptionSeverity severity,
        String sku,
        String location,
        String channel,
        String supplier,
        LocalDate date,
        double measure,
        double threshold,
        double units,
        double value,
        String detail) {
    public ExceptionItem {
        if (type == null) throw new IllegalArgumentException("Exception type is missing.");
        if (severity == null) throw new IllegalArgumentException("Severity of a " + type + " exception is missing.");
        detail = detail == null ? "" : detail;
    }

    /** The item as a planner names it: SKU × location [× channel], or the import issue's place. */
    public String item() {
        if (sku == null) return detail;
        return sku + " × " + location + (channel == null ? "" : " × " + channel);
    }

    /** A one-line explanation in English (the workbench words it in the planner's language). */
    public String explanation() {
        return switch (type) {
            case STOCKOUT_RISK -> String.format(Locale.ROOT, "Stock lasts %.1f days; next receipt %s in %s, "
                    + "%.0f units short.", measure, date, days(threshold), units);
            case OVERSTOCK -> Double.isInfinite(measure)
                    ? String.format(Locale.ROOT, "%.0f units in stock and no demand forecast.", units)
                    : String.format(Locale.ROOT, "%.1f weeks of cover, over %.0f: %.0f units too many.", measure,
                            threshold, units);
            case FORECAST_VS_SALES -> String.format(Locale.ROOT, "Forecast %.1f a week is %s× the recent sales of "
                    + "%.1f a week (allowed %.1f×).", units, Double.isInfinite(measure) ? "∞"
                    : String.format(Locale.ROOT, "%.2f", measure), value, threshold);
            case SUPPLIER_DRIFT -> String.format(Locale.ROOT, "Order %s of %s: %.0f units expected %s, %s late.",
                    detail, supplier, units, date, days(measure));
            case DATA_PROBLEM -> sku == null ? detail
                    : String.format(Locale.ROOT, "Negative stock on hand (%.0f).", units);
        };
    }

    private static String days(double count) {
        long rounded = Math.round(count);
        return rounded == 1 ? "1 day" : rounded + " days";
    }
}
