package reassort.app.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reassort.app.allocation.AllocationReview;
import reassort.app.allocation.AllocationSummary;
import reassort.app.allocation.RunAllocation;
import reassort.app.allocation.SkuAvailability;
import reassort.app.plan.RunPlan;
import reassort.domain.ProgressListener;
import reassort.engine.allocation.ChannelAtp;
import reassort.store.AllocationKey;
import reassort.store.AuditEntry;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;
import reassort.store.StoredTransfer;
import reassort.store.TransferKey;

/**
 * The planner's desk over the allocations and transfers: runs the allocation, reads the grids' rows (with the
 * products' labels), one row's explanation, audit trail and the SKU's available to promise, imports or resets the
 * rules, and saves every change at once through {@link RunAllocation}'s single-row methods (each audited). Not
 * thread-safe: call it from one thread at a time (the UI's task runner does).
 */
public final class AllocationDesk {
    private final RunAllocation allocations;
    private final AllocationReview review;
    private final RunPlan plans;
    private final Clock clock;
    private Map<String, String> labels;

    public AllocationDesk(RunAllocation allocations, AllocationReview review, RunPlan plans, Clock clock) {
        this.allocations = allocations;
        this.review = review;
        this.plans = plans;
        this.clock = clock;
    }

    /** What the latest allocation run did, as the screen's summary line tells it. */
    public record LatestRun(Instant at, LocalDate asOf, long lines, long scarceSkus, long transfers, long elapsedMillis) {}

    /** Everything the screen shows at once: the latest run (null when none), the allocations and the transfers. */
    public record Board(LatestRun latest, List<AllocationRow> allocations, List<TransferRow> transfers) {
        public Board {
            allocations = List.copyOf(allocations);
            transfers = List.copyOf(transfers);
        }
    }

    /**
     * What one channel may sell of the SKU at a location from a date on (the first line of a channel is "now").
     *
     * @param free stock free to sell now (on hand − reserved − backorders), NaN on future lines
     * @param withheld units held back from the channel now (buffer, presentation minimum), NaN on future lines
     * @param rule the rules that held stock back, empty when none
     */
    public record AtpLine(String location, String channel, LocalDate from, double available, double free, double withheld,
            String rule) {}

    /**
     * The SKU's available to promise per location, channel and date, and the web's pool with ship-from-store stores
     * (the warehouse's web stock plus what the stores may ship).
     */
    public record Availability(String sku, List<AtpLine> lines, double webPooled, double webWarehouse, int webStores) {
        public Availability {
            lines = List.copyOf(lines);
        }
    }

    /** Whether a plan run exists: allocation shares stock between its needs. */
    public boolean hasPlan() {
        return plans.latestRun().isPresent();
    }

    /** Allocates from the latest plan run (see {@link RunAllocation#run}); the labels are read again after. */
    public AllocationSummary run(ProgressListener progress) {
        AllocationSummary summary = allocations.run(progress);
        labels = null;
        return summary;
    }

    public Board board() {
        Map<String, String> names = labels();
        LatestRun latest = allocations.latestRun().map(r -> new LatestRun(r.createdAt(), r.asOf(), r.allocationLines(),
                r.scarceSkus(), r.transfers(), r.elapsedMillis())).orElse(null);
        List<AllocationRow> rows = new ArrayList<>();
        for (StoredAllocation a : allocations.allocations()) rows.add(AllocationRow.of(a, names.get(a.sku())));
        List<TransferRow> moves = new ArrayList<>();
        for (StoredTransfer t : allocations.transfers()) moves.add(TransferRow.of(t, names.get(t.sku())));
        return new Board(latest, rows, moves);
    }

    /** Reads a rules file into the store in place of the previous rules; returns how many rules it holds. */
    public int importRules(Path file) {
        allocations.importRules(file);
        return allocations.ruleRows().size();
    }

    /** Drops the stored rules: the defaults apply to the next run. */
    public void resetRules() {
        allocations.resetRules();
    }

    /** How many rules are stored (0: the defaults apply). */
    public int ruleCount() {
        return allocations.ruleRows().size();
    }

    // ---- changes, one row at a time --------------------------------------------------------------------------------

