package reassort.app.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reassort.domain.Location;
import reassort.domain.Promotion;
import reassort.domain.SeriesKey;

/**
 * The weeks of a history window each series is on promotion according to the promotion calendar, whether or not
 * it sold: a slow mover's promoted week without a sale still counts (flags from promotion codes on sales alone
 * see only the weeks that sold, which biases the uplift of intermittent series upwards). A week counts when the
 * promotion covers at least 4 of its days, so that a promotion starting on a Saturday does not dilute the uplift.
 */
public final class PromotionCalendar {
    private static final int MIN_DAYS = 4;

    private final Map<String, List<Promotion>> bySku;
    private final Map<String, List<Promotion>> byCategory;
    private final Map<String, String> regions;
    private final LocalDate fromMonday;
    private final int weeks;

    private PromotionCalendar(Map<String, List<Promotion>> bySku, Map<String, List<Promotion>> byCategory,
            Map<String, String> regions, LocalDate fromMonday, int weeks) {
        this.bySku = bySku;
        this.byCategory = byCategory;
        this.regions = regions;
        this.fromMonday = fromMonday;
        this.weeks = weeks;
    }

    public static PromotionCalendar of(List<Promotion> promotions, List<Location> locations, LocalDate fromMonday, int weeks) {
        Map<String, List<Promotion>> bySku = new HashMap<>();
        Map<String, List<Promotion>> byCategory = new HashMap<>();
        for (Promotion promotion : promotions) {
            if (promotion.sku() != null) bySku.computeIfAbsent(promotion.sku(), k -> new ArrayList<>()).add(promotion);
            else byCategory.computeIfAbsent(promotion.category(), k -> new ArrayList<>()).add(promotion);
        }
        Map<String, String> regions = new HashMap<>();
        for (Location location : locations) {
            if (location.region() != null) regions.put(location.code(), location.region());
        }
        return new PromotionCalendar(bySku, byCategory, regions, fromMonday, weeks);
    }

    /** Week i of the window is true when a promotion of the series' SKU or category covers 4 of its days. */
    public boolean[] weeks(SeriesKey key, String category) {
        boolean[] promoted = new boolean[weeks];
        mark(promoted, bySku.get(key.sku()), key);
        mark(promoted, byCategory.get(category), key);
        return promoted;
    }

    private void mark(boolean[] promoted, List<Promotion> promotions, SeriesKey key) {
        if (promotions == null) return;
        for (Promotion promotion : promotions) {
            if (!promotion.channels().isEmpty() && !promotion.channels().contains(key.channel())) continue;
            String where = promotion.locationOrRegion();
            if (where != null && !where.equals(key.location()) && !where.equals(regions.get(key.location()))) continue;
            LocalDate monday = promotion.start().with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (; !monday.isAfter(promotion.end()); monday = monday.plusWeeks(1)) {
                long week = ChronoUnit.WEEKS.between(fromMonday, monday);
                if (week < 0 || week >= weeks) continue;
                LocalDate first = promotion.start().isAfter(monday) ? promotion.start() : monday;
                LocalDate sunday = monday.plusDays(6);
                LocalDate last = promotion.end().isBefore(sunday) ? promotion.end() : sunday;
                if (ChronoUnit.DAYS.between(first, last) + 1 >= MIN_DAYS) promoted[(int) week] = true;
            }
        }
    }
}
