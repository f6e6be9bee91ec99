package reassort.engine.forecast;

/** How a forecast treated seasonality. */
public enum SeasonalAdjustment {
    /** Not seasonal (or not enough history to tell, and no profile supplied). */
    NONE,
    /** Seasonal indices estimated from the series itself (three seasons or more, significant autocorrelation). */
    OWN_INDICES,
    /** The seasonal profile supplied with the history (e.g. pooled over the category). */
    SUPPLIED_PROFILE
}
