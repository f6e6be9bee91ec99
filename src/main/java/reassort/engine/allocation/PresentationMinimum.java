package reassort.engine.allocation;

import reassort.domain.Require;

/**
 * Units that stay on a store's shelf for presentation: allocation gives them first, other channels may not take them,
 * and the replenishment policy adds them to the order-up-to level (they are stock that must be there, not stock that
 * sells).
 */
public record PresentationMinimum(Scope scope, double units) {
    public PresentationMinimum {
        scope = scope == null ? Scope.ALL : scope;
        Require.nonNegative(units, "Presentation minimum (" + scope + ")");
    }
}
