package reassort.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import reassort.domain.ProgressListener;

/**
 * Imports planners' spreadsheets: XLSX (streamed with fastexcel-reader), XLS (POI HSSF event API) and CSV/TSV
 * (FastCSV), in long or wide layout, several sheets per workbook, French or English headers and number/date
 * styles. The format is told by content, not by extension. Records flow to a {@link RecordSink} one at a time;
 * nothing accumulates per row except the capped issue list and the duplicate-key registry of master data, so
 * the heap stays small whatever the file size.
 *
 * <p>Files are refused with a {@link SpreadsheetRefusedException} naming the file, the reason and a hint:
 * password-protected or damaged workbooks, zip bombs, XML parts declaring a DTD, formats it does not read
 * (.ods, .xlsb, PDF, binary data named .csv, Excel 95), files without data rows.
 *
 * <p>Cancellation: long work calls {@link ProgressListener#checkCancelled()} every
 * {@value SheetImporter#CANCEL_CHECK_ROWS} rows and throws {@link reassort.domain.CancelledException} when the
 * thread was interrupted; records already handed to the sink are the caller's to roll back. A
 * {@link SpreadsheetRefusedException} can also come mid-read when a part turns out damaged; the caller treats the
 * import as failed.
 */
public final class SpreadsheetImport {
    private final Set<String> knownChannelCodes;

    /**
     * @param knownChannelCodes the retailer's channel codes (e.g. STORE, WEB, MKP, CC, SFS, B2B); a sales value
     *     naming another channel is rejected
     */
    public SpreadsheetImport(Set<String> knownChannelCodes) {
        Objects.requireNonNull(knownChannelCodes, "knownChannelCodes");
        if (knownChannelCodes.isEmpty()) {
            throw new IllegalArgumentException("No channel code is known, so no sales line could be imported. Maybe"
                    + " pass the store's channels (STORE, WEB, ...).");
        }
        this.knownChannelCodes = Set.copyOf(knownChannelCodes);
    }

    /**
     * Tells what the file holds: format, sheets, their dataset, layout, header row, headers, the first
     * {@code previewRows} data rows, the proposed mapping and the detected locale hints.
     *
     * @throws SpreadsheetRefusedException when the file cannot or must not be read, or holds no data row
     */
    public FileInspection inspect(Path file, int previewRows) {
        Objects.requireNonNull(file, "file");
        ProgressListener.checkCancelled();
        try (WorkbookSource source = FormatDetector.open(file, null, null)) {
            SheetInspector inspector = new SheetInspector(source);
            List<SheetInspection> sheets = new ArrayList<>();
            for (int i = 0; i < source.sheetNames().size(); i++) {
                ProgressListener.checkCancelled();
                SheetInspection sheet = inspector.inspect(i, previewRows);
                if (sheet != null) sheets.add(sheet);
            }
            refuseWithoutData(file, source, sheets);
            return new FileInspection(file, source.format(), sheets, source.csvDialect());
        }
    }

    private static void refuseWithoutData(Path file, WorkbookSource source, List<SheetInspection> sheets) {
        if (sheets.isEmpty()) {
            throw new SpreadsheetRefusedException(file, source.format() == FileFormat.CSV
                    ? "holds no data: every line is empty. Check you exported the right file."
                    : "holds no data: every sheet is empty. Check you saved the workbook with its data.");
        }
        if (sheets.stream().noneMatch(SheetInspection::hasDataRows)) {
            List<String> names = sheets.stream().map(SheetInspection::sheet).toList();
            throw new SpreadsheetRefusedException(file, "has no data rows: only headers in "
                    + (source.format() == FileFormat.CSV ? "the file" : "sheet" + (names.size() > 1 ? "s " : " ")
                    + String.join(", ", names)) + ". Check the export holds data (a filter or an empty period?).");
        }
    }

