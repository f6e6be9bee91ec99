package reassort.app.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;

/** Properties of the generated retailer that a planner (and the engine's tests) rely on; SMALL keeps it fast. */
class SampleRetailerTest {
    private static SampleRetailer sample;

    @BeforeAll
    static void generate() {
        sample = SampleRetailer.generate(42, SampleRetailer.DEFAULT_LAST_DAY, SampleSize.SMALL);
    }

    private static double units(Predicate<SalesLine> which) {
        return sample.sales().stream().filter(which).mapToDouble(SalesLine::quantity).sum();
    }

    private static boolean sale(SalesLine line) {
        return line.kind() == SalesKind.SALE;
    }

    private static Set<String> skus(DemandArchetype archetype) {
        Set<String> skus = new HashSet<>();
        sample.archetypes().forEach((sku, a) -> {
            if (a == archetype) skus.add(sku);
        });
        return skus;
    }

    /** Weekly gross units of every series over the whole history (zero weeks included). */
    private static Map<SeriesKey, long[]> weeklyUnits() {
        int weeks = (int) (ChronoUnit.DAYS.between(sample.firstDay(), sample.lastDay()) / 7);
        Map<SeriesKey, long[]> weekly = new HashMap<>();
        sample.series().forEach(key -> weekly.put(key, new long[weeks]));
        for (SalesLine line : sample.sales()) {
            int week = (int) (ChronoUnit.DAYS.between(sample.firstDay(), line.date()) / 7);
            if (sale(line) && week < weeks) {
                weekly.get(new SeriesKey(line.sku(), line.location(), line.channel()))[week] += (long) line.quantity();
            }
        }
        return weekly;
    }

    private static double medianZeroWeekShare(Map<SeriesKey, long[]> weekly, Set<String> skus, String channel) {
        List<Double> shares = new ArrayList<>();
        weekly.forEach((key, units) -> {
            if (skus.contains(key.sku()) && key.channel().equals(channel)) {
                long zeros = java.util.Arrays.stream(units).filter(u -> u == 0).count();
                shares.add(zeros / (double) units.length);
            }
        });
        shares.sort(null);
        return shares.get(shares.size() / 2);
    }

    @Test
    void smallSampleHasEveryCategoryArchetypeChannelAndKindOfLocation() {
        assertThat(sample.products()).hasSize(36);
        assertThat(sample.products().stream().map(Product::category).distinct())
                .containsExactlyInAnyOrder("Cuisine", "Linge de maison", "Décoration", "Jardin", "Jouets", "Bricolage");
        assertThat(EnumSet.copyOf(sample.archetypes().values())).isEqualTo(EnumSet.allOf(DemandArchetype.class));
        assertThat(sample.locations().stream().map(Location::type))
                .contains(LocationType.WAREHOUSE, LocationType.HUB, LocationType.STORE);
        assertThat(sample.locations().stream().filter(l -> l.type() == LocationType.STORE)).hasSize(4);
        assertThat(sample.sales().stream().map(SalesLine::channel).distinct())
                .containsExactlyInAnyOrder("STORE", "CC", "WEB", "MKP");
        assertThat(sample.firstDay()).isEqualTo(LocalDate.of(2024, 11, 16));
        assertThat(sample.sales().get(sample.sales().size() - 1).date()).isEqualTo(sample.lastDay());
    }

    @Test
    void everySalesLineBelongsToAKnownSeriesInTheRightKindOfLocation() {
        Map<String, Location> locations = sample.locationsByCode();
        Set<SeriesKey> series = new HashSet<>(sample.series());
        Set<String> skus = sample.productsBySku().keySet();
        for (SalesLine line : sample.sales()) {
            assertThat(skus).contains(line.sku());
            assertThat(series).contains(new SeriesKey(line.sku(), line.location(), line.channel()));
            Location location = locations.get(line.location());
            switch (line.channel()) {
                case "STORE" -> assertThat(location.type()).isEqualTo(LocationType.STORE);
                case "CC" -> assertThat(location.clickAndCollect()).as("%s offers click & collect", location.code()).isTrue();
                case "WEB", "MKP" -> assertThat(location.code()).isEqualTo("WH-CENTRAL");
                default -> throw new AssertionError("Unexpected channel " + line.channel());
            }
            assertThat(line.quantity()).isPositive();
        }
    }

