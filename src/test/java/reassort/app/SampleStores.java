package reassort.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import reassort.app.imports.FileToImport;
import reassort.app.sample.SampleFiles;
import reassort.app.sample.SampleRetailer;
import reassort.app.sample.SampleSize;
import reassort.domain.ProgressListener;

/** Test fixture: a file store holding the SMALL sample retailer, imported through the real import path. */
public final class SampleStores {
    /** A Sunday: the fixture's last day of sales. */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 15);

    /** The Wednesday after the fixture's last day of sales, 08:00 UTC: "today" for the tests that plan. */
    public static final Clock WEDNESDAY_AFTER = Clock.fixed(Instant.parse("2026-11-18T08:00:00Z"), ZoneOffset.UTC);

    private SampleStores() {}

    /** Writes the SMALL sample of {@code seed} as French CSV under {@code workDir} and imports it into a store there. */
    public static Path importSmall(long seed, Path workDir, Clock clock) throws IOException {
        Path store = workDir.resolve("store");
        SampleRetailer sample = SampleRetailer.generate(seed, LAST_DAY, SampleSize.SMALL);
        Path files = Files.createDirectories(workDir.resolve("files"));
        List<FileToImport> toImport = SampleFiles.writeCsvFiles(sample, files, ProgressListener.NONE).stream()
                .map(file -> new FileToImport(file.path(), null)).toList();
        try (Workspace workspace = Workspace.open(store, clock)) {
            workspace.imports().importNow(toImport, false, null, ProgressListener.NONE);
        }
        return store;
    }

    /** {@link #importSmall}, then one plan run (forecasts and proposals). */
    public static Path importSmallAndPlan(long seed, Path workDir, Clock clock) throws IOException {
        Path store = importSmall(seed, workDir, clock);
        try (Workspace workspace = Workspace.open(store, clock)) {
            workspace.plans().run(false, ProgressListener.NONE);
        }
        return store;
    }

    /** {@link #importSmallAndPlan}, then one allocation run. */
    public static Path importSmallPlanAndAllocate(long seed, Path workDir, Clock clock) throws IOException {
        Path store = importSmallAndPlan(seed, workDir, clock);
        try (Workspace workspace = Workspace.open(store, clock)) {
            workspace.allocations().run(ProgressListener.NONE);
        }
        return store;
    }
}
