package reassort.app.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reassort.app.forecast.RunForecast;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;
import reassort.engine.forecast.AdjustedForecast;
import reassort.engine.policy.DemandForecast;
import reassort.engine.policy.ExplanationRenderer;
import reassort.engine.policy.Flag;
import reassort.engine.policy.LeadTime;
import reassort.engine.policy.PolicyEngine;
import reassort.engine.policy.PolicyInput;
import reassort.engine.policy.PolicyItem;
import reassort.engine.policy.PolicyResult;
import reassort.engine.policy.PolicySettings;
import reassort.engine.policy.Proposal;
import reassort.engine.policy.SupplierTerms;
import reassort.engine.policy.TransferLane;
import reassort.store.ForecastRun;
import reassort.store.PlanRun;
import reassort.store.PlanRunWriter;
import reassort.store.PlannerOverride;
import reassort.store.AuditEntry;
import reassort.store.PlannerState;
import reassort.store.ProposalEdit;
import reassort.store.ProposalKey;
import reassort.store.ProposalRow;
import reassort.store.ProposalStatus;
import reassort.store.SeriesForecast;
import reassort.store.Store;
import reassort.store.StoredProposal;

/**
 * The use case "plan replenishment": takes the latest forecast run (forecasting first when asked or when there is
 * none), adds the channels of each SKU × location into one demand (means add; error variances add, channels' errors
 * taken as independent), builds the policy items with the latest stock, the open purchase orders and the supplier
 * terms, plans them with the {@link PolicyEngine} and stores every proposal with its explanation, all or nothing.
 * Planners' edits in the store survive (see {@link PlanRunWriter}).
 *
 * <p>Period 0 of the plan starts on the clock's today; forecast weeks already past are dropped.
 */
public final class RunPlan {
    /** Transfer lead time from a supplying location when nothing else is known (the store has no lanes yet). */
    public static final double DEFAULT_TRANSFER_LEAD_TIME_DAYS = 2;
    private static final int SKIP_REASONS_KEPT = 5;
    private static final Logger LOG = LoggerFactory.getLogger(RunPlan.class);

    private final Store store;
    private final Clock clock;
    private final PolicySettings settings;

    public RunPlan(Store store, Clock clock) {
        this(store, clock, PolicySettings.defaults());
    }

    public RunPlan(Store store, Clock clock, PolicySettings settings) {
        if (store == null) throw new IllegalArgumentException("Store is missing.");
        if (clock == null) throw new IllegalArgumentException("Clock is missing.");
        this.store = store;
        this.clock = clock;
        this.settings = settings == null ? PolicySettings.defaults() : settings;
    }