    @Test
    void notEverySkuIsRangedInEveryStore() {
        long stores = sample.locations().stream().filter(l -> l.type() == LocationType.STORE).count();
        long storeSeries = sample.series().stream().filter(s -> s.channel().equals("STORE")).count();
        assertThat(storeSeries).isLessThan(stores * sample.products().size()).isGreaterThan(sample.products().size());
    }

    @Test
    void salesLinesAreSortedByDateAndOnePerSeriesDayAndKind() {
        Set<String> seen = new HashSet<>();
        LocalDate previous = LocalDate.MIN;
        for (SalesLine line : sample.sales()) {
            assertThat(line.date()).isAfterOrEqualTo(previous).isBetween(sample.firstDay(), sample.lastDay());
            previous = line.date();
            assertThat(seen.add(line.date() + line.sku() + line.location() + line.channel() + line.kind())).isTrue();
        }
    }

    @Test
    void intermittentItemsHaveManyZeroWeeksSmoothOnesFew() {
        Map<SeriesKey, long[]> weekly = weeklyUnits();
        assertThat(medianZeroWeekShare(weekly, skus(DemandArchetype.INTERMITTENT), "WEB")).isGreaterThan(0.35);
        assertThat(medianZeroWeekShare(weekly, skus(DemandArchetype.INTERMITTENT), "STORE")).isGreaterThan(0.7);
        assertThat(medianZeroWeekShare(weekly, skus(DemandArchetype.SMOOTH), "WEB")).isLessThan(0.1);
        assertThat(medianZeroWeekShare(weekly, skus(DemandArchetype.SMOOTH), "STORE")).isLessThan(0.25);
    }

    @Test
    void seasonalItemsPeakInTheirSeason() {
        for (String sku : skus(DemandArchetype.SEASONAL_WINTER)) {
            double christmas = units(l -> sale(l) && l.sku().equals(sku) && inSeason(l.date(), 11, 20, 12, 24)) / 35.0 / 2;
            double rest = units(l -> sale(l) && l.sku().equals(sku) && inSeason(l.date(), 2, 1, 10, 31)) / 273.0 / 2;
            assertThat(christmas).as("daily units of %s before Christmas vs February-October", sku).isGreaterThan(3 * rest);
        }
        for (String sku : skus(DemandArchetype.SEASONAL_SUMMER)) {
            double summer = units(l -> sale(l) && l.sku().equals(sku) && inSeason(l.date(), 4, 15, 7, 15));
            double winter = units(l -> sale(l) && l.sku().equals(sku) && (inSeason(l.date(), 10, 15, 12, 31) || inSeason(l.date(), 1, 1, 1, 31)));
            // Both windows are about 90 days a year.
            assertThat(summer).as("units of %s from mid-April to mid-July vs mid-October to January", sku).isGreaterThan(3 * winter);
        }
    }

    private static boolean inSeason(LocalDate date, int fromMonth, int fromDay, int toMonth, int toDay) {
        LocalDate from = LocalDate.of(date.getYear(), fromMonth, fromDay);
        LocalDate to = LocalDate.of(date.getYear(), toMonth, toDay);
        return !date.isBefore(from) && !date.isAfter(to);
    }

    @Test
    void trendingItemsGrowOrFadeAndNewItemsHaveAShortHistory() {
        LocalDate earlyEnd = sample.firstDay().plusMonths(6);
        LocalDate lateStart = sample.lastDay().minusMonths(6);
        double upEarly = 0, upLate = 0, downEarly = 0, downLate = 0;
        for (String sku : skus(DemandArchetype.TRENDING_UP)) {
            double early = units(l -> sale(l) && l.sku().equals(sku) && l.date().isBefore(earlyEnd));
            double late = units(l -> sale(l) && l.sku().equals(sku) && l.date().isAfter(lateStart));
            assertThat(late).as("late vs early units of rising %s", sku).isGreaterThan(early);
            upEarly += early;
            upLate += late;
        }
        for (String sku : skus(DemandArchetype.TRENDING_DOWN)) {
            double early = units(l -> sale(l) && l.sku().equals(sku) && l.date().isBefore(earlyEnd));
            double late = units(l -> sale(l) && l.sku().equals(sku) && l.date().isAfter(lateStart));
            assertThat(late).as("late vs early units of fading %s", sku).isLessThan(0.8 * early);
            downEarly += early;
            downLate += late;
        }
        assertThat(upLate / upEarly).isGreaterThan(1.3);
        assertThat(downLate / downEarly).isLessThan(0.7);
        for (String sku : skus(DemandArchetype.NEW)) {
            LocalDate firstSale = sample.sales().stream().filter(l -> l.sku().equals(sku)).map(SalesLine::date)
                    .min(LocalDate::compareTo).orElseThrow();
            assertThat(firstSale).as("first sale of new item %s", sku).isAfter(sample.lastDay().minusDays(300));
        }
    }

