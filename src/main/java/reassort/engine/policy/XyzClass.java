package reassort.engine.policy;

/** Class on variability (coefficient of variation): X steady, Y variable, Z erratic or intermittent. */
public enum XyzClass {
    X,
    Y,
    Z
}
