package reassort.io;

import java.nio.file.Path;

/**
 * The importer will not read a file at all (password, damage, a format it does not read, a crafted file, no
 * data). The message names the file, gives the reason and a hint, and is meant to be shown to the planner as is.
 */
public final class SpreadsheetRefusedException extends RuntimeException {
    private final transient Path file;

    public SpreadsheetRefusedException(Path file, String reasonAndHint) {
        this(file, reasonAndHint, null);
    }

    public SpreadsheetRefusedException(Path file, String reasonAndHint, Throwable cause) {
        super(fileName(file) + " " + reasonAndHint, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    static String fileName(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name == null ? String.valueOf(file) : name.toString();
    }
}
