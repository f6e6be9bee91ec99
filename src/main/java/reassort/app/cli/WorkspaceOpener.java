package reassort.app.cli;

import java.time.Clock;
import reassort.app.Workspace;

/** Opens the workspace a command works on: the {@code --store} directory, or the planner's own store. */
final class WorkspaceOpener {
    private WorkspaceOpener() {}

    static Workspace open(StoreOption option) {
        return Workspace.open(option.storeDirectoryOrNull(), Clock.systemDefaultZone());
    }
}
