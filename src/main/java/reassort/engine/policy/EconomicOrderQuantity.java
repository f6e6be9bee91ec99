package reassort.engine.policy;

/** EOQ = √(2·D·K / H): the order size that balances ordering cost against holding cost. */
public final class EconomicOrderQuantity {
    private EconomicOrderQuantity() {}

    /**
     * @param annualDemand D, units per year
     * @param orderingCost K, cost per order
     * @param holdingCostPerUnitYear H = h·c, holding rate × unit cost
     */
    public static double of(double annualDemand, double orderingCost, double holdingCostPerUnitYear) {
        if (!(annualDemand >= 0) || Double.isInfinite(annualDemand)) {
            throw new IllegalArgumentException("Annual demand (" + Numbers.fmt(annualDemand) + ") must be zero or more.");
        }
        if (!(orderingCost >= 0) || Double.isInfinite(orderingCost)) {
            throw new IllegalArgumentException("Ordering cost (" + Numbers.fmt(orderingCost) + ") must be zero or more.");
        }
        if (!(holdingCostPerUnitYear > 0) || Double.isInfinite(holdingCostPerUnitYear)) {
            throw new IllegalArgumentException("Holding cost per unit and year (" + Numbers.fmt(holdingCostPerUnitYear)
                    + ") must be positive. Maybe the unit cost is 0 or the holding rate is missing.");
        }
        return Math.sqrt(2 * annualDemand * orderingCost / holdingCostPerUnitYear);
    }
}
