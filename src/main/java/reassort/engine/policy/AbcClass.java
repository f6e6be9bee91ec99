package reassort.engine.policy;

/** Class on value: A the few items making most of the value, C the long tail. */
public enum AbcClass {
    A,
    B,
    C
}
