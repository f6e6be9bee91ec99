package reassort.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store PATH} option every command that touches the store shares. */
public final class StoreOption {
    @Option(
            names = "--store",
            paramLabel = "PATH",
            description = "Store directory (default: the planner's own store in the user data directory).")
    Path store;

    public Path storeDirectoryOrNull() {
        return store;
    }
}
