package reassort.engine.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Safety stock for one item: models demand over the protection interval P = wait + L + R with the method chosen by
 * {@link MethodRules}, then sets the level that meets the target.
 * <ul>
 *   <li>Cycle service α: the level S is the α-quantile of demand over P; with the normal approximation
 *       SS = z·σ_P, σ_P = √(Σσ_h² + d²σ_L²), which is z·√((R+L)σ² + d²σ_L²) when σ does not change with horizon.</li>
 *   <li>Fill rate β: S is the level where the expected shortage per cycle equals (1 − β)·Q, Q the expected demand
 *       per cycle (the order quantity). Shortage per cycle with backorders is E[(D_P − S)⁺] − E[(D_L − S)⁺]: the
 *       second term, shortages already counted in the previous cycle, is usually tiny, and then the normal case is
 *       the textbook σ_P·G(k) = (1 − β)·Q.</li>
 * </ul>
 * A negative safety stock (a fill-rate target met by the cycle stock alone) is set to 0 unless allowed.
 */
public final class SafetyStock {
    private SafetyStock() {}

    /**
     * @param cycleQuantity Q, the expected demand per replenishment cycle (fill-rate targets only)
     * @param forcedMethod a method the planner set for the item, or null to let the rule choose
     */
    public record Request(
            DemandForecast forecast,
            ProtectionInterval interval,
            ServiceTarget target,
            double cycleQuantity,
            SafetyStockMethod forcedMethod,
            MethodRules rules,
            boolean allowNegative) {}

    /**
     * @param intervalMean μ_P, forecast over the protection interval
     * @param intervalStdDev σ_P of the model used
     * @param factor z (cycle service) or k (fill rate) for the normal method; NaN for the others
     * @param level μ_P + SS: the stock position that covers the protection interval at the target
     */
    public record Result(
            SafetyStockMethod method,
            String methodReason,
            double intervalMean,
            double intervalStdDev,
            double factor,
            double safetyStock,
            double level,
            boolean poissonVarianceAssumed,
            List<ExplanationStep> steps) {
        public Result {
            steps = List.copyOf(steps);
        }
    }

