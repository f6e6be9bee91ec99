package reassort.app.scenario;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import reassort.app.allocation.AllocationComparison;
import reassort.app.allocation.AllocationOverlay;
import reassort.app.allocation.RunAllocation;
import reassort.app.plan.PlanInputs;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.engine.policy.PolicyItem;
import reassort.engine.policy.SupplierTerms;
import reassort.engine.scenario.ChannelForecast;
import reassort.engine.scenario.ElasticityFit;
import reassort.engine.scenario.Estimate;
import reassort.engine.scenario.ProjectionSettings;
import reassort.engine.scenario.PromotionEffect;
import reassort.engine.scenario.PromotionScope;
import reassort.engine.scenario.ScenarioCalculator;
import reassort.engine.scenario.ScenarioComparison;
import reassort.engine.scenario.ScenarioInput;
import reassort.engine.scenario.ScenarioItem;
import reassort.engine.scenario.ScenarioPromotion;
import reassort.store.ForecastRun;
import reassort.store.PromotionUplift;
import reassort.store.ProposalEdit;
import reassort.store.ProposalKey;
import reassort.store.ScenarioChange;
import reassort.store.Store;
import reassort.store.StoredProposal;
import reassort.store.StoredScenario;

/**
 * The use cases of what-if promotion scenarios: keep them (create, edit, rename, duplicate, delete — discard is a
 * delete), run one or several against the current plan, and promote one into the plan.
 *
 * <p>A run reads the plan's items (the latest forecast run, stock, open orders, overrides: {@link PlanInputs}),
 * keeps those a promotion touches (its SKU or category, channels, location or region), the category's other SKUs
 * at those locations when it cannibalises, and the items ordered with them from a supplier with a minimum order
 * value (that rule couples their quantities). Each promotion gets one effect per channel: the planner's uplift, or
 * one estimated from the category's past promotions in that channel ({@link PromotionHistory}).
 */
