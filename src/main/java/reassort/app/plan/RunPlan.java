package reassort.app.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reassort.app.allocation.AllocationRulesMapping;
import reassort.app.forecast.RunForecast;
import reassort.domain.ProgressListener;
import reassort.engine.policy.ExplanationSteps;
import reassort.engine.allocation.AllocationRules;
import reassort.engine.policy.Flag;
import reassort.engine.policy.PolicyEngine;
import reassort.engine.policy.PolicyInput;
import reassort.engine.policy.PolicyItem;
import reassort.engine.policy.PolicyResult;
import reassort.engine.policy.PolicySettings;
import reassort.engine.policy.Proposal;
import reassort.store.ForecastRun;
import reassort.store.PlanRun;
import reassort.store.PlanRunWriter;
import reassort.store.AuditEntry;
import reassort.store.PlannerState;
import reassort.store.ProposalEdit;
import reassort.store.ProposalKey;
import reassort.store.ProposalRow;
import reassort.store.ProposalStatus;
import reassort.store.Store;
import reassort.store.StoredProposal;

/**
 * The use case "plan replenishment": takes the latest forecast run (forecasting first when asked or when there is
 * none), adds the channels of each SKU × location into one demand (means add; error variances add, channels' errors
 * taken as independent), builds the policy items with the latest stock, the open purchase orders and the supplier
 * terms, plans them with the {@link PolicyEngine} and stores every proposal with its explanation, all or nothing.
 * Planners' edits in the store survive (see {@link PlanRunWriter}). Presentation minimums and channel buffers of the
 * allocation rules ({@link AllocationRulesMapping}) are added to each location's levels as protected stock.
 *
 * <p>Period 0 of the plan starts on the clock's today; forecast weeks already past are dropped.
 */
public final class RunPlan {
    /** Transfer lead time from a supplying location when nothing else is known (the store has no lanes yet). */
    public static final double DEFAULT_TRANSFER_LEAD_TIME_DAYS = 2;
    /** Proposals prepared together, ahead of the store's writer. */
    private static final int RENDER_CHUNK = 1000;
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
        listener.progress(0, -1, "Reading master data, stock, purchase orders and channel forecasts");
        PlanInputs inputs = PlanInputs.read(store, clock, forecastRun, null);
        List<PolicyItem> items = inputs.items();
        long[] skipped = {inputs.skipped()};
        List<String> skipReasons = inputs.skipReasons();
        LOG.debug("{} items to plan, {} skipped, after {} ms", items.size(), skipped[0], millisSince(started));

        PolicyResult result = new PolicyEngine(clock).plan(
                new PolicyInput(items, inputs.suppliers(), inputs.locations(), inputs.lanes(), settings), listener);
        LOG.debug("{} proposals after {} ms", result.proposals().size(), millisSince(started));

