package reassort.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import reassort.domain.CancelledException;

/** Runs background work on one daemon thread through JavaFX {@link Task}s. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reassort-background");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Task<?> current;

    @Override
    public <T> void run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (running.get()) {
            onFailure.accept(new IllegalStateException(
                    "“" + message.get() + "” is still running. Wait for it or cancel it first."));
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                return work.run((done, total, text) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    } else {
                        updateProgress(-1, 1);
                    }
                    if (text != null && !text.isEmpty()) updateMessage(text);
                });
            }
        };
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        current = task;
        task.setOnSucceeded(e -> {
            finish();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finish();
            onFailure.accept(new CancelledException());
        });
        executor.execute(task);
    }

    private void finish() {
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set("");
        running.set(false);
        current = null;
    }

    @Override
    public void cancel() {
        if (current != null) current.cancel(true);
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

}
