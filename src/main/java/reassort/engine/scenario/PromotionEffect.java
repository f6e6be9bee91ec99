package reassort.engine.scenario;

/**
 * What a promotion does to demand.
 *
 * @param uplift demand during the promotion over the demand without it (1.5 = half as much again)
 * @param upliftLow lower end of the uplift's 90 % interval (equal to the uplift when the planner entered it)
 * @param upliftHigh upper end of that interval
 * @param postPromotionDip share of the normal demand lost in each week after the promotion (0.1 = 10 % less)
 * @param dipWeeks how many weeks after the promotion the dip lasts
 * @param cannibalisation share of the promoted SKUs' extra units taken from the other SKUs of their category at the
 *     same location and channel (0: none)
 * @param basis where the uplift comes from, in words ("entered by the planner", "estimated from 14 promotions …")
 */
public record PromotionEffect(double uplift, double upliftLow, double upliftHigh, double postPromotionDip, int dipWeeks,
        double cannibalisation, String basis) {
    public PromotionEffect {
        if (!(uplift > 0) || Double.isInfinite(uplift)) {
            throw new IllegalArgumentException("Promotion uplift (" + uplift
                    + ") must be a positive factor, e.g. 1.5 for half as much again. Maybe you entered a percentage.");
        }
        if (!(postPromotionDip >= 0 && postPromotionDip < 1)) {
            throw new IllegalArgumentException("Post-promotion dip (" + postPromotionDip + ") must be from 0 to under 1.");
        }
        if (dipWeeks < 0) throw new IllegalArgumentException("Dip weeks (" + dipWeeks + ") must be zero or more.");
        if (!(cannibalisation >= 0 && cannibalisation <= 1)) {
            throw new IllegalArgumentException("Cannibalisation (" + cannibalisation + ") must be from 0 to 1.");
        }
        upliftLow = Double.isFinite(upliftLow) ? upliftLow : uplift;
        upliftHigh = Double.isFinite(upliftHigh) ? upliftHigh : uplift;
        basis = basis == null ? "" : basis;
    }

    /** An uplift the planner entered, without dip or cannibalisation. */
    public static PromotionEffect entered(double uplift) {
        return new PromotionEffect(uplift, uplift, uplift, 0, 0, 0, "entered by the planner");
    }

    public PromotionEffect withDip(double dip, int weeks) {
        return new PromotionEffect(uplift, upliftLow, upliftHigh, dip, weeks, cannibalisation, basis);
    }

    public PromotionEffect withCannibalisation(double share) {
        return new PromotionEffect(uplift, upliftLow, upliftHigh, postPromotionDip, dipWeeks, share, basis);
    }
}
