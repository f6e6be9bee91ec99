package reassort.ui.common;

import javafx.beans.value.ChangeListener;

/** Runs work through the task runner as soon as it is free (it runs one task at a time and refuses a second). */
public final class Idle {
    private Idle() {}

    /** Runs {@code start} now when no task is running, else once the running task has finished. FX thread only. */
    public static void then(TaskRunner tasks, Runnable start) {
        if (!tasks.runningProperty().get()) {
            start.run();
            return;
        }
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> value, Boolean was, Boolean running) {
                if (running) return;
                tasks.runningProperty().removeListener(this);
                // after the finished task's own callbacks, which may start the next task
                javafx.application.Platform.runLater(() -> then(tasks, start));
            }
        };
        tasks.runningProperty().addListener(once);
    }
}
