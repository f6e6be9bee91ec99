package reassort.engine.allocation;

/** How scarce supply left after priorities and minimums is shared within one priority. */
public enum FairShare {
    /** Raise every location to the same projected days of cover (locations with the least cover first). */
    DAYS_OF_COVER,
    /** Give every location the same share of its need. */
    PROPORTIONAL_TO_NEED
}
