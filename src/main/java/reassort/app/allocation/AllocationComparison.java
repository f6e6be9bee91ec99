package reassort.app.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import reassort.engine.allocation.AllocationLine;
import reassort.engine.allocation.AllocationRequest;
import reassort.engine.allocation.AllocationResult;
import reassort.engine.allocation.TransferLine;

/**
 * A what-if allocation of some SKUs against the baseline's (the stored plan's), both computed by the rules
 * {@code allocate} uses, per channel, per location, and line by line; or why it was not computed.
 *
 * @param skipped why there is no allocation to compare ({@link Skipped#NONE} when there is one)
 * @param rulesSource "stored rules" or "defaults"
 * @param skus SKUs allocated (when skipped, the SKUs the scenario affects)
 * @param sources SKU × source locations with needs, baseline and scenario
 * @param scarce of those, the sources short of supply
 * @param lines every allocation line of either side, in SKU, source, location, channel order
 */
public record AllocationComparison(Skipped skipped, String rulesSource, int skus, long baselineSources,
        long scenarioSources, long baselineScarce, long scenarioScarce, List<ChannelRow> channels,
        List<LocationRow> locations, TransferSide baselineTransfers, TransferSide scenarioTransfers, int transfersAdded,
        double transferUnitsAdded, int transfersDropped, List<LineChange> lines) {
    public AllocationComparison {
        if (skipped == null) throw new IllegalArgumentException("Skipped is missing. Maybe use Skipped.NONE.");
        rulesSource = rulesSource == null ? "" : rulesSource;
        channels = List.copyOf(channels);
        locations = List.copyOf(locations);
        lines = List.copyOf(lines);
    }

    /** The lines whose need or quantity the scenario changes. */
    public List<LineChange> changes() {
        return lines.stream().filter(LineChange::changed).toList();
    }

    /** Why a scenario's allocation was not computed: the screen words it in the planner's language. */
    public enum Skipped {
        NONE(""),
        NOT_ASKED("not asked"),
        NO_SKU("no SKU is affected"),
        NO_PLAN("no replenishment plan in the store yet (allocation shares the plan's proposals); maybe run "
                + "`reassort plan` first"),
        NO_SUPPLYING_LOCATION("no warehouse or hub supplies the %d affected SKU(s): no store orders them from a "
                + "supplying location"),
        NO_SUPPLY("the warehouses and hubs hold no stock of the %d affected SKU(s), nor receipts within "
                + RunAllocation.HORIZON_DAYS + " days: there is nothing to share");

        private final String english;

        Skipped(String english) {
            this.english = english;
        }
    }

    /** No comparison, for a scenario affecting {@code skus} SKUs. */
    public static AllocationComparison notComputed(Skipped why, int skus) {
        if (why == Skipped.NONE) throw new IllegalArgumentException("A comparison not computed needs a reason, not NONE.");
        return new AllocationComparison(why, "", skus, 0, 0, 0, 0, List.of(), List.of(), TransferSide.NONE,
                TransferSide.NONE, 0, 0, 0, List.of());
    }

    /** Why there is no comparison, in English (the command line's words); "" when there is one. */
    public String notComputed() {
        return String.format(Locale.ROOT, skipped.english, skus);
    }

    public boolean computed() {
        return skipped == Skipped.NONE;
    }

    /** Units needed and allocated on each side; the shortfall is the need left unserved. */
    public record ChannelRow(String channel, double baselineNeed, double scenarioNeed, double baselineAllocated,
            double scenarioAllocated) {
        public double baselineShortfall() {
            return Math.max(0, baselineNeed - baselineAllocated);
        }

        public double scenarioShortfall() {
            return Math.max(0, scenarioNeed - scenarioAllocated);
        }

        /** Allocated ÷ needed (1 when nothing was needed). */
        public double baselineFill() {
            return fill(baselineAllocated, baselineNeed);
        }

        public double scenarioFill() {
            return fill(scenarioAllocated, scenarioNeed);
        }

        public double extraAllocated() {
            return scenarioAllocated - baselineAllocated;
        }
    }

    /** Units needed and allocated at one location (stores, and the source's own channels at the source). */
    public record LocationRow(String location, double baselineNeed, double scenarioNeed, double baselineAllocated,
            double scenarioAllocated) {
        public double extraAllocated() {
            return scenarioAllocated - baselineAllocated;
        }
    }

    /** Transfer proposals of one side. */
    public record TransferSide(int count, double units) {
        static final TransferSide NONE = new TransferSide(0, 0);
    }

    /** One allocation line the scenario changes (0 on the side that does not have it). */
    public record LineChange(String sku, String source, String location, String channel, double baselineNeed,
            double scenarioNeed, double baselineQuantity, double scenarioQuantity) {
        public boolean changed() {
            return baselineNeed != scenarioNeed || baselineQuantity != scenarioQuantity;
        }
    }

    public double baselineAllocated() {
        return channels.stream().mapToDouble(ChannelRow::baselineAllocated).sum();
    }

    public double scenarioAllocated() {
        return channels.stream().mapToDouble(ChannelRow::scenarioAllocated).sum();
    }

    public double baselineShortfall() {
        return channels.stream().mapToDouble(ChannelRow::baselineShortfall).sum();
    }

    public double scenarioShortfall() {
        return channels.stream().mapToDouble(ChannelRow::scenarioShortfall).sum();
    }

    static double fill(double allocated, double need) {
        return need <= 0 ? 1 : allocated / need;
    }

    /** Compares two computations of the same SKUs. */
    static AllocationComparison of(String rulesSource, int skus, List<AllocationRequest> baselineRequests,
            AllocationResult baseline, List<AllocationRequest> scenarioRequests, AllocationResult scenario) {
        Map<String, double[]> channels = new TreeMap<>();
        Map<String, double[]> locations = new TreeMap<>();
        Map<String, double[]> lines = new TreeMap<>();
        Map<String, String[]> lineKeys = new HashMap<>();
        add(baseline.lines(), 0, channels, locations, lines, lineKeys);
        add(scenario.lines(), 1, channels, locations, lines, lineKeys);
        List<ChannelRow> channelRows = new ArrayList<>();
        channels.forEach((c, v) -> channelRows.add(new ChannelRow(c, v[0], v[1], v[2], v[3])));
        List<LocationRow> locationRows = new ArrayList<>();
        locations.forEach((l, v) -> locationRows.add(new LocationRow(l, v[0], v[1], v[2], v[3])));
        List<LineChange> lineRows = new ArrayList<>();
        lines.forEach((k, v) -> {
            String[] key = lineKeys.get(k);
            lineRows.add(new LineChange(key[0], key[1], key[2], key[3], v[0], v[1], v[2], v[3]));
        });
        Map<String, Double> baselineMoves = moves(baseline.transfers());
        Map<String, Double> scenarioMoves = moves(scenario.transfers());
        int added = 0;
        double addedUnits = 0;
        for (Map.Entry<String, Double> e : scenarioMoves.entrySet()) {
            if (baselineMoves.containsKey(e.getKey())) continue;
            added++;
            addedUnits += e.getValue();
        }
        int dropped = (int) baselineMoves.keySet().stream().filter(k -> !scenarioMoves.containsKey(k)).count();
        return new AllocationComparison(Skipped.NONE, rulesSource, skus, baselineRequests.size(), scenarioRequests.size(),
                scarce(baselineRequests), scarce(scenarioRequests), channelRows, locationRows, side(baseline.transfers()),
                side(scenario.transfers()), added, addedUnits, dropped, lineRows);
    }

    private static void add(List<AllocationLine> result, int side, Map<String, double[]> channels,
            Map<String, double[]> locations, Map<String, double[]> lines, Map<String, String[]> lineKeys) {
        for (AllocationLine l : result) {
            double[] c = channels.computeIfAbsent(l.channel(), k -> new double[4]);
            c[side] += l.need();
            c[2 + side] += l.quantity();
            double[] at = locations.computeIfAbsent(l.location(), k -> new double[4]);
            at[side] += l.need();
            at[2 + side] += l.quantity();
            String key = l.sku() + '\u0000' + l.source() + '\u0000' + l.location() + '\u0000' + l.channel();
            double[] line = lines.computeIfAbsent(key, k -> new double[4]);
            lineKeys.putIfAbsent(key, new String[] {l.sku(), l.source(), l.location(), l.channel()});
            line[side] += l.need();
            line[2 + side] += l.quantity();
        }
    }

    private static Map<String, Double> moves(List<TransferLine> transfers) {
        Map<String, Double> moves = new HashMap<>();
        for (TransferLine t : transfers) moves.merge(t.sku() + '\u0000' + t.from() + '\u0000' + t.to(), t.quantity(), Double::sum);
        return moves;
    }

    private static TransferSide side(List<TransferLine> transfers) {
        double units = 0;
        for (TransferLine t : transfers) units += t.quantity();
        return new TransferSide(transfers.size(), units);
    }

    private static long scarce(List<AllocationRequest> requests) {
        return requests.stream().filter(r -> r.totalNeed() > r.supply()).count();
    }
}
