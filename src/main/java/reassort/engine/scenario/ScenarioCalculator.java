package reassort.engine.scenario;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.domain.Require;
import reassort.engine.policy.DemandForecast;
import reassort.engine.policy.InventoryPosition;
import reassort.engine.policy.PolicyEngine;
import reassort.engine.policy.PolicyInput;
import reassort.engine.policy.PolicyItem;
import reassort.engine.policy.PolicyResult;
import reassort.engine.policy.Proposal;
import reassort.engine.scenario.ScenarioComparison.AffectedItem;
import reassort.engine.scenario.ScenarioComparison.ChannelComparison;
import reassort.engine.scenario.ScenarioComparison.ItemChange;
import reassort.engine.scenario.ScenarioComparison.Side;
import reassort.engine.scenario.ScenarioComparison.WeekOrders;
import reassort.engine.simulation.InventorySimulator;
import reassort.engine.simulation.LeadTimeSource;
import reassort.engine.simulation.SimulationSettings;

/**
 * Computes a scenario: each channel's baseline forecast × the promotions' profile (uplift over the days they cover,
 * dip after, cannibalisation of the category's other SKUs), the policy engine's proposals on both forecasts, and a
 * Monte Carlo projection (the {@link InventorySimulator}) of the affected items under the baseline, under the
 * scenario, and under the baseline's orders facing the scenario's demand.
 *
 * <p>Projection: per item, {@code replications} runs from today's inventory position (open orders counted as
 * stock), weekly reviews replanned on the forecast ({@link RollingLevelsRule}), normal weekly demand with the
 * forecast's mean and error deviation. Cycle service is the share of runs without a stockout at the end of the
 * first protection interval (what the order placed now protects, i.e. what the policy's target promises).
 * Channel figures weight each item's by the channel's share of its demand (one stock serves its channels).
 */