    /**
     * Plans every SKU × location of the latest forecast run and stores the proposals.
     *
     * @param forecastFirst forecast every series first even when a forecast run is stored
     * @throws reassort.app.forecast.NoSalesException when a forecast is needed and the store has no sales
     */
    public PlanSummary run(boolean forecastFirst, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long started = System.nanoTime();
        boolean forecastRan = false;
        Optional<ForecastRun> latest = store.latestForecastRun();
        if (forecastFirst || latest.isEmpty()) {
            new RunForecast(store).run(RunForecast.DEFAULT_HORIZON, listener);
            forecastRan = true;
            latest = store.latestForecastRun();
        }
        ForecastRun forecastRun = latest.orElseThrow(() -> new IllegalStateException("The forecast run just saved is missing."));
        LocalDate today = LocalDate.now(clock);
        int weeksPast = (int) Math.max(0, Math.floorDiv(ChronoUnit.DAYS.between(forecastRun.firstWeek(), today), 7));

        listener.progress(0, -1, "Reading master data, stock and purchase orders");
        Map<String, Product> products = new HashMap<>();
        for (Product p : store.products()) products.put(p.sku(), p);
        Map<String, Location> locations = new HashMap<>();
        for (Location l : store.locations()) locations.put(l.code(), l);
        Map<String, SupplierTerms> suppliers = new HashMap<>();
        for (Supplier s : store.suppliers()) suppliers.put(s.code(), SupplierTerms.of(s));
        Map<String, StockPosition> stock = new HashMap<>();
        for (StockPosition s : store.latestStock()) stock.put(pair(s.sku(), s.location()), s);
        Map<String, List<PurchaseOrderLine>> orders = new HashMap<>();
        for (PurchaseOrderLine line : store.purchaseOrders()) {
            orders.computeIfAbsent(pair(line.sku(), line.location()), k -> new ArrayList<>()).add(line);
        }
        Map<SeriesKey, List<PlannerOverride>> overrides = new HashMap<>();
        for (PlannerOverride o : store.overrides()) overrides.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        List<TransferLane> lanes = locations.values().stream().map(Location::supplyingLocation)
                .filter(from -> from != null).distinct().sorted()
                .map(from -> TransferLane.of(from, null, LeadTime.fixedDays(DEFAULT_TRANSFER_LEAD_TIME_DAYS))).toList();

        listener.progress(0, -1, "Adding channel forecasts per SKU × location");
        List<PolicyItem> items = new ArrayList<>();
        List<String> skipReasons = new ArrayList<>();
        long[] skipped = {0};
        ChannelSum[] current = {null};
        java.util.function.Consumer<ChannelSum> finish = sum -> {
            String reason = unplannable(sum, products, locations, suppliers);
            if (reason != null) {
                skipped[0]++;
                if (skipReasons.size() < SKIP_REASONS_KEPT) skipReasons.add(reason);
                return;
            }
            String key = pair(sum.sku, sum.location);
            items.add(new PolicyItem(products.get(sum.sku), sum.location, sum.singleChannel(), stock.get(key),
                    orders.getOrDefault(key, List.of()), sum.forecast(), null, null));
        };
        store.forEachSeriesForecast(forecastRun.id(), series -> {
            SeriesKey key = series.key();
            if (current[0] != null && !current[0].holds(key)) {
                finish.accept(current[0]);
                current[0] = null;
            }
            if (current[0] == null) current[0] = new ChannelSum(key.sku(), key.location(), forecastRun.horizon() - weeksPast);
            current[0].add(series, adjustedPoint(forecastRun, series, overrides.get(key)), weeksPast);
        });
        if (current[0] != null) finish.accept(current[0]);
        LOG.debug("{} items to plan, {} skipped, after {} ms", items.size(), skipped[0], millisSince(started));

        PolicyResult result = new PolicyEngine(clock).plan(
                new PolicyInput(items, suppliers, locations, lanes, settings), listener);
        LOG.debug("{} proposals after {} ms", result.proposals().size(), millisSince(started));

        listener.progress(0, result.proposals().size(), "Saving proposals");
        Map<String, PlanSummary.SourceTotal> bySource = new HashMap<>();
        Map<String, Long> flags = new HashMap<>();
        Map<String, Long> methods = new TreeMap<>();
        double units = 0;
        double value = 0;
        PlanRun run;
        try (PlanRunWriter writer = store.beginPlanRun(forecastRun.id(), today)) {
            int done = 0;
            for (Proposal p : result.proposals()) {
                writer.add(stored(p));
                if (p.ordersSomething()) {
                    units += p.orderQuantity();
                    value += p.orderValue();
                    bySource.merge(p.sourceCode(), new PlanSummary.SourceTotal(1, p.orderQuantity(), p.orderValue()),
                            (a, b) -> a.plus(b.units(), b.value()));
                }
                for (Flag f : p.flags()) flags.merge(f.key(), 1L, Long::sum);
                methods.merge(p.method().name(), 1L, Long::sum);
                if (++done % 1000 == 0) {
                    ProgressListener.checkCancelled();
                    listener.progress(done, result.proposals().size(), "Saving proposals");
                }
            }
            run = writer.commit(millisSince(started));
        }
        return new PlanSummary(run.id(), forecastRun.id(), forecastRan, today, run.itemCount(), run.orderLines(), units,
                value, skipped[0], skipReasons, sortedByValue(bySource), sortedByCount(flags), methods, millisSince(started));
    }

    /** The stored proposal of one SKU × location (with its explanation text), if the last plan made one. */
    public Optional<StoredProposal> proposal(String sku, String location) {
        return store.proposal(sku, location);
    }

    /**
     * A planner's edit of a proposal: kept (status EDITED) across recomputations, the new computed quantity stored
     * beside it. NaN quantity or null date keep the computed value.
     */
    public StoredProposal edit(String sku, String location, double quantity, LocalDate orderDate, String reason) {
        return store.editProposal(sku, location, quantity, orderDate, reason);
    }

    /** Approves, marks as exported or resets (PROPOSED, dropping the edit) a proposal. */
    public StoredProposal setStatus(String sku, String location, ProposalStatus status) {
        return store.setProposalStatus(sku, location, status);
    }

    /** Planners' edits of many proposals at once (a bulk edit, a re-imported review file), all or nothing, audited. */
    public int edit(List<ProposalEdit> edits) {
        return store.editProposals(edits);
    }

    /** Approves, rejects or resets many proposals at once, all or nothing, audited. */
    public int setStatus(List<ProposalKey> keys, ProposalStatus status, String reason) {
        return store.setProposalStatuses(keys, status, reason);
    }

    /** Puts the planner's part of proposals back as it was (undo, redo), audited under {@code action}. */
    public int restore(List<PlannerState> states, String action) {
        return store.restorePlannerStates(states, action, null);
    }

    /** Who changed the proposal of this SKU × location, when, from what to what and why, oldest first. */
    public List<AuditEntry> auditTrail(String sku, String location) {
        return store.auditTrail(sku, location);
    }