        listener.progress(0, result.proposals().size(), "Saving proposals");
        Map<String, PlanSummary.SourceTotal> bySource = new HashMap<>();
        Map<String, Long> flags = new HashMap<>();
        Map<String, Long> methods = new TreeMap<>();
        double units = 0;
        double value = 0;
        PlanRun run;
        List<Proposal> proposals = result.proposals();
        java.util.concurrent.ExecutorService renderer = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "plan-explanations");
            thread.setDaemon(true);
            return thread;
        });
        try (PlanRunWriter writer = store.beginPlanRun(forecastRun.id(), today)) {
            int done = 0;
            // The rows and explanation steps of the next chunk are prepared on another core while this one is written.
            java.util.concurrent.Future<Chunk> next = renderer.submit(() -> storedChunk(proposals, 0));
            for (int chunkStart = 0; chunkStart < proposals.size(); chunkStart += RENDER_CHUNK) {
                Chunk chunk = await(next);
                int following = chunkStart + RENDER_CHUNK;
                if (following < proposals.size()) next = renderer.submit(() -> storedChunk(proposals, following));
                for (int i = 0; i < chunk.rows.length; i++) writer.add(chunk.rows[i], chunk.steps[i]);
                done += chunk.rows.length;
                ProgressListener.checkCancelled();
                listener.progress(done, proposals.size(), "Saving proposals");
            }
            for (Proposal p : proposals) {
                if (p.ordersSomething()) {
                    units += p.orderQuantity();
                    value += p.orderValue();
                    bySource.merge(p.sourceCode(), new PlanSummary.SourceTotal(1, p.orderQuantity(), p.orderValue()),
                            (a, b) -> a.plus(b.units(), b.value()));
                }
                for (Flag f : p.flags()) flags.merge(f.key(), 1L, Long::sum);
                methods.merge(p.method().name(), 1L, Long::sum);
            }
            run = writer.commit(millisSince(started));
        } finally {
            renderer.shutdownNow();
        }
        return new PlanSummary(run.id(), forecastRun.id(), forecastRan, today, run.itemCount(), run.orderLines(), units,
                value, skipped[0], skipReasons, sortedByValue(bySource), sortedByCount(flags), methods, millisSince(started));
    }

    /** The stored proposal of one SKU × location (with its explanation text), if the last plan made one. */
    public Optional<StoredProposal> proposal(String sku, String location) {
        return store.proposal(sku, location).map(p -> p.withExplanation(explanation(sku, location)));
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

    /**
     * The step-by-step explanation of one proposal, empty when there is none: rendered from the stored steps (or
     * the text stored by runs before schema 14).
     *
     * @throws IllegalStateException when the stored steps cannot be read (written by a newer version)
     */
    public String explanation(String sku, String location) {
        return store.proposalExplanation(sku, location).map(e -> {
            if (!e.hasSteps()) return e.text();
            try {
                return ExplanationSteps.render(sku, location, e.steps());
            } catch (IllegalArgumentException unreadable) {
                throw new IllegalStateException("The explanation of " + sku + " at " + location + " cannot be shown: "
                        + unreadable.getMessage(), unreadable);
            }
        }).orElse("");
    }

    /** Every current proposal, without the explanations (read one with {@link #proposal} or {@link #explanation}). */
    public List<StoredProposal> proposals() {
        return store.proposals();
    }

    public Optional<PlanRun> latestRun() {
        return store.latestPlanRun();
    }

    /** Rows to save and the explanation steps beside them. */
    private record Chunk(StoredProposal[] rows, byte[][] steps) {}

    private static Chunk storedChunk(List<Proposal> proposals, int from) {
        int to = Math.min(proposals.size(), from + RENDER_CHUNK);
        Chunk chunk = new Chunk(new StoredProposal[to - from], new byte[to - from][]);
        for (int i = from; i < to; i++) {
            Proposal p = proposals.get(i);
            chunk.rows[i - from] = stored(p);
            chunk.steps[i - from] = ExplanationSteps.encode(p);
        }
        return chunk;
    }

    private static <T> T await(java.util.concurrent.Future<T> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new reassort.domain.CancelledException();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error failure) throw failure;
            throw new IllegalStateException(e.getCause());
        }
    }

    static StoredProposal stored(Proposal p) {
        List<String> flagTexts = p.flags().stream().map(Flag::text).toList();
        return new StoredProposal(0, p.sku(), p.location(), p.sourceKind().name(), p.sourceCode(),
                String.valueOf(p.classification()), String.valueOf(p.target()), p.levels().kind().name(),
                p.method().name(), p.forecastOverInterval(), p.safetyStock(), p.levels().reorderPoint(),
                p.levels().orderUpTo(), p.position().onHand(), p.position().inTransit(), p.position().onOrder(),
                p.position().reserved(), p.position().backorders(), p.rawNeed(), p.orderQuantity(), p.unitCost(),
                p.orderDate(), p.receiptDate(), flagTexts, "", null, Double.NaN, null, null, null);
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

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
