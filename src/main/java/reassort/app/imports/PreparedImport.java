package reassort.app.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import reassort.domain.Dataset;
import reassort.io.FileMapping;
import reassort.io.ImportIssue;
import reassort.io.ReadResult;
import reassort.io.SheetMapping;
import reassort.store.DatasetCounts;
import reassort.store.ImportIssueRow;
import reassort.store.ImportOutcome;
import reassort.store.ImportWriter;
import reassort.store.IssueSeverity;
import reassort.store.Store;

/**
 * Files read but not yet committed: the planner sees the report and chooses to commit the valid rows or to
 * discard everything. Closing it without a commit discards it; the store is unchanged until {@link #commit()}.
 */
public final class PreparedImport implements AutoCloseable {
    private final Store store;
    private final ImportWriter writer;
    private final List<FileToImport> files;
    private final ReadResult combined;
    private boolean finished;

    PreparedImport(Store store, ImportWriter writer, List<FileToImport> files, List<ReadResult> results,
            List<ImportIssue> extraIssues) {
        this.store = store;
        this.writer = writer;
        this.files = List.copyOf(files);
        this.combined = combine(results, extraIssues);
    }

    private static ReadResult combine(List<ReadResult> results, List<ImportIssue> extraIssues) {
        Map<Dataset, Long> records = new EnumMap<>(Dataset.class);
        List<ImportIssue> issues = new ArrayList<>();
        long rejected = 0, warnings = extraIssues.size(), issueCount = extraIssues.size(), rows = 0, errors = 0;
        for (ReadResult result : results) {
            result.recordsRead().forEach((dataset, count) -> records.merge(dataset, count, Long::sum));
            for (ImportIssue issue : result.issues()) {
                if (issues.size() < ReadResult.MAX_KEPT_ISSUES) issues.add(issue);
            }
            rejected += result.rowsRejected();
            warnings += result.warningCount();
            issueCount += result.issueCount();
            rows += result.rowsRead();
            errors += result.errorCount();
        }
        for (ImportIssue issue : extraIssues) {
            if (issues.size() < ReadResult.MAX_KEPT_ISSUES) issues.add(issue);
        }
        Path first = results.isEmpty() ? null : results.get(0).file();
        return new ReadResult(records, rejected, warnings, issueCount, issues, first, rows, errors);
    }

    public List<Path> files() {
        return files.stream().map(FileToImport::file).toList();
    }

    public Map<Dataset, Long> recordsRead() {
        return combined.recordsRead();
    }

    public long totalRecords() {
        return combined.totalRecords();
    }

    public long rowsRejected() {
        return combined.rowsRejected();
    }

    /** Rejected rows plus sheet-level errors (a sheet left out because a required column is missing). */
    public long errorCount() {
        return combined.errorCount();
    }

    public boolean hasErrors() {
        return combined.errorCount() > 0 || combined.rowsRejected() > 0;
    }

    public long warningCount() {
        return combined.warningCount();
    }

    public long issueCount() {
        return combined.issueCount();
    }

    /** The first {@value ReadResult#MAX_KEPT_ISSUES} issues, in file order. */
    public List<ImportIssue> issues() {
        return combined.issues();
    }

    /** The issue report as a CSV a French or English Excel opens by double-click. */
    public void writeReport(Path report) {
        combined.writeReport(report);
    }

    /** Stores the valid rows, the issues, and the mappings used (remembered for the next file of each shape). */
    public ImportSummary commit() {
        requireOpen();
        if (combined.totalRecords() == 0) {
            throw new IllegalStateException("Nothing to import: no valid row was read (" + combined.errorCount()
                    + " error(s)). " + combined.issues().stream().findFirst().map(Object::toString).orElse(""));
        }
        List<ImportIssueRow> rows = combined.issues().stream().map(PreparedImport::toRow).toList();
        ImportOutcome outcome = writer.commit(rows, combined.issueCount());
        finished = true;
        for (FileToImport file : files) rememberMappings(file.mapping());
        List<ImportedCounts> counts = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            long read = combined.records(dataset);
            DatasetCounts written = outcome.counts(dataset);
            if (read > 0 || written.written() > 0) {
                counts.add(new ImportedCounts(dataset, read, written.inserted(), written.replaced(), written.updated()));
            }
        }
        return new ImportSummary(outcome.runId(),
                files.stream().map(f -> f.file().getFileName().toString()).toList(),
                counts, combined.rowsRejected(), combined.warningCount());
    }

    private void rememberMappings(FileMapping mapping) {
        for (SheetMapping sheet : mapping.sheets()) {
            if (!sheet.skip() && sheet.shapeKey() != null) {
                store.rememberMapping(sheet.shapeKey(), ImportFiles.rememberedText(sheet));
            }
        }
    }

    public void discard() {
        if (!finished) {
            finished = true;
            writer.rollback();
        }
    }

    private void requireOpen() {
        if (finished) throw new IllegalStateException("This import was already committed or discarded.");
    }

    @Override
    public void close() {
        discard();
    }

    private static ImportIssueRow toRow(ImportIssue issue) {
        return new ImportIssueRow(issue.file().isEmpty() ? "(import)" : issue.file(),
                issue.sheet().isEmpty() ? null : issue.sheet(),
                (int) Math.min(Integer.MAX_VALUE, Math.max(0, issue.row())),
                issue.column().isEmpty() ? null : issue.column(),
                issue.value().isEmpty() ? null : issue.value(),
                issue.reason().isEmpty() ? "(no reason given)" : issue.reason(),
                IssueSeverity.valueOf(issue.severity().name()));
    }
}
