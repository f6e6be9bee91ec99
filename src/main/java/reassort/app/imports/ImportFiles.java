package reassort.app.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reassort.domain.Dataset;
import reassort.domain.ProgressListener;
import reassort.io.FileInspection;
import reassort.io.FileMapping;
import reassort.io.MappingFormatException;
import reassort.io.ReadResult;
import reassort.io.SheetInspection;
import reassort.io.SheetMapping;
import reassort.io.SpreadsheetImport;
import reassort.io.SpreadsheetRefusedException;
import reassort.store.ImportWriter;
import reassort.store.Store;

/**
 * The import use case, shared by File → Import and {@code reassort import}: inspect files (with the mapping
 * remembered for files of the same shape), read them all into one pending import, then let the planner commit
 * it (valid rows, with the report) or discard it. Until the commit the store is unchanged.
 */
public final class ImportFiles {
    private static final int PREVIEW_ROWS = 8;

    private final Store store;

    public ImportFiles(Store store) {
        this.store = store;
    }

    private SpreadsheetImport reader() {
        return new SpreadsheetImport(store.knownChannels());
    }

    /** What each file holds and how it would be read. Refused files throw with the file and the reason. */
    public List<InspectedFile> inspect(List<Path> files, ProgressListener progress) {
        SpreadsheetImport reader = reader();
        List<InspectedFile> inspected = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ProgressListener.checkCancelled();
            Path file = files.get(i);
            progress.progress(i, files.size(), "Reading the layout of " + file.getFileName());
            requireReadable(file);
            FileInspection inspection = reader.inspect(file, PREVIEW_ROWS);
            Map<String, SheetMapping> rememberedByShape = new HashMap<>();
            Set<String> remembered = new HashSet<>();
            for (SheetInspection sheet : inspection.sheets()) {
                if (sheet.shapeKey() == null) continue;
                store.rememberedMapping(sheet.shapeKey()).map(ImportFiles::sheetMappingOf).ifPresent(known -> {
                    rememberedByShape.put(sheet.shapeKey(), known);
                    remembered.add(sheet.sheet());
                });
            }
            FileMapping mapping = FileMapping.proposed(inspection, rememberedByShape::get);
            inspected.add(new InspectedFile(inspection, mapping, remembered));
        }
        progress.progress(files.size(), files.size(), "");
        return inspected;
    }

    /**
     * Reads every file into one pending import. Master data files are read before sales so that sales of SKUs
     * defined in the same batch are not reported as unknown. On any failure (refused file, cancellation) nothing
     * is written and the exception is thrown.
     */
    public PreparedImport prepare(List<FileToImport> files, ProgressListener progress) {
        if (files.isEmpty()) throw new IllegalArgumentException("No file to import. Maybe choose one or more files.");
        files.forEach(f -> requireReadable(f.file()));
        List<FileToImport> resolved = new ArrayList<>();
        for (FileToImport file : files) {
            FileMapping mapping = file.mapping() != null
                    ? file.mapping()
                    : inspect(List.of(file.file()), ProgressListener.NONE).get(0).mapping();
            resolved.add(new FileToImport(file.file(), mapping));
        }
        resolved.sort(Comparator.comparingInt(ImportFiles::salesLast));

        SpreadsheetImport reader = reader();
        ImportWriter writer = store.beginImport(describe(files));
        try {
            UnknownReferences unknown = new UnknownReferences(store.knownSkus(), store.knownLocations());
            List<ReadResult> results = new ArrayList<>();
            for (FileToImport file : resolved) {
                unknown.startFile(file.file().getFileName().toString());
                results.add(reader.read(file.file(), file.mapping(), record -> {
                    unknown.see(record);
                    writer.add(record);
                }, progress));
            }
            return new PreparedImport(store, writer, resolved, results, unknown.issues());
        } catch (RuntimeException | Error e) {
            writer.rollback();
            throw e;
        }
    }

    /**
     * Prepares and commits in one go, for batch runs. When rows were rejected and {@code acceptValidRows} is false,
     * nothing is imported and {@link ImportRejectedException} is thrown. The report, when asked for, is written
     * either way.
     */
    public ImportSummary importNow(List<FileToImport> files, boolean acceptValidRows, Path reportOrNull,
            ProgressListener progress) {
        try (PreparedImport prepared = prepare(files, progress)) {
            if (reportOrNull != null) prepared.writeReport(reportOrNull);
            if (prepared.hasErrors() && !acceptValidRows) {
                throw new ImportRejectedException(prepared);
            }
            return prepared.commit();
        }
    }

    /**
     * A file's mapping with the sheets of a hand-written mapping laid over it: what the hand-written sheet says
     * (dataset, layout, columns, constants, skip, locale) wins, the rest stays as proposed. A mapping of one sheet
     * applies to a one-sheet file (a CSV) whatever the sheet is called.
     */
    public static FileMapping overlay(FileMapping base, FileMapping overrides) {
        FileMapping result = new FileMapping(base.sheets(),
                overrides.csvSeparator() != null ? overrides.csvSeparator() : base.csvSeparator(),
                overrides.csvCharset() != null ? overrides.csvCharset() : base.csvCharset());
        if (base.sheets().size() == 1 && overrides.sheets().size() == 1) {
            SheetMapping only = base.sheets().get(0);
            return result.with(merge(only, overrides.sheets().get(0).withSheet(only.sheet())));
        }
        for (SheetMapping sheet : overrides.sheets()) {
            var existing = base.forSheet(sheet.sheet());
            if (existing.isPresent()) result = result.with(merge(existing.get(), sheet));
        }
        return result;
    }

    private static SheetMapping merge(SheetMapping proposed, SheetMapping written) {
        if (written.skip()) return proposed.withSkip(true);
        java.util.Map<reassort.io.Field, String> columns = new java.util.EnumMap<>(reassort.io.Field.class);
        java.util.Map<reassort.io.Field, String> constants = new java.util.EnumMap<>(reassort.io.Field.class);
        boolean sameKind = written.dataset() == proposed.dataset() && written.layout() == proposed.layout();
        if (sameKind) {
            columns.putAll(proposed.columns());
            constants.putAll(proposed.constants());
        }
        columns.putAll(written.columns());
        constants.putAll(written.constants());
        constants.keySet().forEach(columns::remove);
        return new SheetMapping(proposed.sheet(), written.dataset(), written.layout(),
                written.headerRow() != 1 ? written.headerRow() : proposed.headerRow(), columns, constants, false,
                written.decimalSeparator() != null ? written.decimalSeparator() : proposed.decimalSeparator(),
                written.dateOrder() != null ? written.dateOrder() : proposed.dateOrder(),
                proposed.shapeKey());
    }

    /** Reads a mapping file written by hand or saved from the workbench. */
    public static FileMapping readMappingFile(Path file) {
        try {
            return FileMapping.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("Mapping file " + file + " does not exist.");
        } catch (IOException e) {
            throw new UncheckedIOException("Mapping file " + file + " cannot be read: " + e.getMessage(), e);
        } catch (MappingFormatException e) {
            throw new IllegalArgumentException("Mapping file " + file + ": " + e.getMessage(), e);
        }
    }

    static SheetMapping sheetMappingOf(String rememberedText) {
        List<SheetMapping> sheets = FileMapping.parse(rememberedText).sheets();
        return sheets.isEmpty() ? null : sheets.get(0);
    }

    static String rememberedText(SheetMapping sheet) {
        return new FileMapping(List.of(sheet)).toText();
    }

    private static int salesLast(FileToImport file) {
        boolean hasSales = file.mapping().sheets().stream()
                .anyMatch(s -> !s.skip() && s.dataset() == Dataset.SALES);
        return hasSales ? 1 : 0;
    }

    private static String describe(List<FileToImport> files) {
        if (files.size() == 1) return files.get(0).file().getFileName().toString();
        return files.get(0).file().getFileName() + " and " + (files.size() - 1) + " more file(s)";
    }

    private static void requireReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SpreadsheetRefusedException(file, "does not exist or is not a file. Maybe check the path.");
        }
        if (!Files.isReadable(file)) {
            throw new SpreadsheetRefusedException(file, "cannot be read. Maybe it is open exclusively in another program.");
        }
    }
}
