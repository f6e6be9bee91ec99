package reassort.app.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import reassort.app.ScratchDirectory;
import reassort.app.sample.SampleFiles;
import reassort.app.sample.SampleRetailer;
import reassort.app.sample.SampleSize;
import reassort.domain.ProgressListener;

/**
 * Loads the sample retailer in one action: generates its French files (history ending last Sunday, so the plan
 * is about this week) and imports them through the same path as a planner's files.
 */
public final class LoadSample {
    private final ImportFiles imports;
    private final Clock clock;

    public LoadSample(ImportFiles imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    /** The last day of sample history: the Sunday before today. */
    public LocalDate lastDay() {
        return LocalDate.now(clock).minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    public ImportSummary load(ProgressListener progress) {
        return load(SampleSize.FULL, progress);
    }

    /** Loads the sample retailer of {@code size} (the self-test loads the SMALL one, for speed). */
    public ImportSummary load(SampleSize size, ProgressListener progress) {
        try (ScratchDirectory directory = ScratchDirectory.create(null, "reassort-sample")) {
            progress.progress(0, -1, "Generating the sample retailer…");
            SampleRetailer retailer = SampleRetailer.generate(SampleRetailer.DEFAULT_SEED, lastDay(), size);
            ProgressListener.checkCancelled();
            List<FileToImport> files = SampleFiles.writeCsvFiles(retailer, directory.path(), progress).stream()
                    .map(written -> new FileToImport(written.path(), null))
                    .toList();
            return imports.importNow(files, false, null, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the sample files: " + e.getMessage(), e);
        }
    }
}
