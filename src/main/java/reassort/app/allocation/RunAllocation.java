package reassort.app.allocation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.StockPosition;
import reassort.engine.allocation.AllocationEngine;
import reassort.engine.allocation.AllocationInput;
import reassort.engine.allocation.AllocationLine;
import reassort.engine.allocation.AllocationNeed;
import reassort.engine.allocation.AllocationRequest;
import reassort.engine.allocation.AllocationResult;
import reassort.engine.allocation.AllocationRules;
import reassort.engine.allocation.AtpItem;
import reassort.engine.allocation.AvailableToPromise;
import reassort.engine.allocation.ChannelAtp;
import reassort.engine.allocation.Inflow;
import reassort.engine.allocation.PlannerDecision;
import reassort.engine.allocation.TransferDecision;
import reassort.engine.allocation.TransferLine;
import reassort.engine.allocation.TransferRequest;
import reassort.engine.allocation.TransferSite;
import reassort.engine.policy.ExplanationRenderer;
import reassort.store.AllocationRuleRow;
import reassort.store.AllocationRun;
import reassort.store.ForecastRun;
import reassort.store.PlanRun;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.ReturnsEstimate;
import reassort.store.Store;
import reassort.store.StoredAllocation;
import reassort.store.StoredProposal;
import reassort.store.StoredTransfer;

/**
 * The use case "allocate": shares each warehouse's (or hub's) stock and inbound receipts between the stores it supplies
 * (their replenishment proposals, planners' edits included) and its own web and marketplace channels (their demand over
 * the allocation horizon, within their buffers), by the planner's rules; proposes transfers from overstocked stores to
 * locations at risk; stores both as proposals the planner edits and approves like orders (edits survive a rerun,
 * changes are audited). Also answers available-to-promise per channel and date for one SKU.
 *
 * <p>Needs a plan run ({@code reassort.app.plan.RunPlan} first); the rules are the stored ones, or the defaults.
 */
public final class RunAllocation {
    /** Days of channel demand the warehouse's own channels ask for, and of inbound receipts counted as supply. */
    public static final int HORIZON_DAYS = 7;
    /**
     * When in-transit stock arrives: the store holds no in-transit dates; the plan's default transfer lane (also the
     * expected receipt of an exported transfer).
     */
    public static final long IN_TRANSIT_DAYS = 2;
    /** Weeks of expected returns counted as future stock. */
    private static final int RETURN_WEEKS = 4;
    private static final String STORE_LINE = "STORE";
    /** Days between two replenishments of a location (weekly planning). */
    private static final int REVIEW_DAYS = 7;

    private final Store store;
    private final Clock clock;

