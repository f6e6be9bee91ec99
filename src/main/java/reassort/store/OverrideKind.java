package reassort.store;

/** How a planner override changes the forecast: to a number of units per week, or by a percentage. */
public enum OverrideKind {
    UNITS,
    PERCENT
}
