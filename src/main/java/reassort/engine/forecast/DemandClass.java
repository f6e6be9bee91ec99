package reassort.engine.forecast;

/**
 * Syntetos–Boylan–Croston demand categories from the average demand interval (ADI, cut-off 1.32) and the
 * squared coefficient of variation of the non-zero demand sizes (CV², cut-off 0.49).
 */
public enum DemandClass {
    /** Regular demand of steady size: classic smoothing methods. */
    SMOOTH("smooth"),
    /** Regular demand of very variable size. */
    ERRATIC("erratic"),
    /** Many periods without demand, steady size when it comes: Croston family. */
    INTERMITTENT("intermittent"),
    /** Many periods without demand, variable size: the hardest to forecast. */
    LUMPY("lumpy"),
    /** Not a single period with demand in the history. */
    NO_DEMAND("no demand");

    public static final double ADI_CUTOFF = 1.32;
    public static final double CV2_CUTOFF = 0.49;

    private final String label;

    DemandClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isIntermittent() {
        return this == INTERMITTENT || this == LUMPY;
    }

    public static DemandClass of(double adi, double cv2) {
        if (Double.isInfinite(adi) || Double.isNaN(adi)) return NO_DEMAND;
        boolean sparse = adi >= ADI_CUTOFF;
        boolean variable = cv2 >= CV2_CUTOFF;
        if (sparse) return variable ? LUMPY : INTERMITTENT;
        return variable ? ERRATIC : SMOOTH;
    }
}
