package reassort.io;

import java.util.List;
import reassort.domain.Dataset;

/**
 * One sheet as the importer sees it: the dataset it looks like (null if unrecognised), its layout, the header row
 * (1-based), the headers and the first rows as text, the mapping it proposes, the headers it could not place, the
 * required fields still missing (no column, no constant), and a {@code shapeKey} that is the same for every file
 * whose sheet has the same headers (wide date columns aside), so a mapping can be remembered per shape.
 *
 * <p>{@code decimalSeparator} and {@code dateOrder} are the locale hints detected from the file (as proposed in the
 * mapping); {@code dateOrderSettled} is false when the sampled date values never told day from month, in which case
 * {@code dateOrder} comes from the locale (semicolon CSV or French headers: day first). {@code hasDataRows} is
 * false for a sheet holding headers only.
 */
public record SheetInspection(
        String sheet,
        Dataset dataset,
        Layout layout,
        int headerRow,
        List<String> headers,
        List<List<String>> previewRows,
        SheetMapping proposedMapping,
        List<String> unmappedHeaders,
        List<Field> missingRequiredFields,
        String shapeKey,
        DecimalSeparator decimalSeparator,
        DateOrder dateOrder,
        boolean dateOrderSettled,
        boolean hasDataRows) {
    public SheetInspection {
        headers = List.copyOf(headers);
        previewRows = previewRows.stream().map(List::copyOf).toList();
        unmappedHeaders = List.copyOf(unmappedHeaders);
        missingRequiredFields = List.copyOf(missingRequiredFields);
    }
}
