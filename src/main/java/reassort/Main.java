package reassort;

import reassort.app.cli.Cli;
import reassort.ui.WorkbenchLauncher;

/**
 * Entry point of {@code reassort.jar}: no argument opens the workbench, anything else is a command run without
 * a window. Kept apart from the JavaFX {@code Application} class, which cannot start from a fat jar's main class.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            int status = WorkbenchLauncher.launch(args);
            if (status != 0) System.exit(status);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
