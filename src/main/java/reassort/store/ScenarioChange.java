package reassort.store;

import reassort.domain.Promotion;
import reassort.domain.Require;

/**
 * One promotion a scenario adds over the plan, with what the planner said about its effect.
 *
 * @param uplift the planner's expected uplift (1.5 = half as much again); NaN to estimate it from past promotions
 * @param postPromotionDip share of demand lost in each week after it (0.1 = 10 %); NaN to estimate it
 * @param dipWeeks weeks the dip lasts
 * @param cannibalisation share of a SKU promotion's extra units taken from its category's other SKUs (0: none)
 */
public record ScenarioChange(Promotion promotion, double uplift, double postPromotionDip, int dipWeeks,
        double cannibalisation) {
    public ScenarioChange {
        Require.present(promotion, "Promotion of a scenario");
        if (!Double.isNaN(uplift) && !(uplift > 0 && uplift < 100)) {
            throw new IllegalArgumentException("Uplift of promotion " + promotion.code() + " (" + uplift
                    + ") must be a factor above 0, e.g. 1.5 for +50 %. Maybe leave it empty to estimate it.");
        }
        if (!Double.isNaN(postPromotionDip) && !(postPromotionDip >= 0 && postPromotionDip < 1)) {
            throw new IllegalArgumentException("Post-promotion dip of " + promotion.code() + " (" + postPromotionDip
                    + ") must be from 0 to under 1, e.g. 0.1 for 10 % less.");
        }
        if (dipWeeks < 0 || dipWeeks > 26) {
            throw new IllegalArgumentException("Dip weeks of " + promotion.code() + " (" + dipWeeks + ") must be 0 to 26.");
        }
        if (!(cannibalisation >= 0 && cannibalisation <= 1)) {
            throw new IllegalArgumentException("Cannibalisation of " + promotion.code() + " (" + cannibalisation
                    + ") must be from 0 to 1, e.g. 0.3 for 30 % of the extra units.");
        }
    }

    /** A promotion whose uplift and dip (over one week) are estimated from past promotions, no cannibalisation. */
    public static ScenarioChange estimated(Promotion promotion) {
        return new ScenarioChange(promotion, Double.NaN, Double.NaN, 1, 0);
    }

    public boolean upliftEstimated() {
        return Double.isNaN(uplift);
    }
}
