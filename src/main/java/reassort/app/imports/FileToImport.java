package reassort.app.imports;

import java.nio.file.Path;
import reassort.io.FileMapping;

/** A file and the mapping to read it with (null: the proposed or remembered one). */
public record FileToImport(Path file, FileMapping mapping) {
    public FileToImport {
        if (file == null) throw new IllegalArgumentException("A file to import is missing.");
    }
}
