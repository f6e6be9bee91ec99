package reassort.store;

/** ERROR: the row was left out. WARNING: the row was kept, but something in it deserves a look. */
public enum IssueSeverity {
    ERROR,
    WARNING
}
