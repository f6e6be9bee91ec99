package reassort.app.forecast;

/** There is nothing to forecast from: the store holds no complete week of sales. */
public final class NoSalesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSalesException(String message) {
        super(message);
    }
}
