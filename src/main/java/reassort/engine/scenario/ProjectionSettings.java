package reassort.engine.scenario;

/**
 * How far and how often the Monte Carlo projection runs.
 *
 * @param minimumWeeks weeks projected at least; the projection also runs until the dip after the last promotion is
 *     over (and no further than the forecast horizon)
 * @param replications Monte Carlo replications per item
 * @param itemRunBudget most item × replication runs per side; beyond it replications per item shrink (to 30 at least)
 */
public record ProjectionSettings(int minimumWeeks, int replications, long seed, long itemRunBudget) {
    /** Replications per item never fall below this, whatever the budget. */
    public static final int MINIMUM_REPLICATIONS = 30;

    public ProjectionSettings(int minimumWeeks, int replications, long seed) {
        this(minimumWeeks, replications, seed, Long.MAX_VALUE);
    }

    public ProjectionSettings {
        if (minimumWeeks < 1) throw new IllegalArgumentException("Projection weeks (" + minimumWeeks + ") must be at least 1.");
        if (replications < 2) {
            throw new IllegalArgumentException("Replications (" + replications + ") must be at least 2 for an interval.");
        }
    }

    /**
     * 13 weeks at least, 100 replications per item, seed 1; at most 300,000 item runs per side, so a scenario over
     * thousands of items runs fewer replications per item (its totals, summed over many items, need fewer).
     */
    public static ProjectionSettings defaults() {
        return new ProjectionSettings(13, 100, 1, 300_000);
    }

    /** Replications per item for {@code items} affected items: {@link #replications}, cut to fit the budget. */
    public int replicationsFor(int items) {
        if (items <= 0) return replications;
        long fitting = itemRunBudget / items;
        return (int) Math.max(Math.min(replications, MINIMUM_REPLICATIONS), Math.min(replications, fitting));
    }
}
