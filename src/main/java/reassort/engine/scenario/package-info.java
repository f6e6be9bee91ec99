/**
 * What-if promotion scenarios: the promotion's effect on demand (uplift estimated from past promotions by a
 * price-elasticity regression, post-promotion dip, cannibalisation), forecasts × that effect, the policy engine's
 * proposals on them and a Monte Carlo projection of stock and service, compared with the baseline.
 */
package reassort.engine.scenario;
