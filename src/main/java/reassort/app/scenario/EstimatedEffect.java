package reassort.app.scenario;

import reassort.engine.scenario.PromotionEffect;

/**
 * The effect a scenario's promotion is given in one channel: the planner's or the one fitted on past promotions of
 * its category in that channel.
 *
 * @param fit the elasticity fit in words ("elasticity 2.1 ± 0.3, …"), empty when the planner entered the uplift
 */
public record EstimatedEffect(String promotionCode, String category, String channel, double discountPercent,
        PromotionEffect effect, String fit) {}
