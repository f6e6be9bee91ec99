package reassort.store;

/**
 * Keeps the planner's cancellation signal away from H2 and gives it back afterwards. An interrupt flag that
 * reaches H2 either closes its file channel (with plain files) or is swallowed by one of its waits (seen with
 * CHECKPOINT while another transaction is open), so the task would never learn it was cancelled.
 *
 * <pre>
 * boolean interrupted = Interrupts.lower();
 * try { database work } finally { Interrupts.restore(interrupted); }
 * </pre>
 */
final class Interrupts {
    private Interrupts() {}

    /** Clears the current thread's interrupt flag; returns whether it was set. */
    static boolean lower() {
        return Thread.interrupted();
    }

    /** Sets the flag again if it was set before {@link #lower()}. */
    static void restore(boolean wasInterrupted) {
        if (wasInterrupted) Thread.currentThread().interrupt();
    }
}
