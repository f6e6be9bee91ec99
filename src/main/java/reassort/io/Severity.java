package reassort.io;

/** How bad an import issue is. */
public enum Severity {
    /** The row was rejected: nothing from it reached the sink. */
    ERROR,
    /** The row was kept, but a value in it is doubtful and worth a look. */
    WARNING
}
