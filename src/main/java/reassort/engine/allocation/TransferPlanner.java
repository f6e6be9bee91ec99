package reassort.engine.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import reassort.domain.LocationType;

/**
 * Proposes transfers of one SKU from stores with overstock to locations at risk of stockout before their next
 * receipt (a warehouse or hub at risk is a receiver too: stock goes back to it; it never gives, allocation does that). A donor keeps the larger of its
 * order-up-to level, its protected stock and {@link AllocationRules#overstockCoverDays()} of demand; a receiver takes
 * up to its order-up-to level (or its risk when that is unknown). Receivers with the largest risk are served first,
 * each from the donor of its region with the most excess (then any donor); a transfer is kept only when the margin of
 * the sales it saves beats its cost and it moves at least the minimum units.
 *
 * <p>With planner's decisions, a first pass without them gives the decided pairs their computed transfer (shown
 * beside the planner's); then edited, approved and exported transfers count in both sites' availability (the donor
 * has that much less, the receiver that much more), no decided or rejected pair is proposed again, and the other
 * transfers are planned on what is left.
 */
public final class TransferPlanner {
    private TransferPlanner() {}

    public static List<TransferLine> plan(String sku, double unitMargin, List<TransferSite> sites, AllocationRules rules,
            List<TransferDecision> decisions) {
        List<TransferLine> first = plan(sku, unitMargin, sites, rules);
        if (decisions.isEmpty()) return first;
        List<TransferSite> netted = new ArrayList<>(sites.size());
        for (TransferSite s : sites) {
            double moved = 0;
            for (TransferDecision d : decisions) {
                if (d.from().equals(s.location())) moved -= d.quantity();
                if (d.to().equals(s.location())) moved += d.quantity();
            }
            netted.add(moved == 0 ? s : new TransferSite(s.location(), s.type(), s.region(), s.available() + moved,
                    s.orderUpTo(), s.dailyDemand(), s.daysToNextReceipt(), s.protectedStock()));
        }
        List<TransferLine> lines = new ArrayList<>();
        for (TransferLine line : first) {
            if (decided(decisions, line.from(), line.to())) lines.add(line);
        }
        for (TransferLine line : plan(sku, unitMargin, netted, rules, decisions, true)) lines.add(line);
        return lines;
    }

    private static boolean decided(List<TransferDecision> decisions, String from, String to) {
        for (TransferDecision d : decisions) if (d.pair(from, to)) return true;
        return false;
    }

    public static List<TransferLine> plan(String sku, double unitMargin, List<TransferSite> sites, AllocationRules rules) {
        return plan(sku, unitMargin, sites, rules, List.of(), false);
    }

    private static List<TransferLine> plan(String sku, double unitMargin, List<TransferSite> sites, AllocationRules rules,
            List<TransferDecision> decisions, boolean skipDecided) {
        TransferCost cost = rules.transferCost();
        int n = sites.size();
        double[] excess = new double[n];
        double[] keep = new double[n];
        double[] wants = new double[n];
        double[] risk = new double[n];
        for (int i = 0; i < n; i++) {
            TransferSite s = sites.get(i);
            double orderUpTo = Double.isNaN(s.orderUpTo()) ? 0 : s.orderUpTo();
            keep[i] = Math.max(Math.max(orderUpTo, s.protectedStock()), s.dailyDemand() * rules.overstockCoverDays());
            // warehouses and hubs hand stock out through allocation: in transfers they only receive
            excess[i] = s.type() != LocationType.STORE ? 0 : Math.max(0, Math.floor(s.available() - keep[i] + 1e-9));
            risk[i] = s.riskUnits();
            double target = Double.isNaN(s.orderUpTo()) ? s.dailyDemand() * s.daysToNextReceipt() : s.orderUpTo();
            wants[i] = risk[i] > 0 ? Math.max(0, Math.ceil(Math.max(target, s.protectedStock()) - Math.max(0, s.available()) - 1e-9)) : 0;
        }
        List<Integer> receivers = new ArrayList<>();
        for (int i = 0; i < n; i++) if (risk[i] > 0 && wants[i] > 0 && excess[i] == 0) receivers.add(i);
        receivers.sort(Comparator.comparingDouble((Integer i) -> -risk[i]).thenComparing(i -> sites.get(i).location()));
        List<TransferLine> lines = new ArrayList<>();
        if (unitMargin <= 0) return lines;
        for (int r : receivers) {
            TransferSite to = sites.get(r);
            while (wants[r] > 0) {
                int donor = -1;
                for (int d = 0; d < n; d++) {
                    if (d == r || excess[d] < Math.max(1, cost.minimumUnits())) continue;
                    if (skipDecided && decided(decisions, sites.get(d).location(), to.location())) continue;
                    if (donor < 0 || better(sites, d, donor, to, excess)) donor = d;
                }
                if (donor < 0) break;
                double q = Math.min(excess[donor], wants[r]);
                if (q < cost.minimumUnits()) break;
                double saved = Math.min(q, risk[r]);
                double benefit = saved * unitMargin;
                double transferCost = cost.of(q);
                if (benefit <= transferCost) break;
                TransferSite from = sites.get(donor);
                lines.add(new TransferLine(sku, from.location(), to.location(), q, from.available(), keep[donor], from.cover(),
                        to.available(), to.dailyDemand(), to.daysToNextReceipt(), risk[r], wants[r], saved, unitMargin,
                        benefit, cost.perTransfer(), cost.perUnit(), transferCost));
                excess[donor] -= q;
                wants[r] -= q;
                risk[r] = Math.max(0, risk[r] - q);
                if (risk[r] <= 0) break;
            }
        }
        return lines;
    }

    private static boolean better(List<TransferSite> sites, int d, int current, TransferSite to, double[] excess) {
        boolean sameRegion = !to.region().isEmpty() && to.region().equals(sites.get(d).region());
        boolean currentSame = !to.region().isEmpty() && to.region().equals(sites.get(current).region());
        if (sameRegion != currentSame) return sameRegion;
        if (excess[d] != excess[current]) return excess[d] > excess[current];
        return sites.get(d).location().compareTo(sites.get(current).location()) < 0;
    }
}
