package reassort.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkbenchLauncherTest {

    @Test
    void missingGtkIsOneLineWithTheReasonAndWhatToInstall() {
        String line = WorkbenchLauncher.windowFailure(
                new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(line).doesNotContain("\n")
                .startsWith("Reassort cannot open its window: Unable to load glass GTK library. Maybe install GTK 3")
                .contains("sudo apt-get install libgtk-3-0), or use Reassort without a window", "--help");
    }

    @Test
    void noDisplayPointsToADesktopSessionOrTheCommandLine() {
        String line = WorkbenchLauncher.windowFailure(new UnsupportedOperationException("Unable to open DISPLAY"));

        assertThat(line).doesNotContain("\n").contains("Unable to open DISPLAY. Maybe start it from a desktop session",
                "--help").doesNotContain("libgtk");
    }

    @Test
    void anyOtherReasonStillGivesTheCommandLineAsTheWayOut() {
        assertThat(WorkbenchLauncher.windowFailure(new UnsupportedOperationException()))
                .isEqualTo("Reassort cannot open its window: java.lang.UnsupportedOperationException. Maybe use Reassort "
                        + "without a window: its commands (--help lists them) import, plan and export.");
    }
}
