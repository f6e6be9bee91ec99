package reassort.store;

/**
 * A proposal's explanation as stored: its steps (bytes the store does not read; the app renders them, see
 * {@code reassort.engine.policy.ExplanationSteps}) or, for rows written before schema 14 and writers that give
 * text, the text itself. Exactly one of the two is set.
 */
public record StoredExplanation(String text, byte[] steps) {
    public StoredExplanation {
        if ((text == null) == (steps == null)) {
            throw new IllegalArgumentException("A stored explanation has either its text or its steps.");
        }
    }

    public boolean hasSteps() {
        return steps != null;
    }
}
