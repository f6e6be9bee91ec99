package reassort.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reassort.app.export.ExportLayout.ExportGroup;
import reassort.domain.ProgressListener;
import reassort.io.write.Column;
import reassort.io.write.CsvTableWriter;
import reassort.io.write.SheetOptions;
import reassort.io.write.SheetWriter;
import reassort.io.write.TableWriter;
import reassort.io.write.XlsxWorkbookWriter;

/**
 * Writes groups of lines with a layout: an XLSX workbook with one sheet per group (header block, lines, totals), or
 * CSV (one file for all groups, or one file per group when the target is a folder). Every file is written under a
 * temporary name and appears complete or not at all; when a later file of a multi-file CSV export fails, the files
 * this export already put in place are removed again.
 */
final class GroupedExport {
    private static final Logger LOG = LoggerFactory.getLogger(GroupedExport.class);
    static final int PROGRESS_LINES = 1_000;

    private GroupedExport() {}

    /** One file written and the groups it holds. */
    record WrittenFile<L>(Path path, List<ExportGroup<L>> groups) {
        String fileName() {
            return path.getFileName().toString();
        }

        List<L> lines() {
            return groups.stream().flatMap(g -> g.lines().stream()).toList();
        }
    }

    /** The keys of the lines written, per file name in the order written: what the marking records. */
    static <L, K> Map<String, List<K>> keysByFile(List<WrittenFile<L>> written, Function<L, K> key) {
        Map<String, List<K>> keys = new LinkedHashMap<>();
        for (WrittenFile<L> file : written) {
            keys.computeIfAbsent(file.fileName(), f -> new ArrayList<>()).addAll(file.lines().stream().map(key).toList());
        }
        return keys;
    }

    /**
     * The whole export of one kind: selects the lines, writes every file, then marks the lines EXPORTED when asked.
     * When the marking fails, the files just written are removed again, so a failed export leaves neither files nor
     * marks.
     */
    static <L> ExportResult run(ExportJob<L> job, ExportRequest request, LocalDate today, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long started = System.nanoTime();
        listener.progress(0, -1, "Reading the proposals");
        List<L> lines = job.lines(request);
        if (lines.isEmpty()) throw new IllegalArgumentException(job.nothingToExport(request));
        List<ExportGroup<L>> groups = job.groups(lines, request.perLocation());
        List<WrittenFile<L>> written = write(job.layout(), groups, request.format(), request.language(),
                request.target(), today, listener);
        int marked = 0;
        if (request.markExported()) {
            listener.progress(0, -1, "Marking " + lines.size() + " proposals as exported");
            try {
                marked = job.mark(written);
            } catch (RuntimeException e) {
                removeAll(written);
                throw e;
            }
        }
        return new ExportResult(written.stream().map(WrittenFile::path).toList(), groups.size(), lines.size(),
                lines.stream().mapToDouble(job::units).sum(), lines.stream().mapToDouble(job::value).sum(), marked,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Lines with the same code become one group, titled by the code, groups in the order of the sorted lines. */
    static <L> List<ExportGroup<L>> groupBy(List<L> sortedLines, Function<L, String> code) {
        Map<String, List<L>> byGroup = new LinkedHashMap<>();
        for (L line : sortedLines) byGroup.computeIfAbsent(code.apply(line), k -> new ArrayList<>()).add(line);
        List<ExportGroup<L>> groups = new ArrayList<>();
        byGroup.forEach((c, groupLines) -> groups.add(new ExportGroup<>(c, c, groupLines)));
        return groups;
    }

    static <L> List<WrittenFile<L>> write(ExportLayout<L> layout, List<ExportGroup<L>> groups, ExportFormat format,
            ExportLanguage asked, Path target, LocalDate day, ProgressListener progress) {
        if (groups.isEmpty()) throw new IllegalArgumentException("Nothing to export.");
        ExportLanguage language = format.languageOr(asked);
        long total = groups.stream().mapToLong(g -> g.lines().size()).sum();
        long[] done = {0};
        boolean folder = Files.isDirectory(target);
        String prefix = layout.filePrefix(language);
        List<WrittenFile<L>> written = new ArrayList<>();
        try {
            if (!format.isCsv()) {
                Path file = folder ? target.resolve(prefix + "-" + day + ".xlsx") : target;
                writeWorkbook(layout, groups, language, file, day, progress, done, total);
                written.add(new WrittenFile<>(file, groups));
            } else if (!folder) {
                writeCsv(layout, groups, format, language, target, progress, done, total);
                written.add(new WrittenFile<>(target, groups));
            } else {
                for (ExportGroup<L> group : groups) {
                    Path file = target.resolve(prefix + "-" + SafeNames.fileStem(group.code()) + "-" + day + ".csv");
                    writeCsv(layout, List.of(group), format, language, file, progress, done, total);
                    written.add(new WrittenFile<>(file, List.of(group)));
                }
            }
        } catch (IOException e) {
            removeAll(written);
            // A cancelled task's thread is interrupted, and an interrupted thread's file channel closes itself.
            if (Thread.currentThread().isInterrupted()) throw new reassort.domain.CancelledException();
            throw new UncheckedIOException("Could not write the export to " + target + ": " + e.getMessage()
                    + ". Maybe the file is open in a spreadsheet, or choose another place.", e);
        } catch (RuntimeException e) {
            removeAll(written);
            throw e;
        }
        progress.progress(total, total, "Exported " + total + " lines");
        return written;
    }

    private static <L> void writeWorkbook(ExportLayout<L> layout, List<ExportGroup<L>> groups, ExportLanguage language,
            Path file, LocalDate day, ProgressListener progress, long[] done, long total) throws IOException {
        List<Column> columns = layout.columns(language);
        Object[] cells = new Object[columns.size()];
        SafeNames.Sheets names = new SafeNames.Sheets();
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(file, language.excelDateFormat())) {
            for (ExportGroup<L> group : groups) {
                SheetWriter sheet = xlsx.sheet(names.name(group.title()), columns,
                        SheetOptions.withHeaderBlock(layout.headerBlock(group, language, day)));
                writeLines(layout, group, sheet, cells, progress, done, total);
                sheet.totals(layout.totals(group, language));
            }
            ProgressListener.checkCancelled();
            xlsx.commit();
        }
    }

    private static <L> void writeCsv(ExportLayout<L> layout, List<ExportGroup<L>> groups, ExportFormat format,
            ExportLanguage language, Path file, ProgressListener progress, long[] done, long total) throws IOException {
        List<Column> columns = layout.columns(language);
        Object[] cells = new Object[columns.size()];
        try (CsvTableWriter csv = CsvTableWriter.create(file, format.convention(), columns)) {
            for (ExportGroup<L> group : groups) {
                writeLines(layout, group, csv, cells, progress, done, total);
            }
            ProgressListener.checkCancelled();
            csv.commit();
        }
    }

    private static <L> void writeLines(ExportLayout<L> layout, ExportGroup<L> group, TableWriter table, Object[] cells,
            ProgressListener progress, long[] done, long total) throws IOException {
        for (L line : group.lines()) {
            layout.cells(line, cells);
            table.row(cells);
            if (++done[0] % PROGRESS_LINES == 0) {
                ProgressListener.checkCancelled();
                progress.progress(done[0], total, "Writing line " + done[0] + " of " + total);
            }
        }
    }

    private static <L> void removeAll(List<WrittenFile<L>> written) {
        for (WrittenFile<L> file : written) {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException e) {
                LOG.warn("Could not remove {} after the export failed", file.path(), e);
            }
        }
    }
}
