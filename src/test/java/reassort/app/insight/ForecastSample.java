package reassort.app.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.domain.ProgressListener;

/**
 * Test fixture: the SMALL sample imported and forecast once per test JVM, copied into each test's directory (an
 * import and a forecast take seconds; a copy takes milliseconds).
 */
public final class ForecastSample {
    /** The Wednesday after the sample's last day of sales. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T08:00:00Z"), ZoneOffset.UTC);
    private static Path master;

    private ForecastSample() {}

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** A store holding the SMALL sample (seed 11) and its forecast, in {@code dir}/store. */
    public static synchronized Path copyTo(Path dir) throws IOException {
        if (master == null) {
            Path work = Files.createTempDirectory("reassort-forecast-sample");
            Path store = SampleStores.importSmall(11, work, CLOCK);
            try (Workspace workspace = Workspace.open(store, CLOCK)) {
                workspace.forecasts().run(13, ProgressListener.NONE);
            }
            master = store;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
        }
        Path target = dir.resolve("store");
        try (Stream<Path> files = Files.walk(master)) {
            files.forEach(source -> {
                try {
                    Path copy = target.resolve(master.relativize(source).toString());
                    if (Files.isDirectory(source)) Files.createDirectories(copy);
                    else Files.copy(source, copy);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