public final class Scenarios {
    /** The audit trail's action for proposals changed by promoting a scenario. */
    public static final String PROMOTE_ACTION = "PROMOTE";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Scenarios.class);

    private final Store store;
    private final Clock clock;
    private final ProjectionSettings projection;

    public Scenarios(Store store, Clock clock) {
        this(store, clock, ProjectionSettings.defaults());
    }

    public Scenarios(Store store, Clock clock, ProjectionSettings projection) {
        if (store == null) throw new IllegalArgumentException("Store is missing.");
        if (clock == null) throw new IllegalArgumentException("Clock is missing.");
        this.store = store;
        this.clock = clock;
        this.projection = projection == null ? ProjectionSettings.defaults() : projection;
    }

    /** The promotions of a file with the PROMOTIONS import's columns, read with the store's channel codes. */
    public List<Promotion> readPromotions(java.nio.file.Path file, ProgressListener progress) {
        return PromotionFile.read(file, store.knownChannels(), progress);
    }

    /** The saved scenarios as the list shows them, by name. */
    public List<ScenarioInfo> infos() {
        return store.scenarios().stream().map(ScenarioInfo::of).toList();
    }

    /**
     * Saves a scenario of one promotion. {@code uplift} and {@code dip} NaN: estimated from past promotions.
     */
    public ScenarioInfo create(String name, Promotion promotion, double uplift, double dip, int dipWeeks,
            double cannibalisation) {
        return ScenarioInfo.of(store.createScenario(name, List.of(new ScenarioChange(promotion, uplift, dip, dipWeeks,
                cannibalisation))));
    }

    public List<StoredScenario> list() {
        return store.scenarios();
    }

    public Optional<StoredScenario> find(String name) {
        return store.scenario(name);
    }

    public Optional<StoredScenario> get(long id) {
        return store.scenario(id);
    }

    public StoredScenario create(String name, List<ScenarioChange> changes) {
        return store.createScenario(name, changes);
    }

    public StoredScenario edit(long id, List<ScenarioChange> changes) {
        return store.updateScenario(id, changes);
    }

    public StoredScenario rename(long id, String name) {
        return store.renameScenario(id, name);
    }

    public StoredScenario duplicate(long id, String name) {
        return store.duplicateScenario(id, name);
    }

    /** Deletes (discards) a scenario; false when there was none. */
    public boolean delete(long id) {
        return store.deleteScenario(id);
    }

    /** Runs a stored scenario against the plan and keeps its summary line. */
    public ScenarioResult run(long id, ProgressListener progress) {
        StoredScenario scenario = require(id);
        ScenarioResult result = compute(scenario.id(), scenario.name(), scenario.changes(), progress);
        store.recordScenarioRun(id, result.summary());
        return result;
    }

    /** Runs promotions against the plan without saving them. */
    public ScenarioResult runUnsaved(String name, List<ScenarioChange> changes, ProgressListener progress) {
        return compute(0, name == null || name.isBlank() ? "unsaved" : name.strip(), changes, progress);
    }

    /** Runs several stored scenarios, each against the same baseline, for a side-by-side comparison. */
    public List<ScenarioResult> compare(List<Long> ids, ProgressListener progress) {
        List<ScenarioResult> results = new ArrayList<>();
        for (long id : ids) {
            ProgressListener.checkCancelled();
            results.add(run(id, progress));
        }
        return results;
    }

    /**
     * Makes the scenario's proposals the planner's: each proposal the scenario changes (quantity or order date)
     * becomes an edit with the reason "Scenario NAME", audited as PROMOTE, all in one transaction. Proposals the
     * stored plan does not hold (plan older than the forecast) are counted, not created.
     */
    public Promoted promote(long id, ProgressListener progress) {
        StoredScenario scenario = require(id);
        ScenarioResult result = compute(scenario.id(), scenario.name(), scenario.changes(), progress);
        Set<String> planned = new HashSet<>();
        for (StoredProposal p : store.proposals()) planned.add(p.sku() + '\u0000' + p.location());
        List<ProposalEdit> edits = new ArrayList<>();
        int missing = 0;
        for (ScenarioComparison.ItemChange change : result.comparison().changes()) {
            if (!planned.contains(change.sku() + '\u0000' + change.location())) {
                missing++;
                continue;
            }
            edits.add(ProposalEdit.of(change.sku(), change.location(), change.scenarioQuantity(),
                    change.scenarioOrderDate(), "Scenario " + scenario.name()));
        }
        store.editProposals(edits, PROMOTE_ACTION);
        return new Promoted(scenario.name(), edits.size(), edits.stream().map(ProposalEdit::key).toList(), missing,
                result);
    }

    /** What promoting a scenario did: the proposals edited, those the plan lacked, and the run it promoted. */
    public record Promoted(String name, int proposalsChanged, List<ProposalKey> changed, int notInPlan,
            ScenarioResult result) {}

    private StoredScenario require(long id) {
        return store.scenario(id).orElseThrow(() -> new IllegalArgumentException("There is no scenario " + id
                + ". Maybe it was deleted; see the list of scenarios."));
    }

    ScenarioResult compute(long id, String name, List<ScenarioChange> changes, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long started = System.nanoTime();
        ForecastRun run = store.latestForecastRun().orElseThrow(() -> new IllegalStateException(
                "There is no forecast to run scenario \"" + name + "\" on. Maybe run `reassort plan --forecast` first."));
        listener.progress(0, -1, "Reading the plan's items");
        PlanInputs inputs = PlanInputs.read(store, clock, run, (products, suppliers) -> candidates(changes, products,
                suppliers));
        LOG.debug("scenario {}: plan inputs read after {} ms", name, (System.nanoTime() - started) / 1_000_000);
        ProgressListener.checkCancelled();
        Map<String, Product> products = inputs.products();
        Map<String, Location> locations = inputs.locations();
        List<PlanInputs.Entry> entries = inputs.entries();
        Selection selection = select(inputs, changes);
        List<ScenarioItem> items = selection.items();
        Map<ScenarioChange, Set<String>> channelsOf = selection.channelsOf();

        listener.progress(0, -1, "Estimating the promotions' uplift from past promotions");
        Set<String> categories = new HashSet<>();
        for (ScenarioChange change : changes) {
            if (!change.upliftEstimated() && !Double.isNaN(change.postPromotionDip())) continue;
            String category = categoryOf(products, change.promotion());
            if (category != null) categories.add(category);
        }
        PromotionHistory history = categories.isEmpty() ? null
                : PromotionHistory.read(store, products, locations, categories, inputs.today());
        Map<String, PromotionUplift> pooled = new HashMap<>();
        for (PromotionUplift u : store.promotionUplifts(run.id())) pooled.put(u.category() + '\u0000' + u.channel(), u);

        List<ScenarioPromotion> promotions = new ArrayList<>();
        List<EstimatedEffect> effects = new ArrayList<>();
        for (ScenarioChange change : changes) {
            Promotion p = change.promotion();
            String category = categoryOf(products, p);
            for (String channel : channelsOf.getOrDefault(change, Set.of())) {
                EstimatedEffect effect = effect(change, category, channel, history, pooled);
                effects.add(effect);
                promotions.add(new ScenarioPromotion(new Promotion(p.code(), p.name(), p.sku(), p.category(),
                        Set.of(channel), p.locationOrRegion(), p.start(), p.end(), p.discountPercent(), p.mechanic()),
                        effect.effect()));
            }
        }
        LOG.debug("scenario {}: {} items read, {} kept, effects after {} ms", name, entries.size(), items.size(),
                (System.nanoTime() - started) / 1_000_000);
        ScenarioInput input = new ScenarioInput(items, inputs.suppliers(), locations, inputs.lanes(), null, inputs.today());
        ScenarioComparison comparison = new ScenarioCalculator(clock).compute(input, promotions, projection, listener);
        ProgressListener.checkCancelled();
        AllocationComparison allocation = allocation(comparison, listener);
        return new ScenarioResult(id, name, effects, comparison, allocation, entries.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The scenario's allocation of the affected SKUs against the plan's: the stored proposals with the scenario's in
     * place of those it changes, and the channels' current-week demand scaled as the scenario scales it.
     */
    private AllocationComparison allocation(ScenarioComparison comparison, ProgressListener listener) {
        Map<ProposalKey, AllocationOverlay.ProposalChange> proposals = new HashMap<>();
        Map<ProposalKey, Map<String, Double>> factors = new HashMap<>();
        Set<String> skus = new java.util.TreeSet<>();
        for (ScenarioComparison.AffectedItem item : comparison.affected()) {
            ProposalKey key = new ProposalKey(item.sku(), item.location());
            skus.add(item.sku());
            proposals.put(key, new AllocationOverlay.ProposalChange(item.proposalChanged() ? item.scenarioQuantity()
                    : Double.NaN, item.scenarioOrderUpTo(), item.scenarioReceiptDate()));
            if (!item.currentWeekFactors().isEmpty()) factors.put(key, item.currentWeekFactors());
        }
        return new RunAllocation(store, clock).whatIf(skus, new AllocationOverlay(proposals, factors), listener);
    }

    /** The items a scenario replans, in plan order, and the channels each promotion touches. */
    record Selection(List<ScenarioItem> items, Map<ScenarioChange, Set<String>> channelsOf) {}

    /**
     * Keeps the SKU × locations a promotion covers, the category's other SKUs at those locations when it
     * cannibalises, and the items ordered with them from a supplier with a minimum order value.
     */
    static Selection select(PlanInputs inputs, List<ScenarioChange> changes) {
        Map<String, Location> locations = inputs.locations();
        List<PlanInputs.Entry> entries = inputs.entries();
        boolean[] keep = new boolean[entries.size()];
        Set<String> groups = new HashSet<>();
        Set<String> cannibalisedPlaces = new HashSet<>(); // category \0 location
        Map<ScenarioChange, Set<String>> channelsOf = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            PlanInputs.Entry entry = entries.get(i);
            PolicyItem item = entry.item();
            String region = regionOf(locations, item.location());
            for (ScenarioChange change : changes) {
                for (ChannelForecast channel : entry.channels()) {
                    if (!PromotionScope.applies(change.promotion(), item.sku(), item.product().category(),
                            channel.channel(), item.location(), region)) continue;
                    keep[i] = true;
                    channelsOf.computeIfAbsent(change, k -> new LinkedHashSet<>()).add(channel.channel());
                    if (change.cannibalisation() > 0) {
                        cannibalisedPlaces.add(item.product().category() + '\u0000' + item.location());
                    }
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            PolicyItem item = entries.get(i).item();
            if (cannibalisedPlaces.contains(item.product().category() + '\u0000' + item.location())) keep[i] = true;
            if (keep[i] && coupled(inputs, item)) groups.add(inputs.source(item) + '\u0000' + item.location());
        }
        List<ScenarioItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            PlanInputs.Entry entry = entries.get(i);
            PolicyItem item = entry.item();
            if (!keep[i] && !groups.contains(inputs.source(item) + '\u0000' + item.location())) continue;
            items.add(new ScenarioItem(item, regionOf(locations, item.location()), entry.channels()));
        }
        return new Selection(items, channelsOf);
    }

    private static EstimatedEffect effect(ScenarioChange change, String category, String channel,
            PromotionHistory history, Map<String, PromotionUplift> pooled) {
        Promotion p = change.promotion();
        double dip = !Double.isNaN(change.postPromotionDip()) ? change.postPromotionDip()
                : history == null ? 0 : history.dip(category, channel);
        if (!change.upliftEstimated()) {
            PromotionEffect entered = new PromotionEffect(change.uplift(), change.uplift(), change.uplift(), dip,
                    change.dipWeeks(), change.cannibalisation(), "entered by the planner");
            return new EstimatedEffect(p.code(), category, channel, p.discountPercent(), entered, "");
        }
        Optional<ElasticityFit> fit = history == null ? Optional.empty() : history.fit(category, channel);
        if (fit.isPresent()) {
            Estimate uplift = fit.get().upliftAt(p.discountPercent());
            PromotionEffect effect = new PromotionEffect(Math.max(0.01, uplift.mean()), uplift.low(), uplift.high(), dip,
                    change.dipWeeks(), change.cannibalisation(), "estimated from " + fit.get().observations()
                    + " past promotions of " + category + " on " + channel);
            return new EstimatedEffect(p.code(), category, channel, p.discountPercent(), effect, fit.get().toString());
        }
        PromotionUplift run = pooled.get(category + '\u0000' + channel);
        if (run != null && Double.isFinite(run.uplift())) {
            PromotionEffect effect = new PromotionEffect(run.uplift(), run.uplift(), run.uplift(), dip, change.dipWeeks(),
                    change.cannibalisation(), "pooled uplift of the last forecast run (no discount response)");
            return new EstimatedEffect(p.code(), category, channel, p.discountPercent(), effect,
                    String.format(Locale.ROOT, "pooled ×%.2f over %d weeks", run.uplift(), run.promotedWeeks()));
        }
        PromotionEffect none = new PromotionEffect(1, 1, 1, dip, change.dipWeeks(), change.cannibalisation(),
                "no past promotion of " + category + " on " + channel + ": no uplift; enter one");
        return new EstimatedEffect(p.code(), category, channel, p.discountPercent(), none, "");
    }

    /**
     * The SKUs a run can keep (see {@link #compute}): those a promotion names or whose category it names, the other
     * SKUs of a cannibalised category, and every SKU bought from the same supplier as one of those when that supplier
     * has a minimum order value. Only these SKUs' items are read; the selection below then keeps exactly what it
     * would keep from the whole plan.
     */
    static Set<String> candidates(List<ScenarioChange> changes, Map<String, Product> products,
            Map<String, SupplierTerms> suppliers) {
        Set<String> skus = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (ScenarioChange change : changes) {
            Promotion p = change.promotion();
            if (p.sku() == null) {
                categories.add(p.category());
                continue;
            }
            skus.add(p.sku());
            Product product = products.get(p.sku());
            if (product != null && change.cannibalisation() > 0) categories.add(product.category());
        }
        for (Product product : products.values()) {
            if (categories.contains(product.category())) skus.add(product.sku());
        }
        Set<String> coupledSuppliers = new HashSet<>();
        for (String sku : skus) {
            Product product = products.get(sku);
            if (product == null || product.supplier() == null) continue;
            SupplierTerms terms = suppliers.get(product.supplier());
            if (terms != null && terms.supplier().minimumOrderValue() > 0) coupledSuppliers.add(product.supplier());
        }
        if (!coupledSuppliers.isEmpty()) {
            for (Product product : products.values()) {
                if (coupledSuppliers.contains(product.supplier())) skus.add(product.sku());
            }
        }
        return skus;
    }

    /** Items whose quantities depend on one another: bought from a supplier with a minimum order value. */
    private static boolean coupled(PlanInputs inputs, PolicyItem item) {
        String source = inputs.source(item);
        if (!source.startsWith("S:")) return false;
        SupplierTerms terms = inputs.suppliers().get(item.product().supplier());
        return terms != null && terms.supplier().minimumOrderValue() > 0;
    }

    private static String categoryOf(Map<String, Product> products, Promotion p) {
        if (p.sku() == null) return p.category();
        Product product = products.get(p.sku());
        return product == null ? null : product.category();
    }

    private static String regionOf(Map<String, Location> locations, String code) {
        Location location = locations.get(code);
        return location == null ? "" : location.region();
    }
}
