package reassort.engine.policy;

/**
 * Thresholds of the ABC and XYZ classes.
 *
 * @param aShare cumulative share of value covered by class A (default 0.80)
 * @param bShare share covered by class B after A (default 0.15; C takes the rest)
 * @param xMaxCv largest coefficient of variation of class X (default 0.5)
 * @param yMaxCv largest coefficient of variation of class Y (default 1.0; above is Z)
 */
public record ClassificationSettings(double aShare, double bShare, double xMaxCv, double yMaxCv) {
    public ClassificationSettings {
        if (!(aShare > 0 && bShare >= 0 && aShare + bShare <= 1 + 1e-12)) {
            throw new IllegalArgumentException("ABC shares (A " + Numbers.fmt(aShare * 100) + " %, B "
                    + Numbers.fmt(bShare * 100) + " %) must be positive and add up to at most 100 %. Maybe use 80 % and 15 %.");
        }
        if (!(xMaxCv > 0 && yMaxCv >= xMaxCv)) {
            throw new IllegalArgumentException("XYZ thresholds (X up to " + Numbers.fmt(xMaxCv) + ", Y up to "
                    + Numbers.fmt(yMaxCv) + ") must be positive and rising. Maybe use 0.5 and 1.0.");
        }
    }

    public static ClassificationSettings defaults() {
        return new ClassificationSettings(0.80, 0.15, 0.5, 1.0);
    }
}
