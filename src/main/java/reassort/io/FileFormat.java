package reassort.io;

/** What a file really is, told by its content; TSV is CSV with a tab separator. */
public enum FileFormat {
    XLSX,
    XLS,
    CSV
}
