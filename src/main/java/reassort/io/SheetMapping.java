package reassort.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import reassort.domain.Dataset;

/**
 * How to read one sheet: its dataset and layout, the row holding the headers (1-based, as Excel shows it), which
 * header holds each field, constants for fields the sheet lacks, and locale hints for text values.
 *
 * <p>A constant gives every row that value when the field has no column; when the field has a column too, it fills
 * that column's empty cells. {@code decimalSeparator} is the decimal mark of numbers written as text (null: decided
 * from the file). {@code dateOrder} is used for a date column whose values never settle the day/month order (null:
 * day first for a semicolon CSV or French headers, month first otherwise). {@code shapeKey} names the sheet shape
 * the mapping was made for (may be null). A skipped sheet needs no dataset.
 */
public record SheetMapping(
        String sheet,
        Dataset dataset,
        Layout layout,
        int headerRow,
        Map<Field, String> columns,
        Map<Field, String> constants,
        boolean skip,
        DecimalSeparator decimalSeparator,
        DateOrder dateOrder,
        String shapeKey) {

    public SheetMapping {
        if (sheet == null || sheet.isEmpty()) {
            throw new IllegalArgumentException("A sheet mapping needs the sheet's name.");
        }
        layout = layout == null ? Layout.LONG : layout;
        if (headerRow < 1) {
            throw new IllegalArgumentException("Header row (" + headerRow + ") of sheet " + sheet
                    + " must be 1 or more, as Excel numbers rows.");
        }
        columns = enumMap(columns);
        constants = enumMap(constants);
        if (!skip) {
            if (dataset == null) {
                throw new IllegalArgumentException("Sheet " + sheet + " has no dataset. Maybe choose one (SALES,"
                        + " PRODUCTS, ...) or skip the sheet.");
            }
            if (layout == Layout.WIDE && dataset != Dataset.SALES) {
                throw new IllegalArgumentException("Sheet " + sheet + " is mapped WIDE as " + dataset
                        + "; only SALES can be read with dates across columns. Maybe use LONG.");
            }
            for (Field field : columns.keySet()) checkUsed(sheet, dataset, layout, field, "column");
            for (Field field : constants.keySet()) checkUsed(sheet, dataset, layout, field, "constant");
        }
        for (Map.Entry<Field, String> column : columns.entrySet()) {
            if (column.getValue().isBlank()) {
                throw new IllegalArgumentException("Column of " + column.getKey() + " in sheet " + sheet
                        + " is empty. Maybe give the header text, or remove the line.");
            }
        }
    }

    private static void checkUsed(String sheet, Dataset dataset, Layout layout, Field field, String what) {
        if (!field.usedIn(dataset, layout)) {
            throw new IllegalArgumentException("Field " + field + " (" + what + " of sheet " + sheet + ") is not part"
                    + " of " + dataset + (layout == Layout.WIDE ? " (wide layout)" : "") + ". Fields there: "
                    + Field.fieldsOf(dataset, layout) + ".");
        }
    }

    private static Map<Field, String> enumMap(Map<Field, String> map) {
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        if (map != null) {
            for (Map.Entry<Field, String> entry : map.entrySet()) {
                copy.put(Objects.requireNonNull(entry.getKey(), "field"),
                        Objects.requireNonNull(entry.getValue(), "value of " + entry.getKey()).strip());
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    /** A mapping that leaves the sheet out of the import. */
    public static SheetMapping skipped(String sheet) {
        return new SheetMapping(sheet, null, Layout.LONG, 1, Map.of(), Map.of(), true, null, null, null);
    }

    /** The same mapping for a sheet of another name (the next file of the same shape). */
    public SheetMapping withSheet(String otherSheet) {
        return new SheetMapping(otherSheet, dataset, layout, headerRow, columns, constants, skip, decimalSeparator,
                dateOrder, shapeKey);
    }

    public SheetMapping withHeaderRow(int row) {
        return new SheetMapping(sheet, dataset, layout, row, columns, constants, skip, decimalSeparator, dateOrder,
                shapeKey);
    }

    public SheetMapping withColumn(Field field, String header) {
        Map<Field, String> changed = new EnumMap<>(Field.class);
        changed.putAll(columns);
        if (header == null || header.isBlank()) {
            changed.remove(field);
        } else {
            changed.put(field, header);
        }
        return new SheetMapping(sheet, dataset, layout, headerRow, changed, constants, skip, decimalSeparator,
                dateOrder, shapeKey);
    }

    public SheetMapping withConstant(Field field, String value) {
        Map<Field, String> changed = new EnumMap<>(Field.class);
        changed.putAll(constants);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return new SheetMapping(sheet, dataset, layout, headerRow, columns, changed, skip, decimalSeparator,
                dateOrder, shapeKey);
    }

    public SheetMapping withDataset(Dataset otherDataset, Layout otherLayout) {
        return new SheetMapping(sheet, otherDataset, otherLayout, headerRow, Map.of(), Map.of(), false,
                decimalSeparator, dateOrder, shapeKey);
    }

    public SheetMapping withSkip(boolean skipped) {
        return new SheetMapping(sheet, dataset, layout, headerRow, columns, constants, skipped, decimalSeparator,
                dateOrder, shapeKey);
    }

    public SheetMapping withLocale(DecimalSeparator decimal, DateOrder order) {
        return new SheetMapping(sheet, dataset, layout, headerRow, columns, constants, skip, decimal, order,
                shapeKey);
    }
}
