package reassort.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import reassort.domain.ProgressListener;

/**
 * Progress of a command on stderr: a line when the step changes, and at most one line a second within a step,
 * with the count done (and the total when known). Quiet with {@code --quiet}.
 */
final class CliProgress implements ProgressListener {
    private static final long MIN_MILLIS_BETWEEN_LINES = 1000;

    private final PrintWriter err;
    private final Clock clock;
    private String lastMessage = "";
    private long lastPrinted;

    CliProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    static ProgressListener to(PrintWriter err, boolean quiet) {
        return quiet ? ProgressListener.NONE : new CliProgress(err, Clock.systemUTC());
    }

    @Override
    public void progress(long done, long total, String message) {
        if (message == null || message.isEmpty()) return;
        long now = clock.millis();
        boolean newStep = !message.equals(lastMessage);
        if (!newStep && now - lastPrinted < MIN_MILLIS_BETWEEN_LINES) return;
        lastMessage = message;
        lastPrinted = now;
        if (total > 0) {
            err.printf(Locale.ROOT, "%s %,d/%,d (%d %%)%n", message, done, total, done * 100 / total);
        } else if (done > 0) {
            err.printf(Locale.ROOT, "%s %,d%n", message, done);
        } else {
            err.println(message);
        }
    }
}
