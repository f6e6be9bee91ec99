package reassort.engine.allocation;

/**
 * How the planner's decisions on a SKU × source changed what its undecided lines share (see {@link Allocator}).
 *
 * @param grossSupply whole units the source could give before the decisions
 * @param heldLines lines whose planner's quantity (edited, approved, exported) is taken first
 * @param held units those lines hold
 * @param rejectedLines lines the planner rejected
 * @param freed units the rejected lines would have got without the decisions, now shared by the others
 */
public record Netting(double grossSupply, int heldLines, double held, int rejectedLines, double freed) {
    /** What the undecided lines share: never negative. */
    public double netSupply() {
        return Math.max(0, grossSupply - held);
    }

    /** Units the decisions hold beyond the supply (0 when they fit). */
    public double overSupply() {
        return Math.max(0, held - grossSupply);
    }
}
