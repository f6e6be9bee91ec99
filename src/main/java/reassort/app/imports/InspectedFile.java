package reassort.app.imports;

import java.util.Set;
import reassort.io.FileInspection;
import reassort.io.FileMapping;

/**
 * A file as the planner reviews it before importing: what the importer saw, the mapping it will use (proposed,
 * or remembered from the last file of the same shape) and which sheets got a remembered mapping.
 */
public record InspectedFile(FileInspection inspection, FileMapping mapping, Set<String> rememberedSheets) {
    public InspectedFile {
        rememberedSheets = Set.copyOf(rememberedSheets);
    }
}