    @Test
    void storesPeakOnSaturdayAndTheWebShopOnMonday() {
        double[] store = new double[7];
        double[] web = new double[7];
        for (SalesLine line : sample.sales()) {
            if (!sale(line)) continue;
            int day = line.date().getDayOfWeek().getValue() - 1;
            if (line.channel().equals("STORE")) store[day] += line.quantity();
            if (line.channel().equals("WEB")) web[day] += line.quantity();
        }
        double storeWeekday = (store[0] + store[1] + store[2] + store[3] + store[4]) / 5;
        assertThat(store[DayOfWeek.SATURDAY.ordinal()]).isGreaterThan(1.4 * storeWeekday);
        assertThat(store[DayOfWeek.SUNDAY.ordinal()]).as("most stores close on Sundays").isLessThan(0.6 * storeWeekday);
        for (DayOfWeek other : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            assertThat(web[DayOfWeek.MONDAY.ordinal()]).isGreaterThan(1.2 * web[other.ordinal()]);
        }
    }

    @Test
    void webReturnRateIsFarAboveTheStoreRate() {
        Map<String, Double> rate = new TreeMap<>();
        for (String channel : List.of("WEB", "MKP", "CC", "STORE")) {
            double sold = units(l -> sale(l) && l.channel().equals(channel));
            double returned = units(l -> l.kind() == SalesKind.RETURN && l.channel().equals(channel));
            rate.put(channel, returned / sold);
        }
        assertThat(rate.get("WEB")).isCloseTo(0.25, within(0.04));
        assertThat(rate.get("MKP")).isCloseTo(0.15, within(0.04));
        assertThat(rate.get("CC")).isCloseTo(0.06, within(0.025));
        assertThat(rate.get("STORE")).isCloseTo(0.02, within(0.01));
        assertThat(rate.get("WEB")).isGreaterThan(5 * rate.get("STORE"));
    }

    @Test
    void returnsFollowAnEarlierSaleOfTheSameSeriesAndRefundAtMostItsPrice() {
        Map<SeriesKey, LocalDate> firstSale = new HashMap<>();
        Map<String, Product> products = sample.productsBySku();
        for (SalesLine line : sample.sales()) {
            SeriesKey key = new SeriesKey(line.sku(), line.location(), line.channel());
            if (sale(line)) {
                firstSale.putIfAbsent(key, line.date());
            } else {
                assertThat(firstSale.get(key)).as("a sale before the return %s", line).isNotNull().isBefore(line.date());
                assertThat(line.promoCode()).isNull();
                assertThat(line.amount() / line.quantity()).isLessThanOrEqualTo(products.get(line.sku()).unitPrice() + 0.005);
            }
        }
    }

    @Test
    void salesAreAtTheCatalogPriceOfTheirTimeOrThePromotionPrice() {
        Map<String, Product> products = sample.productsBySku();
        Map<String, Promotion> promotions = new HashMap<>();
        sample.promotions().forEach(p -> promotions.put(p.code(), p));
        for (SalesLine line : sample.sales()) {
            if (!sale(line)) continue;
            double price = products.get(line.sku()).unitPrice();
            double paid = line.amount() / line.quantity();
            double discount = line.onPromotion() ? promotions.get(line.promoCode()).discountPercent() / 100 : 0;
            // At most two yearly price rises of 3 % separate the oldest sales from today's catalogue.
            assertThat(paid).isBetween(price * 0.94 * (1 - discount) - 0.011, price * (1 - discount) + 0.011);
        }
    }

