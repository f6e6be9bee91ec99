package reassort.engine.simulation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;
import reassort.engine.policy.DemandForecast;
import reassort.engine.policy.ItemParameters;
import reassort.engine.policy.PolicyEngine;
import reassort.engine.policy.PolicyInput;
import reassort.engine.policy.PolicyItem;
import reassort.engine.policy.PolicySettings;
import reassort.engine.policy.Proposal;
import reassort.engine.policy.SafetyStockMethod;
import reassort.engine.policy.ServiceTarget;
import reassort.engine.policy.SupplierTerms;

/**
 * Compares, by simulation, the stock the computed policy needs with the stock of a plain min/max rule reaching the
 * same service. Weekly periods, weekly review (orders on Mondays), backorders; shipments are independent, so an
 * order with a short lead time may overtake an earlier one (with strict sequencing and a lead-time spread as wide as
 * the review period, receipts bunch and "cycles" stop meaning one review period each).
 *
 * <p>The plain rule is what planners set by hand: min = mean demand × (lead time + review) + m weeks of mean demand
 * as safety cover, max = min + one review period of mean demand. m is tuned by bisection:
 * <ul>
 *   <li>once for the whole portfolio (one safety cover for every item, the usual practice), so that the mean cycle
 *       service level over the archetypes equals the computed policy's;</li>
 *   <li>and per archetype (a different cover for each item), which no longer is a plain rule but shows how much of
 *       the difference comes from sizing safety stock by variability rather than from the policy's form.</li>
 * </ul>
 * Stock is compared in weeks of cover (average on hand over mean demand), so slow and fast items weigh the same.
 */
public final class PolicyBenchmark {
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    private static final int REVIEW = 1;

    /** A demand pattern and lead time to test the policies on. */
    public record Archetype(String name, DemandSource demand, LeadTimeSource leadTime) {}

    /** One archetype's results: the computed policy, the portfolio-tuned and the archetype-tuned min/max. */
    public record Row(Archetype archetype, SafetyStockMethod method, SimulationReport policy, SimulationReport minMaxPortfolio,
            double archetypeCover, SimulationReport minMaxArchetype) {
        public double policyWeeksOfCover() {
            return policy.averageOnHand() / archetype.demand().mean();
        }

        public double minMaxPortfolioWeeksOfCover() {
            return minMaxPortfolio.averageOnHand() / archetype.demand().mean();
        }

        public double minMaxArchetypeWeeksOfCover() {
            return minMaxArchetype.averageOnHand() / archetype.demand().mean();
        }
    }

    /** The comparison over all archetypes. {@code portfolioCover} is the tuned m, in weeks. */
    public record Comparison(double target, List<Row> rows, double portfolioCover) {
        public double policyMeanCsl() {
            return rows.stream().mapToDouble(r -> r.policy().cycleServiceLevel()).average().orElse(Double.NaN);
        }

        public double minMaxMeanCsl() {
            return rows.stream().mapToDouble(r -> r.minMaxPortfolio().cycleServiceLevel()).average().orElse(Double.NaN);
        }

        public double policyCover() {
            return rows.stream().mapToDouble(Row::policyWeeksOfCover).sum();
        }

        public double minMaxPortfolioCover() {
            return rows.stream().mapToDouble(Row::minMaxPortfolioWeeksOfCover).sum();
        }

        public double minMaxArchetypeCover() {
            return rows.stream().mapToDouble(Row::minMaxArchetypeWeeksOfCover).sum();
        }

        /** Stock of the computed policy over stock of the portfolio-tuned min/max (below 0.9: at least 10 % less). */
        public double stockRatio() {
            return policyCover() / minMaxPortfolioCover();
        }
    }

    private final int periods;
    private final int warmUp;
    private final long seed;

    public PolicyBenchmark(int periods, long seed) {
        if (periods < 1000) {
            throw new IllegalArgumentException("Benchmark of " + periods + " periods is too short to measure service. Maybe use 20,000 or more.");
        }
        this.periods = periods;
        this.warmUp = Math.min(500, periods / 10);
        this.seed = seed;
    }

    /** Six archetypes from steady fast movers to lumpy intermittent demand. */
    public static List<Archetype> archetypes() {
        return List.of(
                new Archetype("steady fast mover", DemandSource.normal(100, 15), LeadTimeSource.fixed(1)),
                new Archetype("volatile fast mover", DemandSource.normal(100, 35), LeadTimeSource.fixed(2)),
                new Archetype("variable long lead time", DemandSource.normal(40, 12), LeadTimeSource.discretisedNormal(5, 1)),
                new Archetype("slow mover (Poisson)", DemandSource.poisson(2), LeadTimeSource.fixed(2)),
                new Archetype("intermittent lumpy (gamma sizes)", DemandSource.intermittentGamma(0.25, 12, 10), LeadTimeSource.fixed(2)),
                new Archetype("intermittent whole units (NB sizes)", DemandSource.intermittentNegativeBinomial(0.4, 5, 4),
                        LeadTimeSource.discrete(new int[] {2, 3}, new double[] {0.7, 0.3})));
    }

