package reassort.app.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param files the files put in place
 * @param groups sheets (or CSV groups) written: suppliers, or supplier × destination
 * @param marked proposals whose status became EXPORTED (0 when not asked)
 */
public record ExportResult(List<Path> files, int groups, long lines, double units, double value, int marked,
        long elapsedMillis) {
    public ExportResult {
        files = List.copyOf(files);
    }
}
