package reassort.domain;

/**
 * How long work reports progress, whoever runs it (the CLI prints it, the UI feeds a task's progress bar).
 * Implementations must be cheap: callers report often.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> {};

    /**
     * @param done units of work done so far
     * @param total units of work in all, or -1 when not known yet
     * @param message what is being done, in the planner's words
     */
    void progress(long done, long total, String message);

    /**
     * Work calls this between units (rows, series) so that cancellation is prompt.
     *
     * @throws CancelledException when the thread running the work was interrupted
     */
    static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }
}
