package reassort.ui.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import reassort.app.imports.InspectedFile;
import reassort.io.Field;
import reassort.io.SheetInspection;
import reassort.io.SheetMapping;

/** One sheet of one chosen file, with the mapping the planner is editing for it. */
public final class SheetChoice {
    private final InspectedFile file;
    private final SheetInspection inspection;
    private final boolean remembered;
    private final ObjectProperty<SheetMapping> mapping;

    SheetChoice(InspectedFile file, SheetInspection inspection, SheetMapping mapping, boolean remembered) {
        this.file = file;
        this.inspection = inspection;
        this.remembered = remembered;
        this.mapping = new SimpleObjectProperty<>(mapping);
    }

    public InspectedFile file() {
        return file;
    }

    public SheetInspection inspection() {
        return inspection;
    }

    public boolean remembered() {
        return remembered;
    }

    public ObjectProperty<SheetMapping> mappingProperty() {
        return mapping;
    }

    public SheetMapping mapping() {
        return mapping.get();
    }

    /** Required fields with neither a column nor a constant; empty when the sheet can be read (or is skipped). */
    public List<Field> missingFields() {
        SheetMapping current = mapping.get();
        List<Field> missing = new ArrayList<>();
        if (current.skip() || current.dataset() == null) return missing;
        for (Field field : Field.requiredFields(current.dataset(), current.layout())) {
            if (!current.columns().containsKey(field) && !current.constants().containsKey(field)) missing.add(field);
        }
        return missing;
    }

    public String title() {
        String fileName = file.inspection().file().getFileName().toString();
        return inspection.sheet().equals(fileName) || file.inspection().sheets().size() == 1
                ? fileName
                : fileName + " › " + inspection.sheet();
    }

    @Override
    public String toString() {
        return title();
    }
}