    /**
     * Reads every sheet the mapping (or, for sheets it does not name, the proposal) says to read, handing each
     * valid record to the sink and reporting every rejected or doubtful value.
     *
     * @param mapping how to read the sheets; null reads the proposed mapping
     * @throws SpreadsheetRefusedException when the file cannot or must not be read, holds no data row, or every
     *     sheet is skipped
     * @throws reassort.domain.CancelledException when the thread is interrupted
     */
    public ReadResult read(Path file, FileMapping mapping, RecordSink sink, ProgressListener progress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        FileMapping fileMapping = mapping == null ? new FileMapping(List.of()) : mapping;
        String fileName = SpreadsheetRefusedException.fileName(file);
        ProgressListener.checkCancelled();
        try (WorkbookSource source = FormatDetector.open(file, fileMapping.csvSeparator(),
                fileMapping.csvCharset())) {
            IssueLog issues = new IssueLog(fileName);
            Channels channels = new Channels(knownChannelCodes);
            SheetImporter.Totals totals = new SheetImporter.Totals();
            SheetInspector inspector = new SheetInspector(source);
            List<String> names = source.sheetNames();
            Set<String> usedMappings = new HashSet<>();
            int sheetsRead = 0;
            int sheetsWithCells = 0;
            for (int i = 0; i < names.size(); i++) {
                ProgressListener.checkCancelled();
                String name = names.get(i);
                SheetMapping sheetMapping = chooseMapping(fileMapping, names, i, usedMappings, inspector);
                if (sheetMapping == null) {
                    SheetInspection inspection = inspector.inspect(i, 0);
                    if (inspection == null) continue;
                    sheetsWithCells++;
                    sheetMapping = inspection.proposedMapping();
                    if (sheetMapping.skip()) {
                        issues.add(name, inspection.headerRow(), "", "", "Sheet " + name + " was not recognised"
                                + " (headers: " + Text.shown(String.join(" | ", inspection.headers())) + ") and was"
                                + " left out. Map it to a dataset to import it.", Severity.WARNING);
                        continue;
                    }
                } else {
                    sheetsWithCells++;
                }
                if (sheetMapping.skip()) continue;
                sheetsRead++;
                listener.progress(totals.rowsRead, -1, "Reading sheet " + name);
                new SheetImporter(source, i, sheetMapping, channels, issues, sink, listener, totals).run();
            }
            for (SheetMapping unused : fileMapping.sheets()) {
                if (!usedMappings.contains(unused.sheet()) && !names.contains(unused.sheet())) {
                    issues.add(unused.sheet(), 0, "", "", "The mapping names sheet " + unused.sheet() + ", which "
                            + fileName + " does not have (sheets: " + String.join(", ", names) + "). Maybe the sheet"
                            + " was renamed; rename it in the mapping.", Severity.WARNING);
                }
            }
            if (sheetsRead == 0) {
                throw new SpreadsheetRefusedException(file, sheetsWithCells == 0
                        ? "holds no data: " + (source.format() == FileFormat.CSV ? "every line is empty"
                        : "every sheet is empty") + ". Check you exported the right file."
                        : "was not imported: no sheet is mapped to a dataset (all skipped or unrecognised). Map at"
                        + " least one sheet.");
            }
            if (totals.rowsRead == 0 && issues.errors() == 0) {
                throw new SpreadsheetRefusedException(file, "has no data rows: only headers were found. Check the"
                        + " export holds data (a filter or an empty period?).");
            }
            listener.progress(totals.rowsRead, totals.rowsRead, "Read " + totals.rowsRead + " rows");
            return new ReadResult(totals.records, totals.rowsRejected, issues.warnings(), issues.count(),
                    issues.kept(), file, totals.rowsRead, issues.errors());
        }
    }

    /**
     * The mapping for a sheet: by name; else, for a one-sheet file and a one-sheet mapping, that mapping; else one
     * made for the same shape and naming no sheet of this file; else null (use the proposal).
     */
    private static SheetMapping chooseMapping(FileMapping mapping, List<String> names, int index,
            Set<String> used, SheetInspector inspector) {
        String name = names.get(index);
        Optional<SheetMapping> byName = mapping.forSheet(name);
        if (byName.isPresent()) {
            used.add(name);
            return byName.get();
        }
        if (names.size() == 1 && mapping.sheets().size() == 1) {
            used.add(mapping.sheets().get(0).sheet());
            return mapping.sheets().get(0).withSheet(name);
        }
        List<SheetMapping> byShape = mapping.sheets().stream()
                .filter(s -> s.shapeKey() != null && !names.contains(s.sheet()) && !used.contains(s.sheet()))
                .toList();
        if (byShape.isEmpty()) return null;
        SheetInspection inspection = inspector.inspect(index, 0);
        if (inspection == null) return null;
        for (SheetMapping candidate : byShape) {
            if (candidate.shapeKey().equals(inspection.shapeKey())) {
                used.add(candidate.sheet());
                return candidate.withSheet(name);
            }
        }
        return null;
    }

    /**
     * Streams every cell of every sheet as text and returns how many non-empty cells there are: the floor an
     * import's time is compared with.
     */
    public long bareParse(Path file, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        ProgressListener.checkCancelled();
        try (WorkbookSource source = FormatDetector.open(file, null, null)) {
            long[] cells = {0};
            long[] rows = {0};
            for (int i = 0; i < source.sheetNames().size(); i++) {
                ProgressListener.checkCancelled();
                source.readSheet(i, (rowNumber, rowCells) -> {
                    for (CellValue cell : rowCells) {
                        if (!cell.text().isEmpty()) cells[0]++;
                    }
                    rows[0]++;
                    if (rows[0] % SheetImporter.CANCEL_CHECK_ROWS == 0) ProgressListener.checkCancelled();
                    if (rows[0] % SheetImporter.PROGRESS_ROWS == 0) {
                        listener.progress(rows[0], -1, "Parsing: " + rows[0] + " rows");
                    }
                    return true;
                });
            }
            listener.progress(rows[0], rows[0], "Parsed " + rows[0] + " rows");
            return cells[0];
        }
    }
}
