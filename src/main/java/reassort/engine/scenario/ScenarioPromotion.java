package reassort.engine.scenario;

import reassort.domain.Promotion;
import reassort.domain.Require;

/** A promotion of a scenario with the effect it is expected to have. */
public record ScenarioPromotion(Promotion promotion, PromotionEffect effect) {
    public ScenarioPromotion {
        Require.present(promotion, "Promotion");
        Require.present(effect, "Effect of promotion " + promotion.code());
    }
}