    public static Result compute(Request request) {
        DemandForecast f = request.forecast();
        ProtectionInterval interval = request.interval();
        double p = interval.periods();
        double untilReceipt = interval.untilReceiptPeriods();
        double sigmaL = interval.leadTimeStdDevPeriods();
        double alpha = request.target().level().probability();
        boolean fillRate = request.target().measure() == ServiceMeasure.FILL_RATE;

        double muP = f.totalOver(p);
        boolean poissonAssumed = !f.hasErrorStdDev();
        double errVarP = poissonAssumed ? muP : f.errorVarianceOver(p);
        double dBar = p > 0 ? muP / p : f.meanAt(0);
        double ltVar = dBar * dBar * sigmaL * sigmaL;
        double varP = errVarP + ltVar;
        double muL = f.totalOver(untilReceipt);
        double varL = untilReceipt <= 0 ? 0 : (poissonAssumed ? muL : f.errorVarianceOver(untilReceipt)) + ltVar;

        List<ExplanationStep> steps = new ArrayList<>(5);
        steps.add(new ExplanationStep("demand.overInterval", "Forecast over the protection interval",
                "μ_P = Σ forecast per period over P periods",
                List.of(StepInput.of("P", "protection interval", p, "periods"),
                        StepInput.of("d₁", "forecast of the first period", f.meanAt(0), "units"),
                        StepInput.of("d̄", "mean forecast per period over P", dBar, "units")),
                muP, "units", f.horizon() < Math.ceil(p - 1e-9)
                        ? "the forecast covers " + f.horizon() + " periods: the last one is repeated" : ""));
        steps.add(new ExplanationStep("demand.variability", "Demand variability over the interval",
                "σ_P = √(Σσ_h² + d̄²·σ_L²)",
                List.of(StepInput.of("Σσ_h²", "forecast-error variance over P", errVarP, "units²"),
                        StepInput.of("d̄", "mean forecast per period", dBar, "units"),
                        StepInput.of("σ_L", "lead-time standard deviation", sigmaL, "periods")),
                Math.sqrt(varP), "units",
                poissonAssumed ? "no forecast-error deviation was given: variance per period taken equal to the mean (Poisson)"
                        : "forecast-error deviation by horizon; errors of different periods taken as independent"));

        if (muP <= 0) {
            steps.add(new ExplanationStep("safetyStock", "Safety stock", "SS = 0", List.of(), 0, "units",
                    "no demand is forecast over the protection interval"));
            return new Result(SafetyStockMethod.NORMAL, "no demand is forecast over the protection interval", 0,
                    Math.sqrt(varP), Double.NaN, 0, 0, poissonAssumed, steps);
        }

        int empiricalPeriods = Math.max(1, (int) Math.round(p));
        int empiricalTotals = Math.max(0, f.errorSampleCount() - empiricalPeriods + 1);
        double adi = f.averageDemandInterval();
        double occurrence = Double.isNaN(adi) ? Double.NaN : 1 / adi;
        double sizeMean = dBar / occurrence;
        double perPeriodVar = errVarP / p;
        double sizeVariance = (perPeriodVar + dBar * dBar) / occurrence - sizeMean * sizeMean;
        boolean compoundPossible = !Double.isNaN(adi) && adi > 1 && sizeVariance > 0;
        sizeVariance = Math.max(sizeVariance, 0.0025 * sizeMean * sizeMean);

        MethodRules.Choice choice = request.rules().choose(request.forcedMethod(), adi, muP, varP, empiricalTotals,
                alpha, compoundPossible);
        SafetyStockMethod method = choice.method();
        List<StepInput> methodInputs = List.of(
                StepInput.of("ADI", "average demand interval", adi, "periods"),
                StepInput.of("μ_P", "forecast over the interval", muP, "units"),
                StepInput.of("σ_P²/μ_P", "variance over mean", varP / muP, ""),
                StepInput.of("n_e", "observed interval totals of forecast errors", empiricalTotals, ""));
        steps.add(new ExplanationStep("safetyStock.method", "Safety-stock method", method.english(), methodInputs,
                Double.NaN, "", choice.reason()));

        IntervalDemand demandP;
        IntervalDemand demandL;
        switch (method) {
            case NORMAL -> {
                demandP = IntervalDemand.normal(muP, Math.sqrt(varP));
                demandL = IntervalDemand.normal(muL, Math.sqrt(varL));
            }
            case POISSON -> {
                demandP = IntervalDemand.poisson(muP);
                demandL = IntervalDemand.poisson(muL);
            }
            case NEGATIVE_BINOMIAL -> {
                demandP = IntervalDemand.negativeBinomial(muP, varP);
                demandL = IntervalDemand.negativeBinomial(muL, varL);
            }
            case COMPOUND_INTERMITTENT -> {
                if (Double.isNaN(adi)) {
                    throw new IllegalArgumentException("The compound intermittent method needs the average demand interval"
                            + " (ADI), which the forecast does not give. Maybe let the rule choose the method.");
                }
                demandP = compound(occurrence, sizeMean, sizeVariance, interval.waitPeriods() + interval.reviewPeriods(),
                        interval.leadTimePeriods(), sigmaL);
                demandL = untilReceipt <= 0 ? IntervalDemand.normal(0, 0)
                        : compound(occurrence, sizeMean, sizeVariance, interval.waitPeriods(), interval.leadTimePeriods(), sigmaL);
            }
            case EMPIRICAL -> {
                if (empiricalTotals == 0) {
                    throw new IllegalArgumentException("The empirical method needs forecast-error samples covering "
                            + empiricalPeriods + " periods; the forecast has " + f.errorSampleCount()
                            + ". Maybe let the rule choose the method.");
                }
                demandP = empirical(f, p, muP, poissonAssumed ? Double.NaN : varP, ltVar);
                demandL = untilReceipt <= 0 ? IntervalDemand.normal(0, 0)
                        : empirical(f, untilReceipt, muL, poissonAssumed ? Double.NaN : varL, ltVar);
            }
            default -> throw new IllegalStateException("Unknown method " + method);
        }
        double sdP = demandP.standardDeviation();

        double level;
        double factor = Double.NaN;
        ExplanationStep ssStep;
        if (!fillRate) {
            if (method == SafetyStockMethod.NORMAL) {
                factor = NormalMath.quantile(alpha);
                level = muP + factor * sdP;
                ssStep = new ExplanationStep("safetyStock", "Safety stock (cycle service)", "SS = z·σ_P",
                        List.of(StepInput.of("α", "cycle service target", alpha * 100, "%"),
                                StepInput.of("z", "standard normal quantile of α", factor, ""),
                                StepInput.of("σ_P", "standard deviation over the interval", sdP, "units")),
                        factor * sdP, "units", "");
            } else {
                level = demandP.quantile(alpha);
                ssStep = new ExplanationStep("safetyStock", "Safety stock (cycle service)",
                        "S = min{x : P(D_P ≤ x) ≥ α}; SS = S − μ_P",
                        List.of(StepInput.of("α", "cycle service target", alpha * 100, "%"),
                                StepInput.of("S", "level reached with probability α", level, "units"),
                                StepInput.of("μ_P", "forecast over the interval", muP, "units")),
                        level - muP, "units", "");
            }
        } else {
            double q = request.cycleQuantity();
            if (!(q > 0)) {
                throw new IllegalArgumentException("A fill-rate target needs a positive quantity per cycle (Q = "
                        + Numbers.fmt(q) + "). Maybe use a cycle service target for this item.");
            }
            double allowed = (1 - alpha) * q;
            level = solveFillRate(demandP, demandL, allowed);
            double carried = demandL.expectedShortage(level);
            if (method == SafetyStockMethod.NORMAL) {
                factor = sdP > 0 ? (level - muP) / sdP : 0;
                ssStep = new ExplanationStep("safetyStock", "Safety stock (fill rate)",
                        "σ_P·G(k) − σ_L·G(k_L) = (1 − β)·Q; SS = k·σ_P",
                        List.of(StepInput.of("β", "fill-rate target", alpha * 100, "%"),
                                StepInput.of("Q", "demand per cycle", q, "units"),
                                StepInput.of("σ_P", "standard deviation over the interval", sdP, "units"),
                                StepInput.of("σ_L·G(k_L)", "shortage already counted in the previous cycle", carried, "units"),
                                StepInput.of("k", "safety factor", factor, "")),
                        level - muP, "units", "");
            } else {
                ssStep = new ExplanationStep("safetyStock", "Safety stock (fill rate)",
                        "S = min{x : E[(D_P − x)⁺] − E[(D_L − x)⁺] ≤ (1 − β)·Q}; SS = S − μ_P",
                        List.of(StepInput.of("β", "fill-rate target", alpha * 100, "%"),
                                StepInput.of("Q", "demand per cycle", q, "units"),
                                StepInput.of("E[(D_L − S)⁺]", "shortage already counted in the previous cycle", carried, "units"),
                                StepInput.of("S", "level", level, "units"),
                                StepInput.of("μ_P", "forecast over the interval", muP, "units")),
                        level - muP, "units", "");
            }
        }
        double safetyStock = level - muP;
        if (safetyStock < 0 && !request.allowNegative()) {
            ssStep = new ExplanationStep(ssStep.key(), ssStep.label(), ssStep.formula(), ssStep.inputs(), 0, "units",
                    "the formula gives " + Numbers.fmt2(safetyStock) + ": the cycle stock alone meets the target;"
                            + " safety stock kept at 0 (negative safety stock is not allowed)");
            safetyStock = 0;
            level = muP;
        }
        steps.add(ssStep);
        return new Result(method, choice.reason(), muP, sdP, factor, safetyStock, level, poissonAssumed, steps);
    }

