package reassort.ui.common;

import reassort.domain.CancelledException;

/** How a failed background task is told to the planner: cancellations are not failures, messages shown as they are. */
public final class Failures {
    private Failures() {}

    public static String describe(Throwable failure, I18n i18n) {
        if (failure instanceof CancelledException) return i18n.text("status.cancelled");
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) shown = shown.getCause();
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return i18n.text("status.failed", message.replaceAll("\\s*\\R\\s*", " "));
    }
}
