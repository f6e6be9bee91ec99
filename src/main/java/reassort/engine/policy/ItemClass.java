package reassort.engine.policy;

/**
 * The computed classes of one item with what they were computed from.
 *
 * @param annualValue forecast yearly demand × unit cost
 * @param cumulativeShare share of total value of this item and every item worth more (what ABC cuts on)
 * @param coefficientOfVariation one-period forecast-error deviation over mean demand per period (what XYZ cuts on)
 */
public record ItemClass(AbcClass abc, XyzClass xyz, double annualValue, double cumulativeShare, double coefficientOfVariation) {
    @Override
    public String toString() {
        return abc.name() + xyz.name();
    }
}
