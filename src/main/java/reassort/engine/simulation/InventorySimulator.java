package reassort.engine.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import reassort.domain.Require;

/**
 * Replays a replenishment rule period by period over generated demand and lead times, and measures what a planner
 * would: cycle service level, fill rate, average stock and stockout periods (defined in {@link SimulationReport}).
 *
 * <p>Demand and lead times come from two separate random streams seeded from one seed, so two rules simulated with
 * the same seed face the same demand (common random numbers: differences come from the rules, not from luck).
 */
public final class InventorySimulator {
    private final SimulationSettings settings;

    public InventorySimulator(SimulationSettings settings) {
        this.settings = Require.present(settings, "Simulation settings");
    }

    public SimulationReport run(DemandSource demand, LeadTimeSource leadTime, ReplenishmentRule rule, long seed) {
        return run(demand, leadTime, rule, seed, PeriodObserver.NONE);
    }

    /** As {@link #run(DemandSource, LeadTimeSource, ReplenishmentRule, long)}, showing every period to {@code observer}. */
    public SimulationReport run(DemandSource demand, LeadTimeSource leadTime, ReplenishmentRule rule, long seed,
            PeriodObserver observer) {
        RandomGenerator demandRandom = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), 0x5eed});
        RandomGenerator leadRandom = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), 0x1ead});
        return simulate(demand.sampler(demandRandom), leadRandom, leadTime, rule, Require.present(observer, "Period observer"),
                new double[settings.periods() + leadTime.maximum() + 2]);
    }

    /**
     * Monte Carlo over {@code replications} independent runs of the same settings (each from the same start state),
     * drawn from two streams seeded once: much cheaper than one seeded run per replication, and still reproducible.
     * Replication r shows its periods to {@code observers.apply(r)}. The streams are {@link SplitMixRandom}s: callers
     * replicate item by item, thousands of times, and a Well generator's seeding and Box–Muller normals dominated.
     */
    public List<SimulationReport> replicate(DemandSource demand, LeadTimeSource leadTime, ReplenishmentRule rule,
            long seed, int replications, IntFunction<PeriodObserver> observers) {
        Require.positive(replications, "Number of replications");
        RandomGenerator demandRandom = SplitMixRandom.of(seed, 0x5eed);
        RandomGenerator leadRandom = SplitMixRandom.of(seed, 0x1ead);
        List<SimulationReport> reports = new ArrayList<>(replications);
        double[] arriving = new double[settings.periods() + leadTime.maximum() + 2];
        for (int r = 0; r < replications; r++) {
            if (r > 0) Arrays.fill(arriving, 0);
            reports.add(simulate(demand.sampler(demandRandom), leadRandom, leadTime, rule, observers.apply(r), arriving));
        }
        return reports;
    }

    private SimulationReport simulate(DemandSampler sampler, RandomGenerator leadRandom, LeadTimeSource leadTime,
            ReplenishmentRule rule, PeriodObserver observer, double[] arriving) {
        int periods = settings.periods();
        int warmUp = settings.warmUpPeriods();
        boolean backorder = settings.shortage() == ShortageHandling.BACKORDER;

        double onHand = Double.isNaN(settings.initialOnHand()) ? Math.max(0, rule.initialStock()) : settings.initialOnHand();
        double backorders = 0;
        double onOrder = 0;
        int lastArrival = -1;

        int cycleStart = -1;
        boolean cycleShort = false;
        int cycles = 0;
        int cyclesShort = 0;
        int stockoutPeriods = 0;
        double demandSum = 0;
        double shortSum = 0;
        double onHandSum = 0;
        double backorderSum = 0;
        int orders = 0;
        double ordered = 0;

        for (int t = 0; t < periods; t++) {
            boolean receipt = false;
            if (arriving[t] > 0) {
                onHand += arriving[t];
                onOrder -= arriving[t];
                receipt = true;
            }
            double q = rule.order(new InventoryState(t, onHand, backorders, onOrder));
            if (q > 0) {
                int arrival = t + leadTime.sample(leadRandom);
                if (!settings.ordersMayCross()) arrival = Math.max(arrival, lastArrival);
                lastArrival = Math.max(lastArrival, arrival);
                if (t >= warmUp) {
                    orders++;
                    ordered += q;
                }
                if (arrival == t) {
                    onHand += q;
                    receipt = true;
                } else {
                    arriving[arrival] += q;
                    onOrder += q;
                }
            }
            if (receipt && backorders > 0) {
                double served = Math.min(onHand, backorders);
                onHand -= served;
                backorders -= served;
            }
            if (receipt) {
                if (cycleStart >= warmUp) {
                    cycles++;
                    if (cycleShort) cyclesShort++;
                }
                cycleStart = t;
                cycleShort = false;
            }

            double d = sampler.next(t);
            double served = Math.min(d, onHand);
            double shortNow = d - served;
            onHand -= served;
            if (backorder) backorders += shortNow;
            boolean stockout = shortNow > 1e-12 || backorders > 1e-12;
            if (stockout) cycleShort = true;
            observer.period(t, Math.max(0, q), d, shortNow, onHand, backorders);
            if (t >= warmUp) {
                demandSum += d;
                shortSum += shortNow;
                onHandSum += onHand;
                backorderSum += backorders;
                if (stockout) stockoutPeriods++;
            }
        }
        int measured = periods - warmUp;
        return new SimulationReport(measured, cycles, cyclesShort, stockoutPeriods, demandSum, shortSum,
                onHandSum / measured, backorderSum / measured, orders, ordered);
    }
}