    /** The lowest level whose expected shortage per cycle is at most {@code allowed}. */
    static double solveFillRate(IntervalDemand demandP, IntervalDemand demandL, double allowed) {
        double sd = Math.max(demandP.standardDeviation(), 1e-9);
        if (demandP.discrete()) {
            long lo = -1; // shortage(lo) > allowed (treated as such)
            long hi = Math.max(1, (long) Math.ceil(demandP.mean()));
            while (shortage(demandP, demandL, hi) > allowed) {
                lo = hi;
                hi = hi * 2;
            }
            while (hi - lo > 1) {
                long mid = (lo + hi) >>> 1;
                if (shortage(demandP, demandL, mid) > allowed) lo = mid; else hi = mid;
            }
            return hi;
        }
        double lo = demandP.mean() - 12 * sd - 1;
        double hi = demandP.mean() + 6 * sd + 1;
        if (shortage(demandP, demandL, lo) <= allowed) return lo;
        while (shortage(demandP, demandL, hi) > allowed) hi += 6 * sd + 1;
        for (int i = 0; i < 200 && hi - lo > 1e-9 * Math.max(1, Math.abs(hi)); i++) {
            double mid = 0.5 * (lo + hi);
            if (shortage(demandP, demandL, mid) > allowed) lo = mid; else hi = mid;
        }
        return hi;
    }

