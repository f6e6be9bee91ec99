package reassort.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM for the tests that need another process: one holding a store open (the lock), one killed in
 * the middle of an import commit (the crash).
 */
final class ChildStoreProcess {
    static final int HALTED = 77;

    private ChildStoreProcess() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[1]);
        switch (args[0]) {
            case "hold" -> hold(directory, Path.of(args[2]));
            case "crash" -> crashWhileCommitting(directory, Integer.MAX_VALUE);
            case "crash-spilled" -> crashWhileCommitting(directory, 25);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Opens the store, says so through {@code readyFile}, then waits to be killed. */
    private static void hold(Path directory, Path readyFile) throws Exception {
        try (Store store = Store.open(directory)) {
            Files.writeString(readyFile, "open with " + store.channels().size() + " channels");
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }
    }

    /**
     * Writes a whole import (sales replacing existing ones, products, stock), forces the uncommitted pages to
     * disk, and halts the JVM just before the transaction commits: no shutdown hook, no close. With a small
     * {@code spillThreshold}, the sales lines went through the staging table first.
     */
    private static void crashWhileCommitting(Path directory, int spillThreshold) {
        Store store = Store.open(directory);
        ImportWriter writer = store.beginImport("crash.csv", spillThreshold);
        TestData.daily("SKU-1", "STORE-1", "STORE", "2025-01-01", "2025-03-31", 9).forEach(writer::add);
        TestData.daily("SKU-9", "STORE-1", "STORE", "2025-01-01", "2025-03-31", 9).forEach(writer::add);
        for (int i = 0; i < 3000; i++) writer.add(TestData.product("NEW-" + i));
        writer.add(TestData.product("SKU-1", "Renamed by the crashed import"));
        writer.add(TestData.stock("SKU-1", "STORE-1", "2025-04-01", 99));
        writer.commit(List.of(), 0, () -> {
            store.checkpoint();
            Runtime.getRuntime().halt(HALTED);
        });
    }

    static Process start(String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", classPath,
                ChildStoreProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
