package reassort.app.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.engine.scenario.ElasticityFit;
import reassort.engine.scenario.PastPromotionMeasure;
import reassort.engine.scenario.PromotionScope;
import reassort.engine.scenario.UpliftEstimator;
import reassort.engine.scenario.UpliftObservation;
import reassort.store.Store;

/**
 * Past promotions of the calendar measured on the weekly sales of the series they covered, pooled per promotion ×
 * channel into one observation (Σ promoted sales / Σ baseline), and fitted per category × channel.
 */
final class PromotionHistory {
    /** Years of sales history read. */
    static final int YEARS = 3;
    static final int DIP_WEEKS = 1;
    /** Baseline units below which a past promotion says too little to count. */
    static final double MINIMUM_BASELINE = 5;

    private final Map<String, ElasticityFit> fits = new HashMap<>();
    private final Map<String, double[]> dips = new HashMap<>();

    private PromotionHistory() {}

    /** Measures the past promotions of the given categories (those ended before {@code today}). */
    static PromotionHistory read(Store store, Map<String, Product> products, Map<String, Location> locations,
            Set<String> categories, LocalDate today) {
        PromotionHistory history = new PromotionHistory();
        List<Promotion> past = new ArrayList<>();
        for (Promotion p : store.promotions()) {
            if (!p.end().isBefore(today)) continue;
            String category = p.sku() != null ? categoryOf(products, p.sku()) : p.category();
            if (category != null && categories.contains(category)) past.add(p);
        }
        if (past.isEmpty()) return history;
        LocalDate lastSunday = today.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        LocalDate firstMonday = lastSunday.plusDays(1).minusYears(YEARS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, double[]> sums = new HashMap<>(); // code \0 channel -> promoted, baseline
        Map<String, Promotion> byCode = new HashMap<>();
        for (Promotion p : past) byCode.put(p.code(), p);
        store.forEachWeeklySeries(firstMonday, lastSunday, series -> {
            Product product = products.get(series.key().sku());
            if (product == null || !categories.contains(product.category())) return;
            Location location = locations.get(series.key().location());
            String region = location == null ? "" : location.region();
            List<Promotion> applying = new ArrayList<>();
            List<PastPromotionMeasure.Window> windows = new ArrayList<>();
            for (Promotion p : past) {
                if (!PromotionScope.applies(p, product.sku(), product.category(), series.key().channel(),
                        series.key().location(), region)) continue;
                int first = (int) Math.floorDiv(ChronoUnit.DAYS.between(series.firstMonday(), p.start()), 7);
                int last = (int) Math.floorDiv(ChronoUnit.DAYS.between(series.firstMonday(), p.end()), 7);
                if (first < 0 || last >= series.weeks()) continue;
                applying.add(p);
                windows.add(new PastPromotionMeasure.Window(first, last));
            }
            if (windows.isEmpty()) return;
            List<PastPromotionMeasure.Measured> measured = PastPromotionMeasure.measure(series.sold(), windows, DIP_WEEKS);
            for (int i = 0; i < applying.size(); i++) {
                PastPromotionMeasure.Measured m = measured.get(i);
                double[] sum = sums.computeIfAbsent(applying.get(i).code() + '\u0000' + series.key().channel(),
                        k -> new double[4]);
                sum[0] += m.promotedSales();
                sum[1] += m.baselineSales();
                sum[2] += m.afterSales();
                sum[3] += m.afterBaseline();
            }
        });
        Map<String, List<UpliftObservation>> observations = new HashMap<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            String[] parts = e.getKey().split("\u0000", 2);
            Promotion p = byCode.get(parts[0]);
            String category = p.sku() != null ? categoryOf(products, p.sku()) : p.category();
            String group = group(category, parts[1]);
            double[] s = e.getValue();
            if (s[1] >= MINIMUM_BASELINE && s[0] > 0) {
                observations.computeIfAbsent(group, k -> new ArrayList<>())
                        .add(new UpliftObservation(p.discountPercent(), s[0] / s[1], s[1]));
            }
            double[] dip = history.dips.computeIfAbsent(group, k -> new double[2]);
            dip[0] += s[2];
            dip[1] += s[3];
        }
        UpliftEstimator estimator = new UpliftEstimator(MINIMUM_BASELINE);
        observations.forEach((group, list) -> estimator.fit(list).ifPresent(fit -> history.fits.put(group, fit)));
        return history;
    }

    Optional<ElasticityFit> fit(String category, String channel) {
        return Optional.ofNullable(fits.get(group(category, channel)));
    }

    /** Share of demand lost the week after a promotion, pooled (0 when no dip or nothing measured). */
    double dip(String category, String channel) {
        double[] d = dips.get(group(category, channel));
        if (d == null || d[1] <= 0) return 0;
        return Math.max(0, Math.min(0.9, 1 - d[0] / d[1]));
    }

    private static String categoryOf(Map<String, Product> products, String sku) {
        Product p = products.get(sku);
        return p == null ? null : p.category();
    }

    private static String group(String category, String channel) {
        return category + '\u0000' + channel;
    }
}
