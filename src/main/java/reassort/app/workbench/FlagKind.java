package reassort.app.workbench;

import java.util.List;

/**
 * The kinds of warning the policy engine puts on a proposal. The store keeps each flag as its English sentence only,
 * so the kind is recognised from how the sentence starts (see reassort.engine.policy.PolicyEngine and the sizing
 * steps); a sentence of an unknown shape is {@link #OTHER}.
 */
public enum FlagKind {
    NO_FORECAST_ERROR("No forecast-error deviation"),
    NO_STOCK_SNAPSHOT("No stock snapshot"),
    NEGATIVE_ON_HAND("On-hand stock is negative"),
    OVERDUE_ORDER("Purchase order "),
    MOQ_ABOVE_MAXIMUM_STOCK("The MOQ ("),
    BELOW_MINIMUM_ORDER_VALUE("The order to "),
    OTHER("");

    private static final List<FlagKind> KNOWN = List.of(values()).subList(0, values().length - 1);
    private final String opening;

    FlagKind(String opening) {
        this.opening = opening;
    }

    public static FlagKind of(String flagText) {
        for (FlagKind kind : KNOWN) {
            if (flagText.startsWith(kind.opening)) return kind;
        }
        return OTHER;
    }

    /** The bit of this kind in a row's set of kinds. */
    int bit() {
        return 1 << ordinal();
    }
}
