package reassort.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory that deletes itself and everything in it when closed. */
public final class ScratchDirectory implements AutoCloseable {
    private final Path path;

    private ScratchDirectory(Path path) {
        this.path = path;
    }

    /** Creates one under {@code parent}, or in the system's temporary directory when parent is null. */
    public static ScratchDirectory create(Path parent, String prefix) {
        try {
            return new ScratchDirectory(parent == null
                    ? Files.createTempDirectory(prefix)
                    : Files.createTempDirectory(Files.createDirectories(parent), prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("No room for temporary files" + (parent == null ? "" : " in " + parent)
                    + ": " + e.getMessage() + ". Maybe free some disk space.", e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }
}
