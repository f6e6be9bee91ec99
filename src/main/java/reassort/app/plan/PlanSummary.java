package reassort.app.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one plan run did.
 *
 * @param forecastRan whether the run forecast first (asked, or no forecast was stored)
 * @param items SKU × locations planned (each has a stored proposal with its explanation)
 * @param skipped SKU × locations with a forecast that could not be planned, with the reason of the first few
 * @param bySupplier order lines, units and value per source (supplier or supplying location), largest value first
 * @param flags how many proposals carry each warning, most frequent first
 * @param methods how many proposals use each safety-stock method
 */
public record PlanSummary(
        long planRunId,
        long forecastRunId,
        boolean forecastRan,
        LocalDate asOf,
        long items,
        long orderLines,
        double totalUnits,
        double totalValue,
        long skipped,
        List<String> skipReasons,
        Map<String, SourceTotal> bySupplier,
        Map<String, Long> flags,
        Map<String, Long> methods,
        long elapsedMillis) {
    public PlanSummary {
        skipReasons = List.copyOf(skipReasons);
    }

    /** Order lines (quantity above zero), units and value for one source. */
    public record SourceTotal(long lines, double units, double value) {
        SourceTotal plus(double quantity, double value) {
            return new SourceTotal(lines + 1, units + quantity, this.value + value);
        }
    }
}