public final class ScenarioCalculator {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScenarioCalculator.class);

    private final Clock clock;

    public ScenarioCalculator(Clock clock) {
        this.clock = Require.present(clock, "Clock");
    }

    public ScenarioComparison compute(ScenarioInput input, List<ScenarioPromotion> promotions,
            ProjectionSettings projection, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long started = System.nanoTime();
        LocalDate today = input.today();
        List<ScenarioItem> items = input.items();
        int n = items.size();

        listener.progress(0, n, "Applying the promotions to the forecasts");
        double[][][] factor = new double[n][][];
        double[][][] price = new double[n][][];
        double[][][] scenarioMean = new double[n][][];
        Map<Integer, double[]>[] coverages = newCoverages(promotions.size());
        int horizon = 1;
        for (int i = 0; i < n; i++) {
            ScenarioItem item = items.get(i);
            int channels = item.channels().size();
            factor[i] = new double[channels][];
            price[i] = new double[channels][];
            scenarioMean[i] = new double[channels][];
            for (int c = 0; c < channels; c++) {
                ChannelForecast channel = item.channels().get(c);
                int weeks = channel.meanView().length;
                horizon = Math.max(horizon, weeks);
                double[] f = ones(weeks);
                double[] p = ones(weeks);
                for (int k = 0; k < promotions.size(); k++) {
                    ScenarioPromotion sp = promotions.get(k);
                    Promotion promotion = sp.promotion();
                    if (!PromotionScope.applies(promotion, item.sku(), item.category(), channel.channel(),
                            item.location(), item.region())) continue;
                    applyPromotion(sp, coverage(coverages, k, promotion, today, weeks), today, f, p);
                }
                factor[i][c] = f;
                price[i][c] = p;
                double[] mean = channel.mean();
                for (int t = 0; t < weeks; t++) mean[t] *= f[t];
                scenarioMean[i][c] = mean;
            }
        }
        cannibalise(items, promotions, today, scenarioMean);

        boolean[] forecastChanged = new boolean[n];
        List<PolicyItem> baselineItems = new ArrayList<>(n);
        List<PolicyItem> scenarioItems = new ArrayList<>(n);
        DemandForecast[] scenarioForecasts = new DemandForecast[n];
        for (int i = 0; i < n; i++) {
            ScenarioItem item = items.get(i);
            baselineItems.add(item.item());
            for (int c = 0; c < item.channels().size(); c++) {
                if (!Arrays.equals(scenarioMean[i][c], item.channels().get(c).meanView())) forecastChanged[i] = true;
            }
            scenarioForecasts[i] = forecastChanged[i] ? summed(item, scenarioMean[i]) : item.item().forecast();
            scenarioItems.add(forecastChanged[i] ? withForecast(item.item(), scenarioForecasts[i]) : item.item());
        }

        listener.progress(0, n, "Planning the baseline and the scenario");
        PolicyEngine engine = new PolicyEngine(clock);
        PolicyResult baselinePlan = engine.plan(new PolicyInput(baselineItems, input.suppliers(), input.locations(),
                input.transferLanes(), input.settings()), ProgressListener.NONE);
        ProgressListener.checkCancelled();
        PolicyResult scenarioPlan = engine.plan(new PolicyInput(scenarioItems, input.suppliers(), input.locations(),
                input.transferLanes(), input.settings()), ProgressListener.NONE);

        LOG.debug("scenario: {} items planned twice after {} ms", n, (System.nanoTime() - started) / 1_000_000);
        int weeks = projectionWeeks(promotions, today, projection, horizon);
        List<ItemChange> changes = new ArrayList<>();
        List<Integer> affected = new ArrayList<>();
        List<AffectedItem> affectedItems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Proposal before = baselinePlan.proposals().get(i);
            Proposal after = scenarioPlan.proposals().get(i);
            boolean proposalChanged = before.orderQuantity() != after.orderQuantity()
                    || !Objects.equals(before.orderDate(), after.orderDate());
            if (proposalChanged) {
                changes.add(new ItemChange(before.sku(), before.location(), forecastChanged[i], before.orderQuantity(),
                        before.orderDate(), after.orderQuantity(), after.orderDate(), before.unitCost(),
                        before.safetyStock(), after.safetyStock()));
            }
            if (proposalChanged || forecastChanged[i]) {
                affected.add(i);
                ScenarioItem item = items.get(i);
                Map<String, Double> factors = new TreeMap<>();
                for (int c = 0; c < item.channels().size(); c++) {
                    double base = at(item.channels().get(c).meanView(), 0);
                    double scen = at(scenarioMean[i][c], 0);
                    if (base > 0 && scen != base) factors.put(item.channels().get(c).channel(), Math.max(0, scen) / base);
                }
                affectedItems.add(new AffectedItem(after.sku(), after.location(), proposalChanged, after.orderQuantity(),
                        after.levels().orderUpTo(), after.receiptDate(), factors));
            }
        }

        int replications = projection.replicationsFor(affected.size());
        Projection base = new Projection(weeks, replications);
        Projection scen = new Projection(weeks, replications);
        Projection unplanned = new Projection(weeks, replications);
        Map<String, ChannelTotals> channelTotals = new TreeMap<>();
        listener.progress(0, affected.size(), "Projecting stock and service");
        Thread caller = Thread.currentThread();
        java.util.concurrent.atomic.AtomicInteger projected = new java.util.concurrent.atomic.AtomicInteger();
        // items are independent and seeded by their own key: projected in parallel, added up in order
        ItemRun[][] runs = java.util.stream.IntStream.range(0, affected.size()).parallel().mapToObj(k -> {
            if (caller.isInterrupted()) throw new reassort.domain.CancelledException();
            int i = affected.get(k);
            ScenarioItem item = items.get(i);
            Proposal before = baselinePlan.proposals().get(i);
            Proposal after = scenarioPlan.proposals().get(i);
            long seed = projection.seed() * 1_000_003L + (item.sku() + '\u0000' + item.location()).hashCode();
            ItemRun b = project(before, item.item().forecast(), weeks, replications, seed);
            ItemRun s = project(after, scenarioForecasts[i], weeks, replications, seed);
            ItemRun u = forecastChanged[i]
                    ? project(before, scenarioForecasts[i], weeks, replications, seed) : b;
            int count = projected.incrementAndGet();
            if (count % 500 == 0 && Thread.currentThread() == caller) {
                listener.progress(count, affected.size(), "Projecting stock and service");
            }
            return new ItemRun[] {b, s, u};
        }).toArray(ItemRun[][]::new);
        ProgressListener.checkCancelled();
        for (int k = 0; k < affected.size(); k++) {
            int i = affected.get(k);
            ScenarioItem item = items.get(i);
            Proposal before = baselinePlan.proposals().get(i);
            Proposal after = scenarioPlan.proposals().get(i);
            DemandForecast baseForecast = item.item().forecast();
            double[] baseShares = new double[item.channels().size()];
            double[] scenShares = new double[item.channels().size()];
            double[][] baseMeans = new double[item.channels().size()][];
            for (int c = 0; c < baseMeans.length; c++) baseMeans[c] = item.channels().get(c).meanView();
            shares(baseMeans, weeks, baseShares);
            shares(scenarioMean[i], weeks, scenShares);
            ItemRun b = runs[k][0];
            ItemRun s = runs[k][1];
            ItemRun u = runs[k][2];
            double unitCost = before.unitCost();
            base.add(b, unitCost, baseForecast, weeks, before.orderQuantity());
            scen.add(s, unitCost, scenarioForecasts[i], weeks, after.orderQuantity());
            unplanned.add(u, unitCost, scenarioForecasts[i], weeks, before.orderQuantity());
            double unitPrice = item.item().product().unitPrice();
            for (int c = 0; c < item.channels().size(); c++) {
                String code = item.channels().get(c).channel();
                ChannelTotals totals = channelTotals.computeIfAbsent(code, key -> new ChannelTotals(replications));
                for (int t = 0; t < weeks; t++) {
                    double baseUnits = at(baseMeans[c], t);
                    double scenUnits = at(scenarioMean[i][c], t);
                    totals.baselineUnits += baseUnits;
                    totals.scenarioUnits += scenUnits;
                    totals.baselineRevenue += baseUnits * unitPrice;
                    totals.scenarioRevenue += scenUnits * unitPrice * at(price[i][c], t);
                }
                totals.baseline.add(b, baseShares[c]);
                totals.scenario.add(s, scenShares[c]);
                totals.unplanned.add(u, scenShares[c]);
            }
            base.sideUnits(baseMeans, weeks, unitPrice, null);
            scen.sideUnits(scenarioMean[i], weeks, unitPrice, price[i]);
            unplanned.sideUnits(scenarioMean[i], weeks, unitPrice, price[i]);
        }
        listener.progress(affected.size(), affected.size(), "Projecting stock and service");

        LOG.debug("scenario: {} items projected after {} ms", affected.size(), (System.nanoTime() - started) / 1_000_000);
        List<ChannelComparison> channels = new ArrayList<>();
        for (Map.Entry<String, ChannelTotals> e : channelTotals.entrySet()) {
            ChannelTotals t = e.getValue();
            channels.add(new ChannelComparison(e.getKey(), t.baselineUnits, t.scenarioUnits, t.baselineRevenue,
                    t.scenarioRevenue, t.baseline.cycleService(), t.scenario.cycleService(),
                    t.unplanned.cycleService(), t.baseline.fillRate(), t.scenario.fillRate(),
                    t.baseline.stockoutWeeks(), t.scenario.stockoutWeeks()));
        }
        List<WeekOrders> orders = new ArrayList<>();
        for (int t = 0; t < weeks; t++) {
            orders.add(new WeekOrders(today.plusWeeks(t), base.orderedUnits[t] / replications,
                    scen.orderedUnits[t] / replications, base.orderedValue[t] / replications,
                    scen.orderedValue[t] / replications));
        }
        return new ScenarioComparison(today, weeks, replications, n, affected.size(), channels, orders,
                base.side(), scen.side(), unplanned.side(), changes, affectedItems);
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, double[]>[] newCoverages(int promotions) {
        Map<Integer, double[]>[] coverages = new Map[promotions];
        for (int k = 0; k < promotions; k++) coverages[k] = new HashMap<>();
        return coverages;
    }

    /** Promotion k's weekly coverage over {@code weeks} weeks, computed once per length (not per series). */
    private static double[] coverage(Map<Integer, double[]>[] coverages, int k, Promotion promotion, LocalDate today,
            int weeks) {
        return coverages[k].computeIfAbsent(weeks, w -> PromotionScope.coverage(promotion, today, w));
    }

    private static void applyPromotion(ScenarioPromotion sp, double[] cover, LocalDate today, double[] factor,
            double[] price) {
        Promotion promotion = sp.promotion();
        PromotionEffect effect = sp.effect();
        for (int t = 0; t < factor.length; t++) {
            factor[t] *= 1 + (effect.uplift() - 1) * cover[t];
            price[t] *= 1 - promotion.discountPercent() / 100 * cover[t];
        }
        int last = PromotionScope.lastWeek(promotion, today);
        for (int t = Math.max(0, last + 1); t <= last + effect.dipWeeks() && t < factor.length; t++) {
            factor[t] *= 1 - effect.postPromotionDip();
        }
    }

    /**
     * A promotion of one SKU with a cannibalisation share takes that share of the SKU's extra units from the other
     * SKUs of its category at the same location and channel, in proportion to their forecast.
     */
    private static void cannibalise(List<ScenarioItem> items, List<ScenarioPromotion> promotions, LocalDate today,
            double[][][] scenarioMean) {
        for (ScenarioPromotion sp : promotions) {
            Promotion promotion = sp.promotion();
            if (promotion.sku() == null || sp.effect().cannibalisation() <= 0) continue;
            Map<String, double[]> extraByPlace = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                ScenarioItem item = items.get(i);
                if (!item.sku().equals(promotion.sku())) continue;
                for (int c = 0; c < item.channels().size(); c++) {
                    ChannelForecast channel = item.channels().get(c);
                    if (!PromotionScope.applies(promotion, item.sku(), item.category(), channel.channel(),
                            item.location(), item.region())) continue;
                    double[] cover = PromotionScope.coverage(promotion, today, channel.meanView().length);
                    double[] extra = extraByPlace.computeIfAbsent(item.location() + '\u0000' + channel.channel(),
                            k -> new double[cover.length]);
                    double[] f = ones(cover.length);
                    for (int t = 0; t < cover.length && t < extra.length; t++) {
                        f[t] = 1 + (sp.effect().uplift() - 1) * cover[t];
                        extra[t] += channel.meanView()[t] * (f[t] - 1);
                    }
                }
            }
            if (extraByPlace.isEmpty()) continue;
            String category = items.stream().filter(it -> it.sku().equals(promotion.sku())).findFirst()
                    .map(ScenarioItem::category).orElse(null);
            Map<String, double[]> othersTotal = new HashMap<>();
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < items.size(); i++) {
                    ScenarioItem item = items.get(i);
                    if (item.sku().equals(promotion.sku()) || !item.category().equals(category)) continue;
                    for (int c = 0; c < item.channels().size(); c++) {
                        String place = item.location() + '\u0000' + item.channels().get(c).channel();
                        double[] extra = extraByPlace.get(place);
                        if (extra == null) continue;
                        double[] base = item.channels().get(c).meanView();
                        if (pass == 0) {
                            double[] total = othersTotal.computeIfAbsent(place, k -> new double[extra.length]);
                            for (int t = 0; t < total.length && t < base.length; t++) total[t] += base[t];
                        } else {
                            double[] total = othersTotal.get(place);
                            for (int t = 0; t < base.length && t < extra.length; t++) {
                                if (total[t] <= 0 || extra[t] <= 0) continue;
                                double taken = sp.effect().cannibalisation() * extra[t] * base[t] / total[t];
                                scenarioMean[i][c][t] = Math.max(0, scenarioMean[i][c][t] - taken);
                            }
                        }
                    }
                }
            }
        }
    }

    private static int projectionWeeks(List<ScenarioPromotion> promotions, LocalDate today, ProjectionSettings settings,
            int horizon) {
        int weeks = settings.minimumWeeks();
        for (ScenarioPromotion sp : promotions) {
            weeks = Math.max(weeks, PromotionScope.lastWeek(sp.promotion(), today) + sp.effect().dipWeeks() + 2);
        }
        return Math.max(1, Math.min(weeks, horizon));
    }

    /** The channels' scenario means added up; error deviations scaled with each channel's mean, variances added. */
    private static DemandForecast summed(ScenarioItem item, double[][] means) {
        DemandForecast base = item.item().forecast();
        int length = base.meanPerPeriod().length;
        double[] mean = new double[length];
        double[] variance = new double[length];
        boolean known = base.hasErrorStdDev();
        for (int c = 0; c < means.length; c++) {
            ChannelForecast channel = item.channels().get(c);
            double[] baseMean = channel.meanView();
            double[] sd = channel.errorStdDevView();
            for (int t = 0; t < length; t++) {
                double m = at(means[c], t);
                if (m > 0) mean[t] += m;
                if (sd == null || sd.length == 0) continue;
                double b = at(baseMean, t);
                double scale = b > 0 ? m / b : 1;
                double s = sd[Math.min(sd.length - 1, t)] * scale;
                variance[t] += s * s;
            }
        }
        double[] deviation = null;
        if (known) {
            deviation = new double[length];
            for (int t = 0; t < length; t++) deviation[t] = Math.sqrt(variance[t]);
        }
        return new DemandForecast(mean, deviation, base.errorSamples(), base.averageDemandInterval());
    }

    private static PolicyItem withForecast(PolicyItem item, DemandForecast forecast) {
        return new PolicyItem(item.product(), item.location(), item.channel(), item.stock(), item.openOrders(), forecast,
                item.parameters(), item.classification());
    }

    private static void shares(double[][] means, int weeks, double[] into) {
        double total = 0;
        for (int c = 0; c < means.length; c++) {
            double sum = 0;
            for (int t = 0; t < weeks; t++) sum += at(means[c], t);
            into[c] = sum;
            total += sum;
        }
        for (int c = 0; c < into.length; c++) into[c] = total > 0 ? into[c] / total : 1.0 / into.length;
    }

    private static double at(double[] values, int t) {
        return values.length == 0 ? 0 : values[Math.min(values.length - 1, t)];
    }

    private static double[] ones(int length) {
        double[] a = new double[length];
        Arrays.fill(a, 1);
        return a;
    }

    /** One item's Monte Carlo runs under one proposal and one forecast. */
    private record ItemRun(double[] demand, double[] shortUnits, boolean[] cycleOk, double[] stockoutWeeks,
            double[] endOnHand, double[] ordered, double[] orderedPerWeek, double intervalDemand) {}

    private static ItemRun project(Proposal proposal, DemandForecast forecast, int weeks,
            int replications, long seed) {
        double[] mean = new double[weeks + 1];
        double[] sd = new double[weeks + 1];
        double[] horizonMean = new double[weeks + (int) Math.ceil(proposal.interval().periods()) + 2];
        for (int t = 0; t < horizonMean.length; t++) horizonMean[t] = forecast.meanAt(t);
        for (int t = 0; t < mean.length; t++) {
            mean[t] = forecast.meanAt(t);
            sd[t] = forecast.hasErrorStdDev() ? forecast.errorStdDevAt(t + 1) : Math.sqrt(mean[t]);
        }
        InventoryPosition position = proposal.position();
        double start = Math.max(0, position.onHand() + position.inTransit() + position.onOrder() - position.reserved()
                - position.backorders());
        InventorySimulator simulator = new InventorySimulator(
                new SimulationSettings(weeks, 0, reassort.engine.simulation.ShortageHandling.BACKORDER, false, start));
        double periods = proposal.interval().periods();
        int check = Math.max(0, Math.min(weeks - 1, (int) Math.ceil(periods - 1e-9) - 1));
        double intervalDemand = 0;
        for (int t = 0; t <= check; t++) intervalDemand += mean[t];
        int review = (int) Math.max(1, Math.round(proposal.interval().reviewPeriods()));
        RollingLevelsRule rule = new RollingLevelsRule(proposal.levels(), proposal.constraints(), review, horizonMean, periods);
        LeadTimeSource leadTime = LeadTimeSource.discretisedNormal(proposal.interval().untilReceiptPeriods(),
                proposal.interval().leadTimeStdDevPeriods());
        double[] demand = new double[replications];
        double[] shortUnits = new double[replications];
        boolean[] cycleOk = new boolean[replications];
        double[] stockoutWeeks = new double[replications];
        double[] endOnHand = new double[replications];
        double[] ordered = new double[replications];
        double[] orderedPerWeek = new double[weeks];
        Arrays.fill(cycleOk, true);
        simulator.replicate(new WeeklyNormalDemand(mean, sd), leadTime, rule, seed, replications,
                r -> (t, q, d, s, onHand, backorders) -> {
                    demand[r] += d;
                    shortUnits[r] += s;
                    ordered[r] += q;
                    orderedPerWeek[t] += q;
                    boolean out = s > 1e-9 || backorders > 1e-9;
                    if (out) stockoutWeeks[r]++;
                    if (t == check && out) cycleOk[r] = false;
                    if (t == weeks - 1) endOnHand[r] = onHand - backorders;
                });
        return new ItemRun(demand, shortUnits, cycleOk, stockoutWeeks, endOnHand, ordered, orderedPerWeek, intervalDemand);
    }

    /** Per-replication sums of one side over the affected items. */
    private static final class Projection {
        final int replications;
        final double[] orderedUnits;
        final double[] orderedValue;
        final double[] stockValue;
        final double[] endUnits;
        final double[] stockoutWeeks;
        final double[] okWeight;
        final double[] demand;
        final double[] shortUnits;
        final double[] ordered;
        double weight;
        double dailyDemand;
        double units;
        double revenue;
        double proposedUnits;
        double proposedValue;

        Projection(int weeks, int replications) {
            this.replications = replications;
            orderedUnits = new double[weeks];
            orderedValue = new double[weeks];
            stockValue = new double[replications];
            endUnits = new double[replications];
            stockoutWeeks = new double[replications];
            okWeight = new double[replications];
            demand = new double[replications];
            shortUnits = new double[replications];
            ordered = new double[replications];
        }

        void add(ItemRun run, double unitCost, DemandForecast forecast, int weeks, double proposed) {
            for (int t = 0; t < orderedUnits.length; t++) {
                orderedUnits[t] += run.orderedPerWeek[t];
                orderedValue[t] += run.orderedPerWeek[t] * unitCost;
            }
            for (int r = 0; r < replications; r++) {
                stockValue[r] += Math.max(0, run.endOnHand[r]) * unitCost;
                endUnits[r] += Math.max(0, run.endOnHand[r]);
                stockoutWeeks[r] += run.stockoutWeeks[r];
                if (run.cycleOk[r]) okWeight[r] += run.intervalDemand;
                demand[r] += run.demand[r];
                shortUnits[r] += run.shortUnits[r];
                ordered[r] += run.ordered[r];
            }
            weight += run.intervalDemand;
            double total = 0;
            for (int t = 0; t < weeks; t++) total += forecast.meanAt(t);
            dailyDemand += total / (7.0 * weeks);
            proposedUnits += proposed;
            proposedValue += proposed * unitCost;
        }

        void sideUnits(double[][] means, int weeks, double unitPrice, double[][] priceFactor) {
            for (int c = 0; c < means.length; c++) {
                for (int t = 0; t < weeks; t++) {
                    double u = at(means[c], t);
                    units += u;
                    revenue += u * unitPrice * (priceFactor == null ? 1 : at(priceFactor[c], t));
                }
            }
        }

        Side side() {
            double[] cover = new double[replications];
            double[] service = new double[replications];
            double[] fill = new double[replications];
            for (int r = 0; r < replications; r++) {
                cover[r] = dailyDemand > 0 ? endUnits[r] / dailyDemand : Double.NaN;
                service[r] = weight > 0 ? okWeight[r] / weight : Double.NaN;
                fill[r] = demand[r] > 0 ? 1 - shortUnits[r] / demand[r] : Double.NaN;
            }
            return new Side(units, revenue, proposedUnits, proposedValue, Estimate.of(ordered), Estimate.of(stockValue),
                    Estimate.of(cover), Estimate.of(stockoutWeeks), Estimate.of(service), Estimate.of(fill));
        }
    }

    /** Per-replication figures of one channel on one side, each item weighted by the channel's share of its demand. */
    private static final class ChannelSide {
        final double[] okWeight;
        final double[] demand;
        final double[] shortUnits;
        final double[] stockoutWeeks;
        double weight;

        ChannelSide(int replications) {
            okWeight = new double[replications];
            demand = new double[replications];
            shortUnits = new double[replications];
            stockoutWeeks = new double[replications];
        }

        void add(ItemRun run, double share) {
            if (share <= 0) return;
            double w = share * run.intervalDemand;
            weight += w;
            for (int r = 0; r < okWeight.length; r++) {
                if (run.cycleOk[r]) okWeight[r] += w;
                demand[r] += share * run.demand[r];
                shortUnits[r] += share * run.shortUnits[r];
                stockoutWeeks[r] += run.stockoutWeeks[r];
            }
        }

        Estimate cycleService() {
            if (weight <= 0) return Estimate.NONE;
            double[] v = new double[okWeight.length];
            for (int r = 0; r < v.length; r++) v[r] = okWeight[r] / weight;
            return Estimate.of(v);
        }

        Estimate fillRate() {
            double[] v = new double[demand.length];
            for (int r = 0; r < v.length; r++) v[r] = demand[r] > 0 ? 1 - shortUnits[r] / demand[r] : Double.NaN;
            return Estimate.of(v);
        }

        Estimate stockoutWeeks() {
            return weight <= 0 ? Estimate.NONE : Estimate.of(stockoutWeeks);
        }
    }

    private static final class ChannelTotals {
        final ChannelSide baseline;
        final ChannelSide scenario;
        final ChannelSide unplanned;
        double baselineUnits;
        double scenarioUnits;
        double baselineRevenue;
        double scenarioRevenue;

        ChannelTotals(int replications) {
            baseline = new ChannelSide(replications);
            scenario = new ChannelSide(replications);
            unplanned = new ChannelSide(replications);
        }
    }
}
