package reassort.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import reassort.domain.ProgressListener;

/** Runs work at once on the calling thread, so view models can be tested without the toolkit. */
public final class ImmediateTaskRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int tasksRun;

    @Override
    public <T> void run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        tasksRun++;
        running.set(true);
        T result;
        try {
            result = work.run(ProgressListener.NONE);
        } catch (Exception | Error e) {
            running.set(false);
            onFailure.accept(e);
            return;
        }
        running.set(false);
        onSuccess.accept(result);
    }

    public int tasksRun() {
        return tasksRun;
    }

    @Override
    public void cancel() {}

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
