package reassort.store;

import java.nio.file.Path;

/** Another process (another Reassort window, a running command) holds the store's file lock. */
public final class StoreLockedException extends StoreException {
    private final transient Path directory;

    StoreLockedException(Path directory, Throwable cause) {
        super("The store " + directory + " is open in another Reassort window. Close it, or pass --store to use "
                + "another store.", cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
