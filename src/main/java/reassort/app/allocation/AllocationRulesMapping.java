package reassort.app.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.engine.allocation.AllocationRules;
import reassort.engine.allocation.ChannelBuffer;
import reassort.engine.allocation.FairShare;
import reassort.engine.allocation.PresentationMinimum;
import reassort.engine.allocation.Scope;
import reassort.engine.allocation.TransferCost;
import reassort.store.AllocationRuleRow;
import reassort.store.Store;

/**
 * The planner's stored rule rows as engine rules. Each kind of rule given replaces that kind's defaults (buffers,
 * minimums, fair share, transfer cost, overstock); priorities given override the default priority of their channel;
 * kinds not given keep the defaults of {@link AllocationRules#defaults()}.
 */
public final class AllocationRulesMapping {
    private AllocationRulesMapping() {}

    /** The rules stored in {@code store}, or the defaults when there are none. */
    public static AllocationRules load(Store store) {
        return toRules(store.allocations().rules(), "the stored allocation rules");
    }

    public static AllocationRules toRules(List<AllocationRuleRow> rows, String where) {
        AllocationRules defaults = AllocationRules.defaults();
        List<ChannelBuffer> buffers = new ArrayList<>();
        List<PresentationMinimum> minimums = new ArrayList<>();
        Map<String, Integer> priorities = new HashMap<>(defaults.channelPriorities());
        FairShare fairShare = null;
        TransferCost cost = null;
        double overstock = Double.NaN;
        int index = 0;
        for (AllocationRuleRow row : rows) {
            index++;
            try {
                switch (row.rule()) {
                    case "BUFFER", "TAMPON" -> buffers.add(new ChannelBuffer(row.channel(), scope(row),
                            nanToZero(row.units()), nanToZero(row.percent()), row.maxExposed()));
                    case "CAP", "PLAFOND" -> buffers.add(ChannelBuffer.cap(row.channel(), scope(row),
                            Double.isNaN(row.maxExposed()) ? row.units() : row.maxExposed()));
                    case "MINIMUM", "PRESENTATION" -> minimums.add(new PresentationMinimum(scope(row), nanToZero(row.units())));
                    case "PRIORITY", "PRIORITE" -> priorities.put(required(row.channel(), "a channel"), integer(row.value()));
                    case "FAIR_SHARE", "PARTAGE" -> fairShare = fairShare(row.value());
                    case "TRANSFER_COST", "COUT_TRANSFERT" -> cost = cost(row.value());
                    case "OVERSTOCK", "SURSTOCK" -> overstock = Double.parseDouble(row.value().replace(',', '.'));
                    default -> throw new IllegalArgumentException("unknown rule \"" + row.rule() + "\". Maybe BUFFER, CAP, "
                            + "MINIMUM, PRIORITY, FAIR_SHARE, TRANSFER_COST or OVERSTOCK.");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Rule " + index + " of " + where + " (" + row.rule() + "): " + e.getMessage(), e);
            }
        }
        return new AllocationRules(
                rows.stream().anyMatch(r -> isBuffer(r.rule())) ? buffers : defaults.buffers(),
                rows.stream().anyMatch(r -> r.rule().equals("MINIMUM") || r.rule().equals("PRESENTATION"))
                        ? minimums : defaults.minimums(),
                priorities, fairShare == null ? defaults.fairShare() : fairShare,
                cost == null ? defaults.transferCost() : cost,
                Double.isNaN(overstock) ? defaults.overstockCoverDays() : overstock);
    }

    /**
     * The channels that sell from a location's stock: a store's own sales channels plus click & collect and
     * ship-from-store when it offers them; elsewhere the channels its sales are booked in.
     */
    public static List<String> channelsSellingFrom(Location location, Collection<String> salesChannels) {
        List<String> channels = new ArrayList<>(salesChannels);
        if (location != null && location.type() == LocationType.STORE) {
            if (!channels.contains("STORE")) channels.add(0, "STORE");
            if (location.clickAndCollect() && !channels.contains("CC")) channels.add("CC");
            if (location.shipFromStore() && !channels.contains("SFS")) channels.add("SFS");
        }
        return channels;
    }

    private static boolean isBuffer(String rule) {
        return List.of("BUFFER", "TAMPON", "CAP", "PLAFOND").contains(rule);
    }

    private static Scope scope(AllocationRuleRow row) {
        LocationType type = null;
        if (!row.locationType().isEmpty()) {
            type = switch (row.locationType().toUpperCase(Locale.ROOT)) {
                case "STORE", "MAGASIN" -> LocationType.STORE;
                case "WAREHOUSE", "ENTREPOT", "ENTREPÔT" -> LocationType.WAREHOUSE;
                case "HUB" -> LocationType.HUB;
                default -> throw new IllegalArgumentException("location type \"" + row.locationType()
                        + "\" is not STORE, WAREHOUSE or HUB.");
            };
        }
        return new Scope(row.sku(), row.category(), row.location(), type);
    }

    private static FairShare fairShare(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (v.startsWith("DAYS") || v.startsWith("COVER") || v.startsWith("COUVERTURE")) return FairShare.DAYS_OF_COVER;
        if (v.startsWith("PROPORTIONAL") || v.startsWith("PRORATA") || v.startsWith("NEED")) return FairShare.PROPORTIONAL_TO_NEED;
        throw new IllegalArgumentException("fair-share rule \"" + value + "\" is not DAYS_OF_COVER or PROPORTIONAL_TO_NEED.");
    }

    private static TransferCost cost(String value) {
        String[] parts = value.split("/");
        try {
            double fixed = Double.parseDouble(parts[0].strip().replace(',', '.'));
            double perUnit = parts.length > 1 ? Double.parseDouble(parts[1].strip().replace(',', '.')) : 0;
            double minimum = parts.length > 2 ? Double.parseDouble(parts[2].strip().replace(',', '.')) : 1;
            return new TransferCost(fixed, perUnit, minimum);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("transfer cost \"" + value + "\" is not \"fixed/per unit/minimum units\", "
                    + "e.g. 15/0.5/2.");
        }
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("priority \"" + value + "\" is not a whole number. Maybe 1 (first) or 2.");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("needs " + what + ".");
        return value;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
