package reassort.engine.simulation;

import java.util.Locale;

/**
 * What a simulation measured, over the periods after the warm-up.
 *
 * <p>Definitions. Each period: receipts arrive first (and serve waiting backorders), then the rule reviews, then
 * demand is served from stock on hand. A <b>stockout period</b> is one in which some demand was not served from
 * stock on hand, or backorders are still waiting at its end. A <b>replenishment cycle</b> runs from one receipt
 * (inclusive) to the next (exclusive); it is counted when it starts after the warm-up and ends before the horizon.
 * The <b>cycle service level</b> is the share of cycles with no stockout period. The <b>fill rate</b> is the share
 * of demand served from stock on hand at once. <b>Average on hand</b> is the mean end-of-period stock on hand.
 *
 * @param averageBackorders mean end-of-period backorders (0 under lost sales)
 * @param shortUnits demand not served at once (backordered or lost)
 */
public record SimulationReport(
        int periods,
        int cycles,
        int cyclesWithStockout,
        int stockoutPeriods,
        double demand,
        double shortUnits,
        double averageOnHand,
        double averageBackorders,
        int orders,
        double orderedUnits) {

    public double cycleServiceLevel() {
        return cycles == 0 ? Double.NaN : 1 - (double) cyclesWithStockout / cycles;
    }

    public double fillRate() {
        return demand <= 0 ? Double.NaN : 1 - shortUnits / demand;
    }

    public double stockoutPeriodShare() {
        return (double) stockoutPeriods / periods;
    }

    public double averageOrderQuantity() {
        return orders == 0 ? 0 : orderedUnits / orders;
    }

    public double averageDemand() {
        return demand / periods;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CSL %.2f %% (%d cycles), fill rate %.2f %%, avg on hand %.2f, stockout periods %d of %d",
                cycleServiceLevel() * 100, cycles, fillRate() * 100, averageOnHand, stockoutPeriods, periods);
    }
}