    public AllocationRow edit(AllocationRow.Key key, double quantity, String reason) {
        return row(allocations.edit(key.sku(), key.location(), key.channel(), quantity, reason));
    }

    /** Approves, rejects or resets (PROPOSED, the edit dropped) the allocations, all or nothing; returns the fresh rows. */
    public List<AllocationRow> setStatus(List<AllocationRow.Key> keys, PlanStatus status, String reason,
            ProgressListener progress) {
        ProgressListener.checkCancelled();
        review.setStatus(keys.stream().map(k -> new AllocationKey(k.sku(), k.location(), k.channel())).toList(),
                status.stored(), reason);
        progress.progress(keys.size(), keys.size(), "");
        Map<AllocationRow.Key, AllocationRow> fresh = new HashMap<>();
        for (StoredAllocation a : allocations.allocations()) {
            AllocationRow row = row(a);
            fresh.put(row.key(), row);
        }
        return keys.stream().map(fresh::get).toList();
    }

    public TransferRow edit(TransferRow.Key key, double quantity, String reason) {
        return row(allocations.editTransfer(key.sku(), key.from(), key.to(), quantity, reason));
    }

    /** Approves, rejects or resets the transfers, all or nothing; returns the fresh rows. */
    public List<TransferRow> setTransferStatus(List<TransferRow.Key> keys, PlanStatus status, String reason,
            ProgressListener progress) {
        ProgressListener.checkCancelled();
        review.setTransferStatus(keys.stream().map(k -> new TransferKey(k.sku(), k.from(), k.to())).toList(),
                status.stored(), reason);
        progress.progress(keys.size(), keys.size(), "");
        Map<TransferRow.Key, TransferRow> fresh = new HashMap<>();
        for (StoredTransfer t : allocations.transfers()) {
            TransferRow row = row(t);
            fresh.put(row.key(), row);
        }
        return keys.stream().map(fresh::get).toList();
    }

    // ---- details ---------------------------------------------------------------------------------------------------

    /** The allocations and transfers of the SKU at the location, and its available to promise there, as text. */
    public String explanation(String sku, String location) {
        return allocations.explain(sku, location);
    }

    /** Who changed this allocation, when, from what to what and why, oldest first. */
    public List<AuditLine> auditTrail(AllocationRow.Key key) {
        return trail(AuditEntry.ALLOCATION, key.sku(), key.location(), key.channel());
    }

    /** Who changed this transfer (audited under its origin, the destination as detail), oldest first. */
    public List<AuditLine> auditTrail(TransferRow.Key key) {
        return trail(AuditEntry.TRANSFER, key.sku(), key.from(), key.to());
    }

    private List<AuditLine> trail(String subject, String sku, String location, String detail) {
        return plans.auditTrail(sku, location).stream()
                .filter(e -> subject.equals(e.subject()) && detail.equals(e.detail()))
                .map(AuditLine::of).toList();
    }

    public Availability availability(String sku) {
        SkuAvailability atp = allocations.availability(sku);
        List<AtpLine> lines = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        atp.byLocation().forEach((location, channels) -> {
            for (ChannelAtp c : channels.values()) {
                lines.add(new AtpLine(location, c.channel(), today, c.availableNow(), c.free(), c.withheld(), c.rule()));
                for (ChannelAtp.Dated d : c.future()) {
                    lines.add(new AtpLine(location, c.channel(), d.date(), d.available(), Double.NaN, Double.NaN, ""));
                }
            }
        });
        return new Availability(sku, lines, atp.web().total(), atp.web().warehouse(), atp.web().stores().size());
    }

    private AllocationRow row(StoredAllocation a) {
        return AllocationRow.of(a, labels().get(a.sku()));
    }

    private TransferRow row(StoredTransfer t) {
        return TransferRow.of(t, labels().get(t.sku()));
    }

    /** The products' labels, from the plan's rows (every allocated SKU has a proposal somewhere). */
    private Map<String, String> labels() {
        if (labels == null) {
            Map<String, String> read = new HashMap<>();
            plans.rows().forEach(r -> read.putIfAbsent(r.sku(), r.label()));
            labels = read;
        }
        return labels;
    }
}
