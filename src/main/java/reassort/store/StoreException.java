package reassort.store;

/** The store could not do what was asked; the message says so in the planner's words, with the store's place. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
