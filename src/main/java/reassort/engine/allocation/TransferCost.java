package reassort.engine.allocation;

import reassort.domain.Require;

/**
 * What moving stock between two locations costs: a fixed cost per transfer (picking, transport booking) and a cost
 * per unit; a transfer is proposed only when its expected benefit (margin of the sales it saves) beats it, and it
 * moves at least {@code minimumUnits}.
 */
public record TransferCost(double perTransfer, double perUnit, double minimumUnits) {
    public static final TransferCost DEFAULT = new TransferCost(15, 0.5, 2);

    public TransferCost {
        Require.nonNegative(perTransfer, "Cost per transfer");
        Require.nonNegative(perUnit, "Transfer cost per unit");
        Require.nonNegative(minimumUnits, "Minimum units per transfer");
    }

    public double of(double units) {
        return perTransfer + perUnit * units;
    }
}