    @Test
    void promotionCodesAppearOnlyWhereAndWhenTheyRun() {
        Map<String, Promotion> promotions = new HashMap<>();
        sample.promotions().forEach(p -> promotions.put(p.code(), p));
        Map<String, Product> products = sample.productsBySku();
        Map<String, Location> locations = sample.locationsByCode();
        long promoted = 0;
        for (SalesLine line : sample.sales()) {
            if (!line.onPromotion()) continue;
            promoted++;
            Promotion promotion = promotions.get(line.promoCode());
            assertThat(promotion).as("promotion %s", line.promoCode()).isNotNull();
            assertThat(promotion.covers(line.date())).isTrue();
            assertThat(line.sku().equals(promotion.sku())
                    || products.get(line.sku()).category().equals(promotion.category())).isTrue();
            assertThat(promotion.channels().isEmpty() || promotion.channels().contains(line.channel())).isTrue();
            String where = promotion.locationOrRegion();
            assertThat(where == null || where.equals(line.location())
                    || where.equals(locations.get(line.location()).region())).isTrue();
        }
        assertThat(promoted).isGreaterThan(500);
    }

    @Test
    void promotionCalendarMixesScopesChannelsAndMechanics() {
        List<Promotion> promotions = sample.promotions();
        assertThat(promotions).hasSizeBetween(20, 40);
        assertThat(promotions).anyMatch(p -> p.sku() != null).anyMatch(p -> p.category() != null)
                .anyMatch(p -> p.channels().equals(Set.of("WEB")))
                .anyMatch(p -> p.locationOrRegion() != null)
                .anyMatch(p -> p.start().isAfter(sample.lastDay()));
        assertThat(promotions.stream().map(Promotion::mechanic).distinct())
                .contains(PromotionMechanic.DISCOUNT, PromotionMechanic.MULTIBUY, PromotionMechanic.DISPLAY,
                        PromotionMechanic.FEATURE);
    }

    @Test
    void promotionDaysSellMoreThanTheWeeksBefore() {
        double inAll = 0;
        double beforeAll = 0;
        for (Promotion promotion : sample.promotions()) {
            if (!promotion.end().isBefore(sample.lastDay()) || promotion.start().minusDays(28).isBefore(sample.firstDay())) continue;
            Predicate<SalesLine> concerned = concerned(promotion);
            double days = ChronoUnit.DAYS.between(promotion.start(), promotion.end()) + 1;
            double in = units(l -> sale(l) && concerned.test(l) && promotion.covers(l.date())) / days;
            double before = units(l -> sale(l) && concerned.test(l) && l.date().isBefore(promotion.start())
                    && !l.date().isBefore(promotion.start().minusDays(28))) / 28;
            if (promotion.sku() != null) {
                assertThat(in).as("daily units during %s vs the 4 weeks before", promotion.code()).isGreaterThan(1.2 * before);
            }
            inAll += in;
            beforeAll += before;
        }
        assertThat(inAll).isGreaterThan(1.5 * beforeAll);
    }

    private static Predicate<SalesLine> concerned(Promotion promotion) {
        Map<String, Product> products = sample.productsBySku();
        Map<String, Location> locations = sample.locationsByCode();
        return line -> (line.sku().equals(promotion.sku()) || products.get(line.sku()).category().equals(promotion.category()))
                && (promotion.channels().isEmpty() || promotion.channels().contains(line.channel()))
                && (promotion.locationOrRegion() == null || promotion.locationOrRegion().equals(line.location())
                        || promotion.locationOrRegion().equals(locations.get(line.location()).region()));
    }

    @Test
    void stockSnapshotIsCoherent() {
        Map<String, Location> locations = sample.locationsByCode();
        Set<String> positions = new HashSet<>();
        for (StockPosition position : sample.stock()) {
            assertThat(position.asOf()).isEqualTo(sample.lastDay());
            assertThat(sample.productsBySku()).containsKey(position.sku());
            assertThat(locations).containsKey(position.location());
            assertThat(position.onHand()).isGreaterThanOrEqualTo(position.reserved()).isGreaterThanOrEqualTo(0);
            if (!position.location().equals("WH-CENTRAL")) assertThat(position.backorders()).isZero();
            if (locations.get(position.location()).type() == LocationType.WAREHOUSE) assertThat(position.inTransit()).isZero();
            assertThat(positions.add(position.sku() + "@" + position.location())).isTrue();
        }
        for (SeriesKey series : sample.series()) {
            assertThat(positions).contains(series.sku() + "@" + series.location());
        }
        assertThat(sample.stock()).anyMatch(p -> p.reserved() > 0).anyMatch(p -> p.inTransit() > 0);
    }

