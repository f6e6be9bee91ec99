package reassort.engine.simulation;

/**
 * Sees each period of a simulation once its demand is served, for projections that need more than the report's
 * totals (the stock at a given period, orders per week).
 */
@FunctionalInterface
public interface PeriodObserver {
    PeriodObserver NONE = (period, ordered, demand, shortUnits, onHand, backorders) -> { };

    /**
     * @param ordered units ordered at this period's review (0 for none)
     * @param shortUnits demand of this period not served from stock at once
     * @param onHand stock on hand at the end of the period
     * @param backorders backorders waiting at the end of the period (0 under lost sales)
     */
    void period(int period, double ordered, double demand, double shortUnits, double onHand, double backorders);
}
