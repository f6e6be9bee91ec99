package reassort.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way the UI runs importing, planning, saving, exporting and simulating: off the FX thread, one task at a
 * time, with progress and cancel shown in the status bar. Callbacks run on the FX thread.
 */
public interface TaskRunner {

    <T> void run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Asks the running task to stop; the work notices between rows or series and rolls back. */
    void cancel();

    ReadOnlyBooleanProperty runningProperty();

    /** 0..1, or -1 while the amount of work is not known. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();
}
