package reassort.engine.policy;

/** Units per pack a supplier ships; order quantities are whole packs. */
public record PackSize(int units) {
    public PackSize {
        if (units <= 0) {
            throw new IllegalArgumentException("Pack size (" + units
                    + ") must be at least 1. Maybe the pack-size column is empty; use 1 for single units.");
        }
    }

    public static PackSize of(int units) {
        return new PackSize(units);
    }

    public static final PackSize SINGLE_UNITS = new PackSize(1);
}
