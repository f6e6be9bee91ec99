package reassort.engine.kpi;

/** How urgently an exception needs a planner, most urgent first. */
public enum ExceptionSeverity {
    HIGH,
    MEDIUM,
    LOW
}