    @Test
    void anEmptyShelfSellsNothingTheNextDayUnlessSomethingCameBack() {
        Map<String, Location> locations = sample.locationsByCode();
        Map<String, Double> soldByDay = new HashMap<>();
        Map<String, Double> returnedByDay = new HashMap<>();
        for (SalesLine line : sample.sales()) {
            if (locations.get(line.location()).type() != LocationType.STORE) continue;
            String key = line.date() + line.sku() + line.location();
            (sale(line) ? soldByDay : returnedByDay).merge(key, line.quantity(), Double::sum);
        }
        long emptyShelves = 0;
        for (StockPosition position : sample.stockHistory()) {
            if (locations.get(position.location()).type() != LocationType.STORE
                    || position.onHand() > 0 || position.inTransit() > 0) continue;
            emptyShelves++;
            String nextDay = position.asOf().plusDays(1) + position.sku() + position.location();
            assertThat(soldByDay.getOrDefault(nextDay, 0.0)).as("sales the day after %s", position)
                    .isLessThanOrEqualTo(returnedByDay.getOrDefault(nextDay, 0.0));
        }
        assertThat(emptyShelves).as("censored weeks exist").isPositive();
        assertThat(sample.stockHistory().stream().map(StockPosition::asOf).distinct()).hasSize(12)
                .allMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY && d.isBefore(sample.lastDay()));
    }

    @Test
    void openPurchaseOrdersAreDueAfterTheSnapshotInPacksFromTheProductsSupplier() {
        Map<String, Product> products = sample.productsBySku();
        assertThat(sample.purchaseOrders()).isNotEmpty();
        for (PurchaseOrderLine line : sample.purchaseOrders()) {
            Product product = products.get(line.sku());
            assertThat(line.location()).isEqualTo("WH-CENTRAL");
            assertThat(line.supplier()).isEqualTo(product.supplier());
            assertThat(line.expectedDate()).isAfter(sample.lastDay()).isBefore(sample.lastDay().plusDays(90));
            assertThat(line.quantity() % product.packSize()).isZero();
            assertThat(line.quantity()).isGreaterThanOrEqualTo(product.minimumOrderQuantity());
            assertThat(line.orderId()).startsWith("CF").endsWith(line.supplier().substring(3));
        }
        assertThat(sample.suppliers().stream().map(s -> s.code()))
                .containsAll(sample.purchaseOrders().stream().map(PurchaseOrderLine::supplier).toList());
    }

    @Test
    void suppliersHaveLeadTimesFromThreeToFortyFiveDays() {
        assertThat(sample.suppliers()).hasSizeBetween(6, 10);
        sample.suppliers().forEach(s -> assertThat(s.leadTimeDays()).isBetween(3.0, 45.0));
        assertThat(sample.suppliers()).anyMatch(s -> s.orderDays().isEmpty()).anyMatch(s -> s.orderDays().size() == 2);
        Set<String> codes = new HashSet<>(sample.suppliers().stream().map(s -> s.code()).toList());
        sample.products().forEach(p -> assertThat(codes).contains(p.supplier()));
    }

    @Test
    void theSameSeedGivesTheSameRetailerAndAnotherSeedAnotherOne() {
        SampleRetailer again = SampleRetailer.generate(42, SampleRetailer.DEFAULT_LAST_DAY, SampleSize.SMALL);
        SampleRetailer other = SampleRetailer.generate(7, SampleRetailer.DEFAULT_LAST_DAY, SampleSize.SMALL);
        assertThat(again).isEqualTo(sample);
        assertThat(other.sales()).isNotEqualTo(sample.sales());
        assertThat(other.products().stream().map(Product::sku)).isEqualTo(sample.products().stream().map(Product::sku).toList());
    }
}
