package reassort.engine.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Shares one SKU's scarce supply between the locations and channels that need it, in whole units:
 * <ol>
 *   <li>when the supply covers every need, everyone gets its need;</li>
 *   <li>else presentation minimums first, priority by priority (a priority that cannot be covered shares what is left
 *       in proportion to its shortfalls);</li>
 *   <li>then priority by priority, the remaining needs: a priority is served in full before the next one gets
 *       anything; the priority the supply runs out in shares it by the fair-share rule — equal days of cover (water
 *       filling: every line is raised to the same cover L, never beyond its need) or the same share of every need.</li>
 * </ol>
 * Invariants (tested on generated cases): no line gets more than its need, the lines never get more than the
 * supply, nothing is negative, and when needs exceed supply the whole supply is given.
 *
 * <p>With planner's decisions ({@link AllocationRequest#decisions()}) the request is allocated twice: a first pass
 * without them gives the decided lines their computed quantity (shown beside the planner's, for comparison); then
 * the decided lines leave the sharing — edited, approved and exported ones take their quantity from the supply first,
 * rejected ones take nothing — and the undecided lines share what remains (never below 0) by the same rules.
 */
public final class Allocator {
    private Allocator() {}

    public static List<AllocationLine> allocate(AllocationRequest request, FairShare rule) {
        List<AllocationLine> first = allocate(request, request.needs(), request.supply(), rule, null);
        if (request.decisions().isEmpty()) return first;
        List<AllocationNeed> open = new ArrayList<>();
        boolean[] decided = new boolean[request.needs().size()];
        int rejectedLines = 0;
        double freed = 0;
        int heldLines = 0;
        for (PlannerDecision d : request.decisions()) {
            if (d.rejected()) rejectedLines++;
            else heldLines++;
        }
        for (int i = 0; i < request.needs().size(); i++) {
            AllocationNeed need = request.needs().get(i);
            for (PlannerDecision d : request.decisions()) {
                if (d.matches(need)) {
                    decided[i] = true;
                    if (d.rejected()) freed += first.get(i).quantity();
                }
            }
            if (!decided[i]) open.add(need);
        }
        Netting netting = new Netting(request.supply(), heldLines, request.heldUnits(), rejectedLines, freed);
        List<AllocationLine> second = allocate(request, open, netting.netSupply(), rule, netting);
        List<AllocationLine> lines = new ArrayList<>(first.size());
        int next = 0;
        for (int i = 0; i < first.size(); i++) lines.add(decided[i] ? first.get(i) : second.get(next++));
        return lines;
    }

    private static List<AllocationLine> allocate(AllocationRequest request, List<AllocationNeed> needs, double supply,
            FairShare rule, Netting netting) {
        int n = needs.size();
        double totalNeed = 0;
        for (AllocationNeed need : needs) totalNeed += need.need();
        double[] minimum = new double[n];
        double[] share = new double[n];
        double[] tierSupply = new double[n];
        double[] level = new double[n];
        Arrays.fill(level, Double.NaN);
        if (totalNeed <= supply) {
            for (int i = 0; i < n; i++) {
                share[i] = needs.get(i).need();
                tierSupply[i] = supply;
            }
            return lines(request, needs, rule, minimum, share, tierSupply, level, supply, totalNeed, netting);
        }
        TreeSet<Integer> priorities = new TreeSet<>();
        for (AllocationNeed need : needs) priorities.add(need.priority());
        double left = supply;
        for (int priority : priorities) {
            int[] tier = tier(needs, priority);
            double[] shortfall = new double[tier.length];
            double sum = 0;
            for (int k = 0; k < tier.length; k++) {
                shortfall[k] = needs.get(tier[k]).minimumShortfall();
                sum += shortfall[k];
            }
            double[] given = sum <= left ? shortfall : proportional(shortfall, left);
            for (int k = 0; k < tier.length; k++) {
                minimum[tier[k]] = given[k];
                left -= given[k];
            }
        }
        for (int priority : priorities) {
            int[] tier = tier(needs, priority);
            double[] remaining = new double[tier.length];
            double sum = 0;
            for (int k = 0; k < tier.length; k++) {
                remaining[k] = needs.get(tier[k]).need() - minimum[tier[k]];
                sum += remaining[k];
                tierSupply[tier[k]] = left;
            }
            if (sum <= left) {
                for (int k = 0; k < tier.length; k++) share[tier[k]] = remaining[k];
                left -= sum;
                continue;
            }
            double[] given;
            double tierLevel;
            if (rule == FairShare.DAYS_OF_COVER) {
                double[] position = new double[tier.length];
                double[] daily = new double[tier.length];
                for (int k = 0; k < tier.length; k++) {
                    position[k] = needs.get(tier[k]).position() + minimum[tier[k]];
                    daily[k] = needs.get(tier[k]).dailyDemand();
                }
                double[] levelOut = new double[1];
                given = equalCover(remaining, position, daily, left, levelOut);
                tierLevel = levelOut[0];
            } else {
                tierLevel = sum > 0 ? left / sum : Double.NaN;
                given = proportional(remaining, left);
            }
            for (int k = 0; k < tier.length; k++) {
                share[tier[k]] = given[k];
                level[tier[k]] = tierLevel;
                left -= given[k];
            }
        }
        return lines(request, needs, rule, minimum, share, tierSupply, level, supply, totalNeed, netting);
    }

    private static int[] tier(List<AllocationNeed> needs, int priority) {
        int count = 0;
        for (AllocationNeed need : needs) if (need.priority() == priority) count++;
        int[] tier = new int[count];
        int k = 0;
        for (int i = 0; i < needs.size(); i++) if (needs.get(i).priority() == priority) tier[k++] = i;
        return tier;
    }

    /** Whole units in proportion to {@code weights}, summing to ⌊supply⌋ when the weights add to more; never above a weight. */
    static double[] proportional(double[] weights, double supply) {
        int n = weights.length;
        double total = 0;
        for (double w : weights) total += w;
        double[] given = new double[n];
        if (total <= 0 || supply <= 0) return given;
        double units = Math.floor(Math.min(supply, total) + 1e-9);
        double[] remainder = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double exact = weights[i] * units / total;
            given[i] = Math.min(weights[i], Math.floor(exact + 1e-9));
            remainder[i] = exact - given[i];
            sum += given[i];
        }
        double extra = units - sum;
        while (extra > 0.5) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (given[i] + 1 <= weights[i] + 1e-9 && (best < 0 || remainder[i] > remainder[best])) best = i;
            }
            if (best < 0) break;
            given[best]++;
            remainder[best] -= 1;
            extra--;
        }
        return given;
    }

    /**
     * Water filling on days of cover: the level L such that Σ clamp(L·d − IP, 0, r) = supply, in whole units (leftover
     * units one at a time to the lowest cover). Lines without demand only get what is left once every line with
     * demand is full, in proportion to their needs.
     */
    static double[] equalCover(double[] remaining, double[] position, double[] daily, double supply, double[] levelOut) {
        int n = remaining.length;
        double units = Math.floor(supply + 1e-9);
        double[] given = new double[n];
        double withDemand = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (daily[i] > 0 && remaining[i] > 0) {
                withDemand += remaining[i];
                lo = Math.min(lo, position[i] / daily[i]);
                hi = Math.max(hi, (position[i] + remaining[i]) / daily[i]);
            }
        }
        if (withDemand <= units) {
            double[] rest = new double[n];
            for (int i = 0; i < n; i++) {
                if (daily[i] > 0) given[i] = remaining[i];
                else rest[i] = remaining[i];
            }
            double[] extra = proportional(rest, units - withDemand);
            for (int i = 0; i < n; i++) given[i] += extra[i];
            levelOut[0] = Double.isFinite(hi) ? hi : Double.NaN;
            return given;
        }
        for (int iteration = 0; iteration < 100 && hi - lo > 1e-9; iteration++) {
            double mid = (lo + hi) / 2;
            if (filled(mid, remaining, position, daily) > units) hi = mid;
            else lo = mid;
        }
        levelOut[0] = lo;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (daily[i] > 0) given[i] = Math.floor(clamp(lo * daily[i] - position[i], remaining[i]) + 1e-9);
            sum += given[i];
        }
        double extra = units - sum;
        while (extra > 0.5) {
            int best = -1;
            double bestCover = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (daily[i] <= 0 || given[i] + 1 > remaining[i] + 1e-9) continue;
                double cover = (position[i] + given[i]) / daily[i];
                if (cover < bestCover) {
                    bestCover = cover;
                    best = i;
                }
            }
            if (best < 0) break;
            given[best]++;
            extra--;
        }
        return given;
    }

    private static double filled(double level, double[] remaining, double[] position, double[] daily) {
        double total = 0;
        for (int i = 0; i < remaining.length; i++) {
            if (daily[i] > 0) total += clamp(level * daily[i] - position[i], remaining[i]);
        }
        return total;
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    private static List<AllocationLine> lines(AllocationRequest request, List<AllocationNeed> needs, FairShare rule,
            double[] minimum, double[] share, double[] tierSupply, double[] level, double supply, double totalNeed,
            Netting netting) {
        List<AllocationLine> lines = new ArrayList<>(needs.size());
        for (int i = 0; i < needs.size(); i++) {
            AllocationNeed need = needs.get(i);
            lines.add(new AllocationLine(request.sku(), request.source(), need.location(), need.channel(), need.priority(),
                    request.availableNow(), request.inbound(), supply, totalNeed, need.need(), need.position(),
                    need.dailyDemand(), need.minimum(), tierSupply[i], minimum[i], share[i], rule, level[i], netting));
        }
        return lines;
    }
}
