package reassort.domain;

/** Thrown by long work that noticed the planner cancelled it; whatever it was writing is rolled back. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled by the user; nothing was changed.");
    }
}
