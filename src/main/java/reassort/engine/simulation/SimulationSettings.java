package reassort.engine.simulation;

/**
 * How long to simulate and under which rules.
 *
 * @param periods periods simulated in all, warm-up included
 * @param warmUpPeriods first periods left out of every figure (the start state is arbitrary)
 * @param ordersMayCross false: an order never arrives before one placed earlier (it waits for it, as a supplier
 *     shipping in sequence does); true: each order arrives after its own lead time, so a later order can overtake
 * @param initialOnHand stock at period 0; NaN: the rule's {@link ReplenishmentRule#initialStock()}
 */
public record SimulationSettings(int periods, int warmUpPeriods, ShortageHandling shortage, boolean ordersMayCross, double initialOnHand) {
    public SimulationSettings {
        if (periods <= 0 || warmUpPeriods < 0 || warmUpPeriods >= periods) {
            throw new IllegalArgumentException("Simulation of " + periods + " periods with " + warmUpPeriods
                    + " warm-up periods: need more periods than warm-up. Maybe simulate 10,000 periods with 100 of warm-up.");
        }
        if (shortage == null) throw new IllegalArgumentException("Shortage handling is missing.");
        if (!Double.isNaN(initialOnHand) && !(initialOnHand >= 0)) {
            throw new IllegalArgumentException("Initial stock (" + initialOnHand + ") must be zero or more.");
        }
    }

    /** Backorders, orders in sequence, start at the rule's level. */
    public static SimulationSettings of(int periods, int warmUpPeriods) {
        return new SimulationSettings(periods, warmUpPeriods, ShortageHandling.BACKORDER, false, Double.NaN);
    }

    public SimulationSettings withShortage(ShortageHandling handling) {
        return new SimulationSettings(periods, warmUpPeriods, handling, ordersMayCross, initialOnHand);
    }

    public SimulationSettings withOrdersMayCross(boolean mayCross) {
        return new SimulationSettings(periods, warmUpPeriods, shortage, mayCross, initialOnHand);
    }
}
