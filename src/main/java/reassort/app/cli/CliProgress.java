package reassort.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import reassort.domain.ProgressListener;

/**
 * Progress of a command on stderr: a line when the step changes, and at most one line a second within a step
 * (messages differing only by their numbers are the same step), with the share done when the total is known.
 * Quiet with {@code --quiet}.
 */
final class CliProgress implements ProgressListener {
    private static final long MIN_MILLIS_BETWEEN_LINES = 1000;

    private final PrintWriter err;
    private final Clock clock;
    private String lastStep = "";
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
        String step = message.replaceAll("[\\d.,\\s\\u00a0\\u202f]+", " ");
        boolean newStep = !step.equals(lastStep);
        if (!newStep && now - lastPrinted < MIN_MILLIS_BETWEEN_LINES) return;
        lastStep = step;
        lastPrinted = now;
        boolean messageHasCount = !message.equals(step.strip()) && message.matches(".*\\d.*");
        if (total > 0) {
            err.printf(Locale.ROOT, "%s (%d %%)%n", message, Math.min(100, done * 100 / total));
        } else if (done > 0 && !messageHasCount) {
            err.printf(Locale.ROOT, "%s %,d%n", message, done);
        } else {
            err.println(message);
        }
    }
}