    public Comparison compare(List<Archetype> archetypes, ServiceTarget target, ProgressListener progress) {
        InventorySimulator simulator = new InventorySimulator(SimulationSettings.of(periods, warmUp).withOrdersMayCross(true));
        List<Proposal> proposals = new ArrayList<>();
        List<SimulationReport> policyReports = new ArrayList<>();
        for (int i = 0; i < archetypes.size(); i++) {
            ProgressListener.checkCancelled();
            Archetype a = archetypes.get(i);
            Proposal p = plan(a, target);
            proposals.add(p);
            policyReports.add(simulator.run(a.demand(), a.leadTime(), LevelsRule.of(p), seed + i));
        }
        double policyCsl = policyReports.stream().mapToDouble(SimulationReport::cycleServiceLevel).average().orElse(Double.NaN);
        progress.progress(1, 3, "Simulated the computed policy");

        double cover = tune(m -> {
            double sum = 0;
            for (int i = 0; i < archetypes.size(); i++) {
                sum += simulator.run(archetypes.get(i).demand(), archetypes.get(i).leadTime(), minMax(archetypes.get(i), m), seed + i)
                        .cycleServiceLevel();
            }
            return sum / archetypes.size();
        }, policyCsl);
        progress.progress(2, 3, "Tuned the plain min/max for the portfolio");

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < archetypes.size(); i++) {
            ProgressListener.checkCancelled();
            Archetype a = archetypes.get(i);
            long s = seed + i;
            SimulationReport portfolio = simulator.run(a.demand(), a.leadTime(), minMax(a, cover), s);
            double own = tune(m -> simulator.run(a.demand(), a.leadTime(), minMax(a, m), s).cycleServiceLevel(),
                    policyReports.get(i).cycleServiceLevel());
            SimulationReport tuned = simulator.run(a.demand(), a.leadTime(), minMax(a, own), s);
            rows.add(new Row(a, proposals.get(i).method(), policyReports.get(i), portfolio, own, tuned));
        }
        progress.progress(3, 3, "Tuned the plain min/max per archetype");
        return new Comparison(target.level().probability(), rows, cover);
    }

    /** The computed policy for an archetype, given its true mean and deviation as the forecast. */
    static Proposal plan(Archetype a, ServiceTarget target) {
        DemandSource d = a.demand();
        DemandForecast forecast = DemandForecast.flat(d.mean(), Math.sqrt(d.variance()));
        if (d.averageDemandInterval() > 1 + 1e-9) forecast = forecast.withAverageDemandInterval(d.averageDemandInterval());
        Supplier supplier = new Supplier("SUP", "SUP", Math.max(1e-9, a.leadTime().mean() * 7), a.leadTime().standardDeviation() * 7,
                Set.of(DayOfWeek.MONDAY), 0);
        Product product = new Product("SKU", "", "BENCH", 1, 2, "SUP", "", 1, 0);
        PolicyItem item = PolicyItem.of(product, "DC", new StockPosition("SKU", "DC", MONDAY, 0, 0, 0, 0), forecast)
                .withParameters(ItemParameters.NONE.withTarget(target));
        PolicyInput input = new PolicyInput(List.of(item), Map.of("SUP", SupplierTerms.of(supplier)), Map.of(), List.of(),
                PolicySettings.defaults());
        Clock clock = Clock.fixed(MONDAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new PolicyEngine(clock).plan(input).proposals().get(0);
    }

    /** The plain rule: min = d·(L + R) + m·d, max = min + d·R. */
    static LevelsRule minMax(Archetype a, double safetyWeeks) {
        double d = a.demand().mean();
        double min = d * (a.leadTime().mean() + REVIEW) + safetyWeeks * d;
        return LevelsRule.minMax(min, min + d * REVIEW, REVIEW);
    }

    /** The smallest safety cover m whose service reaches {@code target} (service rises with m). */
    private static double tune(java.util.function.DoubleUnaryOperator service, double target) {
        double lo = -3;
        double hi = 3;
        while (service.applyAsDouble(hi) < target && hi < 200) hi *= 2;
        for (int i = 0; i < 30; i++) {
            double mid = 0.5 * (lo + hi);
            if (service.applyAsDouble(mid) >= target) hi = mid; else lo = mid;
        }
        return hi;
    }
}
