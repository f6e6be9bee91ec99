package reassort.engine.scenario;

/**
 * One past promotion's measured effect in one channel × category: its discount and the units sold over the
 * baseline (what the same weeks would have sold without it).
 *
 * @param weight how much the observation counts (e.g. the baseline units it rests on)
 */
public record UpliftObservation(double discountPercent, double uplift, double weight) {
    public UpliftObservation {
        if (!(discountPercent >= 0 && discountPercent < 100)) {
            throw new IllegalArgumentException("Discount (" + discountPercent + " %) must be from 0 to under 100.");
        }
        if (!(uplift > 0) || Double.isInfinite(uplift)) {
            throw new IllegalArgumentException("Measured uplift (" + uplift + ") must be positive.");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("Weight (" + weight + ") must be positive.");
        }
    }
}