    public RunAllocation(Store store, Clock clock) {
        if (store == null) throw new IllegalArgumentException("Store is missing.");
        if (clock == null) throw new IllegalArgumentException("Clock is missing.");
        this.store = store;
        this.clock = clock;
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    /** The rules a run uses: the stored ones, or the defaults. */
    public AllocationRules rules() {
        return AllocationRulesMapping.load(store);
    }

    public List<AllocationRuleRow> ruleRows() {
        return store.allocations().rules();
    }

    /** Reads a rules file (checked row by row), stores it in place of the previous rules and returns what applies. */
    public AllocationRules importRules(Path file) {
        List<AllocationRuleRow> rows = AllocationRulesFile.read(file);
        store.allocations().replaceRules(rows);
        return AllocationRulesMapping.toRules(rows, file.getFileName().toString());
    }

    /** Drops the stored rules: the defaults apply again. */
    public void resetRules() {
        store.allocations().replaceRules(List.of());
    }

    // ---- run -----------------------------------------------------------------------------------------------------

    /**
     * Allocates from the latest plan run and stores the allocation and transfer proposals, all or nothing.
     *
     * @throws IllegalStateException when there is no plan run yet
     */
    public AllocationSummary run(ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long started = System.nanoTime();
        PlanRun plan = store.latestPlanRun().orElseThrow(() -> new IllegalStateException(
                "No replenishment plan in the store yet: allocation shares stock between the plan's needs. "
                        + "Maybe run `reassort plan` first, or `reassort allocate --plan`."));
        listener.progress(0, -1, "Reading plan, stock, orders and forecasts");
        Snapshot s = new Snapshot(null);
        AllocationRules rules = rules();
        LocalDate today = LocalDate.now(clock);
        Decisions decisions = decisions(null);
        Outcome outcome = compute(s, rules, today, AllocationOverlay.NONE, decisions, listener);
        List<AllocationRequest> requests = outcome.requests();
        AllocationResult result = outcome.result();
        ProgressListener.checkCancelled();
        listener.progress(0, -1, "Saving allocation and transfer proposals");
        List<StoredAllocation> storedLines = new ArrayList<>(result.lines().size());
        Map<String, AllocationSummary.ChannelTotal> byChannel = new TreeMap<>();
        double needed = 0;
        double allocated = 0;
        Map<String, StoredAllocation> decided = byKey(decisions.allocations());
        double freed = 0;
        for (AllocationLine l : result.lines()) {
            storedLines.add(new StoredAllocation(0, l.sku(), l.location(), l.channel(), l.source(), l.priority(), l.need(),
                    l.position(), l.dailyDemand(), l.netting() == null ? l.supply() : l.netting().grossSupply(), l.quantity(),
                    l.scarce(), render(l), null, Double.NaN, null, null));
            // a decided line shows its computed quantity; what it ships is the planner's
            StoredAllocation decision = decided.get(triple(l.sku(), l.location(), l.channel()));
            double ships = decision == null ? l.quantity() : decision(decision).quantity();
            if (decision != null && decision.status() == ProposalStatus.REJECTED) freed += l.quantity();
            byChannel.merge(l.channel(), new AllocationSummary.ChannelTotal(1, l.need(), ships),
                    (a, b) -> a.plus(b.needed(), b.allocated()));
            needed += l.need();
            allocated += ships;
        }
        long heldLines = 0;
        long rejectedLines = 0;
        double held = 0;
        long overSources = 0;
        double overUnits = 0;
        for (AllocationRequest r : requests) {
            for (PlannerDecision d : r.decisions()) {
                if (d.rejected()) rejectedLines++;
                else heldLines++;
            }
            held += r.heldUnits();
            if (r.overSupply() > 0) {
                overSources++;
                overUnits += r.overSupply();
            }
        }
        AllocationSummary.NettingTotals netting = new AllocationSummary.NettingTotals(heldLines, held, rejectedLines, freed,
                overSources, overUnits);
        List<StoredTransfer> storedTransfers = new ArrayList<>(result.transfers().size());
        double transferUnits = 0;
        double net = 0;
        Map<String, StoredTransfer> decidedTransfers = new HashMap<>();
        for (StoredTransfer t : decisions.transfers()) decidedTransfers.put(triple(t.sku(), t.from(), t.to()), t);
        for (TransferLine t : result.transfers()) {
            storedTransfers.add(new StoredTransfer(0, t.sku(), t.from(), t.to(), t.quantity(), t.benefit(), t.cost(), render(t),
                    null, Double.NaN, null, null));
            // a decided transfer shows its computed quantity; what moves is the planner's
            StoredTransfer decision = decidedTransfers.get(triple(t.sku(), t.from(), t.to()));
            if (decision != null && decision.status() == ProposalStatus.REJECTED) continue;
            transferUnits += decision == null ? t.quantity() : decision.effectiveQuantity();
            net += t.netBenefit();
        }
        long scarce = requests.stream().filter(r -> r.totalNeed() > r.supply()).count();
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        ProgressListener.checkCancelled();
        AllocationRun run = store.allocations().saveRun(today, plan.id(), storedLines, storedTransfers, scarce, elapsed);
        return new AllocationSummary(run.id(), plan.id(), today, requests.size(), scarce, storedLines.size(), needed,
                allocated, byChannel, storedTransfers.size(), transferUnits, net,
                store.allocations().rules().isEmpty() ? "defaults" : "stored rules", elapsed, netting);
    }

    /**
     * The allocation of some SKUs as a what-if changes them, against the same SKUs' allocation from the stored plan,
     * by the same rules as {@link #run}; nothing is saved. Only these SKUs' proposals, stock, orders and forecasts
     * are read. Not computed (with the reason) when there is no plan, or no warehouse or hub supplies these SKUs.
     */
    public AllocationComparison whatIf(java.util.Collection<String> skus, AllocationOverlay overlay,
            ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        if (skus.isEmpty()) return AllocationComparison.notComputed(AllocationComparison.Skipped.NO_SKU, 0);
        if (store.latestPlanRun().isEmpty()) {
            return AllocationComparison.notComputed(AllocationComparison.Skipped.NO_PLAN, skus.size());
        }
        listener.progress(0, -1, "Allocating the affected SKUs");
        Snapshot s = new Snapshot(new java.util.TreeSet<>(skus));
        AllocationRules rules = rules();
        LocalDate today = LocalDate.now(clock);
        Decisions decisions = decisions(s.skus);
        Outcome baseline = compute(s, rules, today, AllocationOverlay.NONE, decisions, ProgressListener.NONE);
        Outcome scenario = compute(s, rules, today, overlay, decisions, ProgressListener.NONE);
        if (baseline.requests().isEmpty() && scenario.requests().isEmpty()) {
            return AllocationComparison.notComputed(AllocationComparison.Skipped.NO_SUPPLYING_LOCATION, skus.size());
        }
        double supply = 0;
        for (AllocationRequest r : baseline.requests()) supply += r.supply();
        for (AllocationRequest r : scenario.requests()) supply += r.supply();
        if (supply <= 0) {
            return AllocationComparison.notComputed(AllocationComparison.Skipped.NO_SUPPLY, skus.size());
        }
        return AllocationComparison.of(store.allocations().rules().isEmpty() ? "defaults" : "stored rules", skus.size(),
                baseline.requests(), baseline.result(), scenario.requests(), scenario.result());
    }

    /** What one allocation computes before it is saved: the SKU × source requests, the lines and the transfers. */
    record Outcome(List<AllocationRequest> requests, AllocationResult result) {}

    /** The planner's decided allocation and transfer lines a run nets. */
    private record Decisions(List<StoredAllocation> allocations, List<StoredTransfer> transfers) {}

    private Decisions decisions(java.util.Collection<String> skus) {
        return new Decisions(store.allocations().decidedAllocations(skus), store.allocations().decidedTransfers(skus));
    }

    /**
     * Builds the requests from the snapshot's proposals (as the overlay changes them) and allocates them, then plans
     * the transfers: the one computation of {@link #run} and of {@link #whatIf}. The planner's {@code decisions} on
     * allocation lines are netted: each goes with the request whose need it decides, else (a kept line the run no
     * longer makes) with the request of its stored source.
     */
    private Outcome compute(Snapshot snapshot, AllocationRules rules, LocalDate today, AllocationOverlay overlay,
            Decisions decisions, ProgressListener listener) {
        Snapshot s = snapshot.with(overlay);
        LocalDate horizon = today.plusDays(HORIZON_DAYS);

        Map<String, List<StoredProposal>> bySource = new TreeMap<>();
        Map<String, List<StoredProposal>> bySku = new TreeMap<>();
        for (StoredProposal p : s.proposals) {
            bySku.computeIfAbsent(p.sku(), k -> new ArrayList<>()).add(p);
            if (p.sourceKind().equals("TRANSFER") && overlay.quantity(p) > 0) {
                bySource.computeIfAbsent(pair(p.sku(), p.sourceCode()), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, StoredAllocation> decidedLines = byKey(decisions.allocations());
        Map<String, StoredAllocation> undecided = new HashMap<>(decidedLines);
        Map<String, List<PlannerDecision>> decisionsBySource = new HashMap<>();
        List<AllocationRequest> requests = new ArrayList<>();
        for (List<StoredProposal> group : bySource.values()) {
            ProgressListener.checkCancelled();
            String sku = group.get(0).sku();
            String source = group.get(0).sourceCode();
            Product product = s.products.get(sku);
            if (product == null) continue;
            List<AllocationNeed> needs = new ArrayList<>();
            for (StoredProposal p : group) {
                Location location = s.locations.get(p.location());
                LocationType type = location == null ? LocationType.STORE : location.type();
                needs.add(new AllocationNeed(p.location(), STORE_LINE, overlay.quantity(p), p.inventoryPosition(),
                        s.daily(sku, p.location()), rules.minimum(sku, product.category(), p.location(), type),
                        rules.priority(STORE_LINE)));
            }
            AtpItem sourceItem = s.atpItem(product, source, today, rules);
            double inbound = 0;
            for (Inflow in : sourceItem.inflows()) {
                if (in.kind() != Inflow.Kind.RETURNS && !in.date().isAfter(horizon)) inbound += in.quantity();
            }
            Map<String, ChannelAtp> sourceAtp = AvailableToPromise.of(sourceItem, rules, today);
            for (Map.Entry<String, Double> e : s.dailyByChannel(sku, source).entrySet()) {
                ChannelAtp atp = sourceAtp.get(e.getKey());
                double cap = atp == null ? Double.POSITIVE_INFINITY : atp.availableOn(horizon);
                double need = Math.min(Math.ceil(e.getValue() * HORIZON_DAYS - 1e-9), Math.floor(cap + 1e-9));
                if (need > 0) {
                    needs.add(new AllocationNeed(source, e.getKey(), need, 0, e.getValue(), 0, rules.priority(e.getKey())));
                }
            }
            List<PlannerDecision> decided = new ArrayList<>();
            for (AllocationNeed need : needs) {
                StoredAllocation a = undecided.remove(triple(sku, need.location(), need.channel()));
                if (a != null) decided.add(decision(a));
            }
            decisionsBySource.put(pair(sku, source), decided);
            requests.add(new AllocationRequest(sku, source, sourceItem.freeNow(), inbound, needs, decided));
        }
        if (!undecided.isEmpty()) {
            for (StoredAllocation a : undecided.values()) {
                List<PlannerDecision> decided = decisionsBySource.get(pair(a.sku(), a.source()));
                if (decided != null) decided.add(decision(a));
            }
            for (int i = 0; i < requests.size(); i++) {
                AllocationRequest r = requests.get(i);
                List<PlannerDecision> decided = decisionsBySource.get(pair(r.sku(), r.source()));
                if (decided.size() != r.decisions().size()) {
                    requests.set(i, new AllocationRequest(r.sku(), r.source(), r.availableNow(), r.inbound(), r.needs(), decided));
                }
            }
        }

        AllocationResult allocated = new AllocationEngine().run(new AllocationInput(requests, List.of(), rules), listener);
        Map<String, Double> allocatedTo = new HashMap<>();
        for (AllocationLine l : allocated.lines()) {
            StoredAllocation decided = decidedLines.get(triple(l.sku(), l.location(), l.channel()));
            allocatedTo.merge(pair(l.sku(), l.location()), decided == null ? l.quantity() : decision(decided).quantity(),
                    Double::sum);
        }
        // a decision on a line this run no longer makes still sends its units to the location
        for (StoredAllocation a : undecided.values()) {
            if (decisionsBySource.containsKey(pair(a.sku(), a.source()))) {
                allocatedTo.merge(pair(a.sku(), a.location()), decision(a).quantity(), Double::sum);
            }
        }
        Map<String, List<TransferDecision>> transferDecisions = new HashMap<>();
        for (StoredTransfer t : decisions.transfers()) {
            transferDecisions.computeIfAbsent(t.sku(), k -> new ArrayList<>()).add(new TransferDecision(t.from(), t.to(),
                    t.status() == ProposalStatus.REJECTED, Math.max(0, t.effectiveQuantity())));
        }

        // a location is at risk when what it holds, has coming and was just allocated does not last until the receipt
        // after next (the one this allocation cannot change): stores short-changed by a scarce warehouse come first
        List<TransferRequest> transfers = new ArrayList<>();
        for (List<StoredProposal> group : bySku.values()) {
            Product product = s.products.get(group.get(0).sku());
            if (product == null || group.size() < 2) continue;
            List<TransferSite> sites = new ArrayList<>();
            for (StoredProposal p : group) {
                Location location = s.locations.get(p.location());
                if (location == null) continue;
                double days = Math.max(0, ChronoUnit.DAYS.between(today, overlay.receiptDate(p))) + REVIEW_DAYS;
                double available = p.onHand() - p.reserved() - p.backorders() + p.inTransit()
                        + allocatedTo.getOrDefault(pair(p.sku(), p.location()), 0.0);
                sites.add(new TransferSite(p.location(), location.type(), location.region(), available, overlay.orderUpTo(p),
                        s.daily(p.sku(), p.location()), days, rules.protectedStock(p.sku(), product.category(), p.location(),
                                location.type(), AllocationRulesMapping.channelsSellingFrom(location,
                                        s.dailyByChannel(p.sku(), p.location()).keySet()))));
            }
            transfers.add(new TransferRequest(product.sku(), product.unitPrice() - product.unitCost(), sites,
                    transferDecisions.getOrDefault(product.sku(), List.of())));
        }
        AllocationResult moved = new AllocationEngine().run(new AllocationInput(List.of(), transfers, rules), listener);
        return new Outcome(requests, new AllocationResult(allocated.lines(), moved.transfers()));
    }

    // ---- reading and editing -------------------------------------------------------------------------------------

    public Optional<AllocationRun> latestRun() {
        return store.allocations().latestRun();
    }

    public List<StoredAllocation> allocations() {
        return store.allocations().allocations();
    }

    public List<StoredAllocation> allocations(String sku, String location) {
        return store.allocations().allocations(sku, location);
    }

    public List<StoredTransfer> transfers() {
        return store.allocations().transfers();
    }

    public List<StoredTransfer> transfers(String sku, String location) {
        return store.allocations().transfers(sku, location);
    }

    /** A planner's quantity for an allocation (kept across reruns, audited). */
    public StoredAllocation edit(String sku, String location, String channel, double quantity, String reason) {
        return store.allocations().editAllocation(sku, location, channel, quantity, reason);
    }

    /** Approves, rejects or resets an allocation (audited). */
    public StoredAllocation setStatus(String sku, String location, String channel, ProposalStatus status, String reason) {
        return store.allocations().setAllocationStatus(sku, location, channel, status, reason);
    }

    public StoredTransfer editTransfer(String sku, String from, String to, double quantity, String reason) {
        return store.allocations().editTransfer(sku, from, to, quantity, reason);
    }

    public StoredTransfer setTransferStatus(String sku, String from, String to, ProposalStatus status, String reason) {
        return store.allocations().setTransferStatus(sku, from, to, status, reason);
    }

    /**
     * Available to promise of one SKU at every location holding or expecting it, per channel (buffers applied, future
     * stock from in-transit, confirmed purchase orders and returns), and the web's pool with ship-from-store stores.
     */
    public SkuAvailability availability(String sku) {
        // one SKU's stock, orders and forecasts, not the whole store's: the Allocation tab asks on every selection
        Snapshot s = new Snapshot(new java.util.TreeSet<>(Set.of(sku)));
        Product product = s.products.get(sku);
        if (product == null) {
            throw new IllegalArgumentException("SKU " + sku + " is not in the product list. Maybe check the code.");
        }
        AllocationRules rules = rules();
        LocalDate today = LocalDate.now(clock);
        Map<String, Map<String, ChannelAtp>> byLocation = new TreeMap<>();
        Map<String, ChannelAtp> shipping = new LinkedHashMap<>();
        ChannelAtp warehouseWeb = null;
        for (Location location : s.locations.values()) {
            String key = pair(sku, location.code());
            if (!s.stock.containsKey(key) && !s.orders.containsKey(key) && !s.daily.containsKey(key)) continue;
            Map<String, ChannelAtp> atp = AvailableToPromise.of(s.atpItem(product, location.code(), today, rules), rules, today);
            byLocation.put(location.code(), atp);
            if (atp.containsKey(AvailableToPromise.SHIP_FROM_STORE)) shipping.put(location.code(), atp.get(AvailableToPromise.SHIP_FROM_STORE));
            if (atp.containsKey("WEB") && location.type() != LocationType.STORE && warehouseWeb == null) warehouseWeb = atp.get("WEB");
        }
        return new SkuAvailability(sku, byLocation, AvailableToPromise.pooled(warehouseWeb, shipping));
    }

    /** The stored allocations and transfers of one SKU at a location, and its availability there, as text. */
    public String explain(String sku, String location) {
        StringBuilder b = new StringBuilder();
        for (StoredAllocation a : allocations(sku, location)) {
            b.append(a.explanation());
            b.append(String.format(Locale.ROOT, "Status %s (allocation run %d)%n", a.status(), a.runId()));
            if (a.isEdited()) {
                b.append(String.format(Locale.ROOT, "Planner's edit: %s units — %s (recomputed: %s units)%n",
                        units(a.effectiveQuantity()), a.editReason(), units(a.quantity())));
            }
            b.append('\n');
        }
        for (StoredTransfer t : transfers(sku, location)) {
            b.append(t.explanation());
            b.append(String.format(Locale.ROOT, "Status %s (allocation run %d)%s%n%n", t.status(), t.runId(),
                    t.isEdited() ? ", planner's quantity " + units(t.effectiveQuantity()) + " — " + t.editReason() : ""));
        }
        SkuAvailability availability = availability(sku);
        Map<String, ChannelAtp> here = availability.byLocation().get(location);
        if (here != null) {
            b.append("Available to promise at ").append(location).append(":\n");
            LocalDate today = LocalDate.now(clock);
            for (ChannelAtp atp : here.values()) {
                b.append(String.format(Locale.ROOT, "  %-6s now %s (free %s, withheld %s)", atp.channel(), units(atp.availableNow()),
                        units(atp.free()), units(atp.withheld())));
                for (ChannelAtp.Dated d : atp.future()) {
                    b.append(String.format(Locale.ROOT, "; from %s %s", d.date(), units(d.available())));
                }
                if (!atp.rule().isEmpty()) b.append(" — ").append(atp.rule());
                b.append('\n');
            }
            b.append(String.format(Locale.ROOT, "  Web with ship-from-store: %s now (warehouse %s + %d stores %s); today is %s%n",
                    units(availability.web().total()), units(availability.web().warehouse()), availability.web().stores().size(),
                    units(availability.web().total() - availability.web().warehouse()), today));
        }
        return b.toString();
    }

    static String render(AllocationLine l) {
        StringBuilder b = new StringBuilder(1024);
        b.append("SKU ").append(l.sku()).append(" to ").append(l.location()).append(" (").append(l.channel()).append(") from ")
                .append(l.source()).append(" — allocate ").append(units(l.quantity())).append(" of ").append(units(l.need()))
                .append(" needed").append(l.scarce() ? ", supply short" : "")
                .append(l.decisionsOverSupply() ? ", planner decisions hold " + units(l.netting().overSupply())
                        + " units more than the supply" : "").append('\n');
        return ExplanationRenderer.appendSteps(b, l.explanation()).toString();
    }

    static String render(TransferLine t) {
        StringBuilder b = new StringBuilder(1024);
        b.append("SKU ").append(t.sku()).append(" transfer ").append(units(t.quantity())).append(" units from ").append(t.from())
                .append(" to ").append(t.to()).append('\n');
        return ExplanationRenderer.appendSteps(b, t.explanation()).toString();
    }

    private static String units(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pair(String a, String b) {
        return a + '\u0000' + b;
    }

    private static String triple(String sku, String location, String channel) {
        return sku + '\u0000' + location + '\u0000' + channel;
    }

    private static Map<String, StoredAllocation> byKey(List<StoredAllocation> decisions) {
        Map<String, StoredAllocation> map = new HashMap<>();
        for (StoredAllocation a : decisions) map.put(triple(a.sku(), a.location(), a.channel()), a);
        return map;
    }

    /** What a stored decision holds in a rerun: its effective quantity, or nothing when rejected. */
    private static PlannerDecision decision(StoredAllocation a) {
        return a.status() == ProposalStatus.REJECTED ? PlannerDecision.rejecting(a.location(), a.channel())
                : PlannerDecision.holding(a.location(), a.channel(), Math.max(0, a.effectiveQuantity()));
    }

    /** What a run reads from the store, indexed; the proposals and forecasts of some SKUs only when given. */
    private final class Snapshot {
        final Map<String, Product> products;
        final Map<String, Location> locations;
        final Map<String, StockPosition> stock;
        final Map<String, List<PurchaseOrderLine>> orders;
        final Map<String, Map<String, Double>> daily;
        final Map<String, Double> returnRates;
        final List<StoredProposal> proposals;
        /** The SKUs read, or null for every SKU. */
        final java.util.SortedSet<String> skus;
        /** Factors on the daily demand of some SKU × locations' channels (a scenario's forecasts), on top of {@link #daily}. */
        private final Map<ProposalKey, Map<String, Double>> demandFactors;

        Snapshot(java.util.SortedSet<String> skus) {
            products = new HashMap<>();
            locations = new TreeMap<>();
            stock = new HashMap<>();
            orders = new HashMap<>();
            daily = new HashMap<>();
            returnRates = new HashMap<>();
            demandFactors = Map.of();
            this.skus = skus;
            for (Product p : store.products()) products.put(p.sku(), p);
            for (Location l : store.locations()) locations.put(l.code(), l);
            for (StockPosition sp : store.latestStock()) {
                if (skus == null || skus.contains(sp.sku())) stock.put(pair(sp.sku(), sp.location()), sp);
            }
            for (PurchaseOrderLine line : store.purchaseOrders()) {
                if (skus != null && !skus.contains(line.sku())) continue;
                orders.computeIfAbsent(pair(line.sku(), line.location()), k -> new ArrayList<>()).add(line);
            }
            proposals = skus == null ? store.proposals() : store.proposalsWithoutText(skus);
            Optional<ForecastRun> run = store.latestForecastRun();
            if (run.isPresent()) {
                LocalDate today = LocalDate.now(clock);
                int weeksPast = (int) Math.max(0, Math.floorDiv(ChronoUnit.DAYS.between(run.get().firstWeek(), today), 7));
                java.util.function.Consumer<reassort.store.SeriesForecast> collect = f -> {
                    double[] point = f.point();
                    double week = point.length == 0 ? 0 : Math.max(0, point[Math.min(point.length - 1, weeksPast)]);
                    if (week > 0) {
                        daily.computeIfAbsent(pair(f.key().sku(), f.key().location()), k -> new TreeMap<>())
                                .put(f.key().channel(), week / 7);
                    }
                };
                if (skus == null) {
                    store.forEachSeriesForecast(run.get().id(), collect);
                } else {
                    store.forEachSeriesForecast(run.get().id(), skus, collect);
                }
                for (ReturnsEstimate r : store.returnsEstimates(run.get().id())) {
                    if (r.returnRate() > 0) returnRates.put(r.isChannelTotal() ? r.channel() : r.channel() + '\u0000'
                            + pair(r.sku(), r.location()), r.returnRate());
                }
            }
        }

        /** The same snapshot (nothing copied) with the overlay's demand factors applied to the daily demand. */
        private Snapshot(Snapshot base, Map<ProposalKey, Map<String, Double>> demandFactors) {
            products = base.products;
            locations = base.locations;
            stock = base.stock;
            orders = base.orders;
            daily = base.daily;
            returnRates = base.returnRates;
            proposals = base.proposals;
            skus = base.skus;
            this.demandFactors = demandFactors;
        }

        Snapshot with(AllocationOverlay overlay) {
            return overlay.demandFactors().isEmpty() ? this : new Snapshot(this, overlay.demandFactors());
        }

        double daily(String sku, String location) {
            double total = 0;
            for (double d : dailyByChannel(sku, location).values()) total += d;
            return total;
        }

        Map<String, Double> dailyByChannel(String sku, String location) {
            Map<String, Double> base = daily.getOrDefault(pair(sku, location), Map.of());
            if (demandFactors.isEmpty() || base.isEmpty()) return base;
            Map<String, Double> factors = demandFactors.get(new ProposalKey(sku, location));
            if (factors == null) return base;
            Map<String, Double> scaled = new TreeMap<>();
            for (Map.Entry<String, Double> e : base.entrySet()) {
                scaled.put(e.getKey(), e.getValue() * factors.getOrDefault(e.getKey(), 1.0));
            }
            return scaled;
        }

        /** The location's stock, in-transit (expected after the default transfer lane), confirmed orders and returns. */
        AtpItem atpItem(Product product, String location, LocalDate today, AllocationRules rules) {
            Location l = locations.get(location);
            LocationType type = l == null ? LocationType.WAREHOUSE : l.type();
            StockPosition sp = stock.get(pair(product.sku(), location));
            List<Inflow> inflows = new ArrayList<>();
            if (sp != null && sp.inTransit() > 0) {
                inflows.add(new Inflow(today.plusDays(IN_TRANSIT_DAYS), sp.inTransit(),
                        Inflow.Kind.IN_TRANSIT));
            }
            for (PurchaseOrderLine line : orders.getOrDefault(pair(product.sku(), location), List.of())) {
                if (line.confirmed()) inflows.add(new Inflow(line.expectedDate(), line.quantity(), Inflow.Kind.PURCHASE_ORDER));
            }
            Map<String, Double> channels = dailyByChannel(product.sku(), location);
            for (Map.Entry<String, Double> e : channels.entrySet()) {
                Double rate = returnRates.get(e.getKey() + '\u0000' + pair(product.sku(), location));
                if (rate == null) rate = returnRates.get(e.getKey());
                if (rate == null) continue;
                // steady state: what comes back each week is the return rate × a week's sales
                double weekly = Math.floor(rate * e.getValue() * 7 + 1e-9);
                for (int w = 1; w <= RETURN_WEEKS && weekly > 0; w++) {
                    inflows.add(new Inflow(today.plusWeeks(w), weekly, Inflow.Kind.RETURNS));
                }
            }
            return new AtpItem(product.sku(), product.category(), location, type,
                    AllocationRulesMapping.channelsSellingFrom(l, channels.keySet()), sp, inflows);
        }
    }
}