    private static double shortage(IntervalDemand p, IntervalDemand l, double level) {
        return p.expectedShortage(level) - l.expectedShortage(level);
    }

    private static IntervalDemand compound(double occurrence, double sizeMean, double sizeVariance, double basePeriods,
            double leadTimePeriods, double sigmaL) {
        if (sigmaL <= 0) {
            return new CompoundIntervalDemand(occurrence, sizeMean, sizeVariance,
                    new double[] {basePeriods + leadTimePeriods}, new double[] {1});
        }
        double spread = Math.sqrt(3) * sigmaL;
        return new CompoundIntervalDemand(occurrence, sizeMean, sizeVariance,
                new double[] {basePeriods + Math.max(0, leadTimePeriods - spread), basePeriods + leadTimePeriods,
                        basePeriods + leadTimePeriods + spread},
                new double[] {1.0 / 6, 2.0 / 3, 1.0 / 6});
    }

    /**
     * Totals of n = round(t) consecutive observed errors keep the shape (skew, bias) of real errors; their spread is
     * rescaled to the model variance of the interval (or, without an error deviation, to the observed one scaled to t
     * periods plus the lead-time term), and their mean bias is kept.
     */
    private static IntervalDemand empirical(DemandForecast f, double periods, double mean, double modelVariance, double ltVar) {
        int n = Math.max(1, (int) Math.round(periods));
        int count = f.errorSampleCount() - n + 1;
        double[] sums = new double[count];
        double running = 0;
        for (int i = 0; i < n; i++) running += f.errorSample(i);
        sums[0] = running;
        for (int j = 1; j < count; j++) {
            running += f.errorSample(j + n - 1) - f.errorSample(j - 1);
            sums[j] = running;
        }
        double m = 0;
        for (double s : sums) m += s;
        m /= count;
        double v = 0;
        for (double s : sums) v += (s - m) * (s - m);
        v /= count;
        double scale = periods / n;
        double targetVariance = Double.isNaN(modelVariance) ? v * scale + ltVar : modelVariance;
        double stretch = v > 0 ? Math.sqrt(targetVariance / v) : 0;
        double[] totals = new double[count];
        for (int j = 0; j < count; j++) {
            totals[j] = Math.max(0, mean + m * scale + (sums[j] - m) * stretch);
        }
        return new EmpiricalIntervalDemand(totals);
    }
}
