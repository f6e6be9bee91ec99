package reassort.engine.policy;

/**
 * The thresholds of the safety-stock method rule. The rule, in order (first match wins):
 * <ol>
 *   <li>a method set by the planner for the item;</li>
 *   <li>smooth demand — the average demand interval (ADI) is at most {@code intermittentAdi} or unknown — with a
 *       mean over the protection interval of at least {@code slowMoverMean} units: {@link SafetyStockMethod#NORMAL};</li>
 *   <li>otherwise (slow or intermittent), when enough forecast errors were observed that at least
 *       {@code empiricalMinimumTail} interval totals lie beyond the target quantile:
 *       {@link SafetyStockMethod#EMPIRICAL};</li>
 *   <li>intermittent (ADI above {@code intermittentAdi}) with a positive size variance:
 *       {@link SafetyStockMethod#COMPOUND_INTERMITTENT};</li>
 *   <li>variance over mean at most {@code poissonMaxDispersion}: {@link SafetyStockMethod#POISSON}; else
 *       {@link SafetyStockMethod#NEGATIVE_BINOMIAL}.</li>
 * </ol>
 * Why: the normal approximation is good once many units are sold per interval; for few units its symmetric tail
 * misjudges the risk, and the discrete or compound models see that demand is whole units and often zero. Observed
 * errors are preferred for those items when there are enough of them to see the tail that matters.
 */
public record MethodRules(double intermittentAdi, double slowMoverMean, double poissonMaxDispersion, int empiricalMinimumTail) {
    public MethodRules {
        if (!(intermittentAdi >= 1)) {
            throw new IllegalArgumentException("Intermittent ADI threshold (" + Numbers.fmt(intermittentAdi)
                    + ") must be at least 1. Maybe use 1.32 (Syntetos–Boylan).");
        }
        if (!(slowMoverMean >= 0)) {
            throw new IllegalArgumentException("Slow-mover threshold (" + Numbers.fmt(slowMoverMean) + " units) must be zero or more.");
        }
        if (!(poissonMaxDispersion >= 1)) {
            throw new IllegalArgumentException("Poisson dispersion threshold (" + Numbers.fmt(poissonMaxDispersion)
                    + ") must be at least 1. Maybe use 1.1.");
        }
        if (empiricalMinimumTail < 1) {
            throw new IllegalArgumentException("Empirical tail count (" + empiricalMinimumTail + ") must be at least 1. Maybe use 10.");
        }
    }

    public static MethodRules defaults() {
        return new MethodRules(1.32, 20, 1.1, 10);
    }

    /** A chosen method and the sentence saying why. */
    public record Choice(SafetyStockMethod method, String reason) {}

    /**
     * @param intervalMean forecast over the protection interval
     * @param intervalVariance its variance (errors and lead time)
     * @param empiricalTotals how many interval totals the error samples give
     */
    public Choice choose(SafetyStockMethod forced, double adi, double intervalMean, double intervalVariance,
            int empiricalTotals, double targetProbability, boolean compoundPossible) {
        if (forced != null) {
            return new Choice(forced, "set for this item by the planner");
        }
        // the reasons name the thresholds but not the item's own figures (those are the step's inputs), so that the
        // few distinct sentences are shared by every proposal
        boolean intermittent = !Double.isNaN(adi) && adi > intermittentAdi;
        if (!intermittent && intervalMean >= slowMoverMean) {
            return choice(SafetyStockMethod.NORMAL, "smooth demand (ADI at most " + Numbers.fmt(intermittentAdi)
                    + " or unknown) and at least " + Numbers.fmt(slowMoverMean) + " units over the interval: normal approximation");
        }
        String kind = intermittent ? "intermittent demand (ADI above " + Numbers.fmt(intermittentAdi) + ")"
                : "slow mover (under " + Numbers.fmt(slowMoverMean) + " units over the interval)";
        double beyond = empiricalTotals * (1 - targetProbability);
        if (empiricalTotals > 0 && beyond >= empiricalMinimumTail - 1e-9) {
            return choice(SafetyStockMethod.EMPIRICAL, kind + " with enough observed error totals (at least "
                    + empiricalMinimumTail + " beyond the target): empirical distribution of forecast errors");
        }
        String noEmpirical = empiricalTotals > 0 ? " (too few observed error totals for the tail)" : "";
        if (intermittent && compoundPossible) {
            return choice(SafetyStockMethod.COMPOUND_INTERMITTENT, kind + noEmpirical
                    + ": Bernoulli occurrences × gamma sizes, matched on mean, variance and ADI");
        }
        double dispersion = intervalMean > 0 ? intervalVariance / intervalMean : 1;
        if (dispersion <= poissonMaxDispersion) {
            return choice(SafetyStockMethod.POISSON, kind + noEmpirical + ", variance/mean at most "
                    + Numbers.fmt(poissonMaxDispersion) + ": Poisson");
        }
        return choice(SafetyStockMethod.NEGATIVE_BINOMIAL, kind + noEmpirical + ", variance/mean above "
                + Numbers.fmt(poissonMaxDispersion) + ": negative binomial matched on mean and variance");
    }

    private static Choice choice(SafetyStockMethod method, String reason) {
        return new Choice(method, reason.intern());
    }
}
