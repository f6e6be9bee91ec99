package reassort.engine.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import reassort.domain.Promotion;

/** Which series a promotion applies to, and how much of each planning week it covers. */
public final class PromotionScope {
    private PromotionScope() {}

    /** True when the promotion names the SKU or its category, runs on the channel and at the location or its region. */
    public static boolean applies(Promotion promotion, String sku, String category, String channel, String location,
            String region) {
        if (promotion.sku() != null ? !promotion.sku().equals(sku) : !promotion.category().equals(category)) return false;
        if (!promotion.channels().isEmpty() && !promotion.channels().contains(channel)) return false;
        String where = promotion.locationOrRegion();
        return where == null || where.equals(location) || (region != null && !region.isEmpty() && where.equals(region));
    }

    /** Share of the days of week t (from {@code firstDay} + 7t, seven days) the promotion covers, for t < weeks. */
    public static double[] coverage(Promotion promotion, LocalDate firstDay, int weeks) {
        double[] share = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            LocalDate first = firstDay.plusDays(7L * t);
            LocalDate last = first.plusDays(6);
            LocalDate from = promotion.start().isAfter(first) ? promotion.start() : first;
            LocalDate to = promotion.end().isBefore(last) ? promotion.end() : last;
            if (!to.isBefore(from)) share[t] = (ChronoUnit.DAYS.between(from, to) + 1) / 7.0;
        }
        return share;
    }

    /** Index of the week (from {@code firstDay}) holding the promotion's last day; negative when it ended before. */
    public static int lastWeek(Promotion promotion, LocalDate firstDay) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(firstDay, promotion.end()), 7);
    }
}