    /** Every current proposal as the planner's grid lists it (no explanation text). */
    public List<ProposalRow> rows() {
        return store.proposalRows();
    }

    /** The grid rows of these proposals as they are now. */
    public List<ProposalRow> rows(List<ProposalKey> keys) {
        return store.proposalRows(keys);
    }

    /** The step-by-step explanation of one proposal, empty when there is none. */
    public String explanation(String sku, String location) {
        return store.proposalExplanation(sku, location).orElse("");
    }

    public List<StoredProposal> proposals() {
        return store.proposals();
    }

    public Optional<PlanRun> latestRun() {
        return store.latestPlanRun();
    }

    static StoredProposal stored(Proposal p) {
        List<String> flagTexts = p.flags().stream().map(Flag::text).toList();
        return new StoredProposal(0, p.sku(), p.location(), p.sourceKind().name(), p.sourceCode(),
                String.valueOf(p.classification()), String.valueOf(p.target()), p.levels().kind().name(),
                p.method().name(), p.forecastOverInterval(), p.safetyStock(), p.levels().reorderPoint(),
                p.levels().orderUpTo(), p.position().onHand(), p.position().inTransit(), p.position().onOrder(),
                p.position().reserved(), p.position().backorders(), p.rawNeed(), p.orderQuantity(), p.unitCost(),
                p.orderDate(), p.receiptDate(), flagTexts, ExplanationRenderer.render(p), null, Double.NaN, null, null,
                null);
    }

    private static double[] adjustedPoint(ForecastRun run, SeriesForecast series, List<PlannerOverride> overrides) {
        if (overrides == null || overrides.isEmpty()) return series.point();
        AdjustedForecast adjusted = RunForecast.adjusted(run.firstWeek(), series, overrides);
        return adjusted.adjusted();
    }

    /** Why an item cannot be planned, or null when it can. */
    private static String unplannable(ChannelSum sum, Map<String, Product> products, Map<String, Location> locations,
            Map<String, SupplierTerms> suppliers) {
        Product product = products.get(sum.sku);
        if (product == null) return "SKU " + sum.sku + " at " + sum.location + ": not in the product list";
        Location location = locations.get(sum.location);
        if (location != null && location.supplyingLocation() != null) return null;
        if (product.supplier() == null) {
            return "SKU " + sum.sku + " at " + sum.location + ": no supplier and no supplying location";
        }
        if (!suppliers.containsKey(product.supplier())) {
            return "SKU " + sum.sku + " at " + sum.location + ": supplier " + product.supplier() + " not in the supplier list";
        }
        return null;
    }

    private static Map<String, PlanSummary.SourceTotal> sortedByValue(Map<String, PlanSummary.SourceTotal> totals) {
        Map<String, PlanSummary.SourceTotal> sorted = new LinkedHashMap<>();
        totals.entrySet().stream()
                .sorted(Map.Entry.<String, PlanSummary.SourceTotal>comparingByValue(
                        Comparator.comparingDouble(PlanSummary.SourceTotal::value)).reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String pair(String sku, String location) {
        return sku + '\u0000' + location;
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** The channels of one SKU × location added up, week by week from today's week. */
    private static final class ChannelSum {
        final String sku;
        final String location;
        final double[] mean;
        final double[] variance;
        boolean varianceKnown = true;
        double adi = Double.NaN;
        String channel;
        int channels;

        ChannelSum(String sku, String location, int weeks) {
            this.sku = sku;
            this.location = location;
            this.mean = new double[Math.max(1, weeks)];
            this.variance = new double[mean.length];
        }

        boolean holds(SeriesKey key) {
            return key.sku().equals(sku) && key.location().equals(location);
        }

        void add(SeriesForecast series, double[] point, int weeksPast) {
            double[] sd = series.errorStdDev();
            for (int t = 0; t < mean.length; t++) {
                int week = Math.min(point.length - 1, t + weeksPast);
                double m = point[week];
                if (m > 0) mean[t] += m;
                // horizon h of the plan is horizon h (not h + weeks past) of a forecast made now: use the run's own σ_h
                double s = sd[Math.min(sd.length - 1, t)];
                if (Double.isFinite(s)) variance[t] += s * s;
                else varianceKnown = false;
            }
            if (Double.isFinite(series.adi()) && series.adi() >= 1) adi = Double.isNaN(adi) ? series.adi() : Math.min(adi, series.adi());
            channel = series.key().channel();
            channels++;
        }

        String singleChannel() {
            return channels == 1 ? channel : null;
        }

        DemandForecast forecast() {
            double[] sd = null;
            if (varianceKnown) {
                sd = new double[variance.length];
                for (int t = 0; t < sd.length; t++) sd[t] = Math.sqrt(variance[t]);
            }
            return new DemandForecast(mean, sd, null, adi);
        }
    }
}
