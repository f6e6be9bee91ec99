package reassort.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a file holds, before anything is imported: its real format (told by content), its sheets with their
 * recognised dataset, layout, headers, first rows and proposed mapping, and for CSV the detected dialect
 * (separator, character set, byte-order mark) so the UI can show it. Sheets with no cell at all are left out.
 */
public record FileInspection(Path file, FileFormat format, List<SheetInspection> sheets, CsvDialect csvDialect) {
    public FileInspection {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        sheets = List.copyOf(sheets);
    }

    public FileInspection(Path file, FileFormat format, List<SheetInspection> sheets) {
        this(file, format, sheets, null);
    }
}
