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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
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
import reassort.store.PendingMarks;

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
     * The whole export of one kind: selects the lines, writes every file, and marks the lines EXPORTED when asked.
     * The marking runs on a thread of its own while the files are written, in a transaction committed only once
     * every file is in place: a failed or cancelled write rolls it back, and a failed marking removes the files just
     * written, so a failed export leaves neither files nor marks.
     */
    static <L> ExportResult run(ExportJob<L> job, ExportRequest request, LocalDate today, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long started = System.nanoTime();
        listener.progress(0, -1, "Reading the proposals");
        List<L> lines = job.lines(request);
        if (lines.isEmpty()) throw new IllegalArgumentException(job.nothingToExport(request));
        List<ExportGroup<L>> groups = job.groups(lines, request.perLocation());
        List<WrittenFile<L>> files = files(job.layout(), groups, request.format(), request.language(), request.target(),
                today);
        Marking<L> marking = request.markExported() ? Marking.start(job, files) : null;
        List<WrittenFile<L>> written;
        try {
            written = write(job.layout(), files, request.format(), request.language(), request.target(), today,
                    listener);
        } catch (RuntimeException | Error e) {
            if (marking != null) marking.drop(e);
            throw e;
        }
        int marked = 0;
        if (marking != null) {
            listener.progress(0, -1, "Marking " + lines.size() + " proposals as exported");
            try {
                marked = marking.commit();
            } catch (RuntimeException e) {
                removeAll(written);
                throw e;
            }
        }
        return new ExportResult(written.stream().map(WrittenFile::path).toList(), groups.size(), lines.size(),
                lines.stream().mapToDouble(job::units).sum(), lines.stream().mapToDouble(job::value).sum(), marked,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The marking of one export, prepared on a thread of its own (the store's work overlaps the writing of the
     * files: on two cores it hides most of the writing time) and committed or dropped by the exporting thread.
     */
    private static final class Marking<L> {
        private final FutureTask<PendingMarks> task;
        private final AtomicBoolean stopped = new AtomicBoolean();

        private Marking(ExportJob<L> job, List<WrittenFile<L>> files) {
            this.task = new FutureTask<>(() -> job.prepareMarks(files, stopped::get));
        }

        static <L> Marking<L> start(ExportJob<L> job, List<WrittenFile<L>> files) {
            Marking<L> marking = new Marking<>(job, files);
            Thread thread = new Thread(marking.task, "export-marking");
            thread.setDaemon(true);
            thread.start();
            return marking;
        }

        /** Waits for the marks (the cancellation of a task that got this far is not honoured) and commits them. */
        int commit() {
            try (PendingMarks marks = await()) {
                return marks.commit();
            }
        }

        /** Stops the marking at its next batch and rolls back whatever it wrote. */
        void drop(Throwable failure) {
            stopped.set(true);
            try (PendingMarks marks = await()) {
                // closing without a commit rolls back
            } catch (RuntimeException | Error e) {
                if (!(e instanceof reassort.domain.CancelledException)) failure.addSuppressed(e);
            }
        }

        private PendingMarks await() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error error) throw error;
                throw new IllegalStateException("The export marking failed: " + cause, cause);
            } finally {
                if (interrupted) Thread.currentThread().interrupt();
            }
        }
    }

    /** Lines with the same code become one group, titled by the code, groups in the order of the sorted lines. */
    static <L> List<ExportGroup<L>> groupBy(List<L> sortedLines, Function<L, String> code) {
        Map<String, List<L>> byGroup = new LinkedHashMap<>();
        for (L line : sortedLines) byGroup.computeIfAbsent(code.apply(line), k -> new ArrayList<>()).add(line);
        List<ExportGroup<L>> groups = new ArrayList<>();
        byGroup.forEach((c, groupLines) -> groups.add(new ExportGroup<>(c, c, groupLines)));
        return groups;
    }

    /** The files an export will write (their paths, and the groups each holds), before anything is written. */
    static <L> List<WrittenFile<L>> files(ExportLayout<L> layout, List<ExportGroup<L>> groups, ExportFormat format,
            ExportLanguage asked, Path target, LocalDate day) {
        if (groups.isEmpty()) throw new IllegalArgumentException("Nothing to export.");
        ExportLanguage language = format.languageOr(asked);
        boolean folder = Files.isDirectory(target);
        String prefix = layout.filePrefix(language);
        if (!format.isCsv()) {
            return List.of(new WrittenFile<>(folder ? target.resolve(prefix + "-" + day + ".xlsx") : target, groups));
        }
        if (!folder) return List.of(new WrittenFile<>(target, groups));
        List<WrittenFile<L>> files = new ArrayList<>();
        for (ExportGroup<L> group : groups) {
            files.add(new WrittenFile<>(target.resolve(prefix + "-" + SafeNames.fileStem(group.code()) + "-" + day
                    + ".csv"), List.of(group)));
        }
        return files;
    }

    /** Writes {@code files} (from {@link #files}) one after the other; returns them once all are in place. */
    static <L> List<WrittenFile<L>> write(ExportLayout<L> layout, List<WrittenFile<L>> files, ExportFormat format,
            ExportLanguage asked, Path target, LocalDate day, ProgressListener progress) {
        ExportLanguage language = format.languageOr(asked);
        long total = files.stream().flatMap(f -> f.groups().stream()).mapToLong(g -> g.lines().size()).sum();
        long[] done = {0};
        List<WrittenFile<L>> written = new ArrayList<>();
        Path current = target;
        try {
            for (WrittenFile<L> file : files) {
                current = file.path();
                if (format.isCsv()) {
                    writeCsv(layout, file.groups(), format, language, file.path(), progress, done, total);
                } else {
                    writeWorkbook(layout, file.groups(), language, file.path(), day, progress, done, total);
                }
                written.add(file);
            }
        } catch (IOException e) {
            removeAll(written);
            // A cancelled task's thread is interrupted, and an interrupted thread's file channel closes itself.
            if (Thread.currentThread().isInterrupted()) throw new reassort.domain.CancelledException();
            throw new UncheckedIOException("Could not write the export to " + current + ": " + e.getMessage()
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
