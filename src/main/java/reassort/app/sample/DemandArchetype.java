package reassort.app.sample;

/** The demand shape a sample SKU is generated with; README and tests use it to find telling examples. */
public enum DemandArchetype {
    /** Steady level with day-to-day noise. */
    SMOOTH,
    /** Strong peak from mid-November to Christmas, low the rest of the year. */
    SEASONAL_WINTER,
    /** Garden season: peak from April to July. */
    SEASONAL_SUMMER,
    /** Grows about threefold over three years. */
    TRENDING_UP,
    /** Fades to about a third over three years. */
    TRENDING_DOWN,
    /** Slow and lumpy: most days and many weeks without a sale, occasional multi-unit baskets. */
    INTERMITTENT,
    /** Launched a few months before the last day: short history with a ramp-up. */
    NEW
}
