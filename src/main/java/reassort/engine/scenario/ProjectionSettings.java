package reassort.engine.scenario;

/**
 * How far and how often the Monte Carlo projection runs.
 *
 * @param minimumWeeks weeks projected at least; the projection also runs until the dip after the last promotion is
 *     over (and no further than the forecast horizon)
 * @param replications Monte Carlo replications per item
 */
public record ProjectionSettings(int minimumWeeks, int replications, long seed) {
    public ProjectionSettings {
        if (minimumWeeks < 1) throw new IllegalArgumentException("Projection weeks (" + minimumWeeks + ") must be at least 1.");
        if (replications < 2) {
            throw new IllegalArgumentException("Replications (" + replications + ") must be at least 2 for an interval.");
        }
    }

    /** 13 weeks at least, 100 replications, seed 1. */
    public static ProjectionSettings defaults() {
        return new ProjectionSettings(13, 100, 1);
    }
}
