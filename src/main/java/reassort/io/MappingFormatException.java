package reassort.io;

/** A mapping text could not be understood; the message names the line, the text found there and what fits. */
public final class MappingFormatException extends IllegalArgumentException {
    private final int line;

    MappingFormatException(int line, String lineText, String reason) {
        super("Mapping line " + line + " ('" + lineText.strip() + "'): " + reason);
        this.line = line;
    }

    MappingFormatException(String reason) {
        super("Mapping: " + reason);
        this.line = 0;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the mapping as a whole. */
    public int line() {
        return line;
    }
}
