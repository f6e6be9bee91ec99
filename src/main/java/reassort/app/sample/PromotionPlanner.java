package reassort.app.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;

/**
 * The retailer's promotion calendar: the same yearly rhythm a French home-goods chain follows (January "blanc",
 * spring garden, Father's Day, summer marketplace days, the Lille braderie, a web flash sale, store flyers,
 * Black Friday on the web, Christmas toys), from the first day of history to two months after the last day.
 */
final class PromotionPlanner {
    static final int PLANNED_AHEAD_DAYS = 60;

    private final SplittableRandom random;
    private final List<Product> products;
    private final Map<String, DemandArchetype> archetypes;
    private final Map<String, LocalDate> launches;
    private final Map<String, Set<String>> storesBySku;
    private final List<Location> locations;

    PromotionPlanner(SplittableRandom random, List<Product> products, Map<String, DemandArchetype> archetypes,
            Map<String, LocalDate> launches, Map<String, Set<String>> storesBySku, List<Location> locations) {
        this.random = random;
        this.products = products;
        this.archetypes = archetypes;
        this.launches = launches;
        this.storesBySku = storesBySku;
        this.locations = locations;
    }

    List<Promotion> plan(LocalDate firstDay, LocalDate lastDay) {
        LocalDate until = lastDay.plusDays(PLANNED_AHEAD_DAYS);
        List<Promotion> plan = new ArrayList<>();
        for (int year = firstDay.getYear(); year <= until.getYear(); year++) {
            for (Promotion promotion : year(year)) {
                if (!promotion.end().isBefore(firstDay) && !promotion.start().isAfter(until)) {
                    plan.add(promotion);
                }
            }
        }
        plan.sort(Comparator.comparing(Promotion::start).thenComparing(Promotion::code));
        return List.copyOf(plan);
    }

    private List<Promotion> year(int year) {
        String yy = String.format("%02d", year % 100);
        List<Promotion> promos = new ArrayList<>();
        LocalDate blanc = LocalDate.of(year, 1, 6).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        promos.add(category("BLANC" + yy, "Blanc de janvier " + year, "Linge de maison", Set.of(), null,
                blanc, blanc.plusDays(20), 25, PromotionMechanic.DISCOUNT));
        promos.add(sku("PROSP" + yy + "A", "Prospectus de printemps " + year, Set.of("STORE", "CC"), null,
                LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)).plusDays(7), 11,
                20, PromotionMechanic.FEATURE));
        LocalDate garden = LocalDate.of(year, 4, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        promos.add(category("JARDIN" + yy, "Printemps du jardin " + year, "Jardin", Set.of(), null,
                garden, garden.plusDays(11), 20, PromotionMechanic.DISCOUNT));
        promos.add(sku("GONDOLE" + yy, "Tête de gondole mai " + year, Set.of("STORE"), null,
                LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(7), 13,
                0, PromotionMechanic.DISPLAY));
        LocalDate fathersDay = LocalDate.of(year, 6, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SUNDAY));
        promos.add(category("PERES" + yy, "Fête des pères " + year, "Bricolage", Set.of("STORE", "WEB"), null,
                fathersDay.minusDays(10), fathersDay.minusDays(1), 15, PromotionMechanic.DISCOUNT));
        LocalDate marketplaceDays = LocalDate.of(year, 7, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        promos.add(category("MKPDAYS" + yy, "Journées marketplace " + year, "Décoration", Set.of("MKP"), null,
                marketplaceDays, marketplaceDays.plusDays(1), 20, PromotionMechanic.DISCOUNT));
        if (hasLocation("MAG-LILLE")) {
            LocalDate braderie = LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
            promos.add(category("BRADERIE" + yy, "Braderie de Lille " + year, "Décoration", Set.of("STORE"), "MAG-LILLE",
                    braderie.minusDays(1), braderie, 30, PromotionMechanic.DISCOUNT));
        }
        promos.add(sku("FLASH" + yy, "Vente flash web " + year, Set.of("WEB"), null,
                LocalDate.of(year, 9, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.TUESDAY)), 3,
                40, PromotionMechanic.DISCOUNT));
        promos.add(sku("PROSP" + yy + "B", "Prospectus d'automne Sud " + year, Set.of("STORE", "CC"),
                Catalogue.SOUTH_REGION,
                LocalDate.of(year, 10, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)), 11,
                20, PromotionMechanic.FEATURE));
        LocalDate blackFriday = LocalDate.of(year, Month.NOVEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1);
        promos.add(category("BF" + yy, "Black Friday web " + year, "Cuisine", Set.of("WEB", "MKP"), null,
                blackFriday, blackFriday.plusDays(3), 30, PromotionMechanic.DISCOUNT));
        promos.add(category("NOEL" + yy, "3 jouets pour le prix de 2 - Noël " + year, "Jouets", Set.of(), null,
                LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 14), 33, PromotionMechanic.MULTIBUY));
        return promos;
    }

    private boolean hasLocation(String code) {
        return locations.stream().anyMatch(l -> l.code().equals(code));
    }

    private Promotion category(String code, String name, String category, Set<String> channels, String where,
            LocalDate start, LocalDate end, double discount, PromotionMechanic mechanic) {
        return new Promotion(code, name, null, category, channels, where, start, end, discount, mechanic);
    }

    /** A promotion on one SKU chosen among established, regularly selling items ranged where it runs. */
    private Promotion sku(String code, String name, Set<String> channels, String region, LocalDate start,
            int days, double discount, PromotionMechanic mechanic) {
        boolean inStores = channels.contains("STORE") || channels.contains("CC");
        Predicate<Product> eligible = product -> {
            DemandArchetype archetype = archetypes.get(product.sku());
            if (archetype == DemandArchetype.INTERMITTENT || archetype == DemandArchetype.SEASONAL_WINTER) return false;
            LocalDate launch = launches.get(product.sku());
            if (launch != null && launch.isAfter(start.minusDays(30))) return false;
            if (!inStores) return true;
            Set<String> stores = storesBySku.get(product.sku());
            return region == null
                    ? !stores.isEmpty()
                    : locations.stream().anyMatch(l -> stores.contains(l.code()) && region.equals(l.region()));
        };
        List<Product> candidates = products.stream().filter(eligible).toList();
        Product chosen = candidates.get(random.nextInt(candidates.size()));
        return new Promotion(code, name + " - " + chosen.label(), chosen.sku(), null, channels, region,
                start, start.plusDays(days - 1L), discount, mechanic);
    }
}
