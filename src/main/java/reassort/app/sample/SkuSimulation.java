package reassort.app.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import reassort.domain.Promotion;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;

/**
 * Simulates one SKU day by day over the whole history: demand per channel and location, stock at the
 * warehouse, the hub and every store, store deliveries, supplier orders and returns. Sales are what stock
 * allowed, so an empty shelf shows as days without sales (censored demand) and the stock snapshots agree with
 * the sales lines.
 */
final class SkuSimulation {
    static final String STORE = "STORE";
    static final String CLICK_AND_COLLECT = "CC";
    static final String WEB = "WEB";
    static final String MARKETPLACE = "MKP";

    /** Monday first. Stores peak on Saturday, the web shop on Monday (weekend browsing turns into orders). */
    private static final double[] STORE_WEEK = {0.8, 0.85, 1.0, 0.9, 1.1, 1.65, 0.9};
    private static final double[] CLICK_AND_COLLECT_WEEK = {0.95, 0.95, 1.0, 1.0, 1.1, 1.3, 0.7};
    private static final double[] WEB_WEEK = {1.35, 1.1, 1.0, 0.95, 0.85, 0.75, 1.0};
    private static final double[] MARKETPLACE_WEEK = {1.2, 1.05, 1.0, 0.95, 0.9, 0.9, 1.0};

    private static final double GAMMA_SHAPE = 4;
    private static final double POST_PROMOTION_DIP = 0.75;
    private static final int POST_PROMOTION_DAYS = 7;
    private static final double MISSED_DELIVERY_CHANCE = 0.02;
    private static final double LUMPY_BASKET_CHANCE = 0.06;
    private static final int RETURN_WINDOW = 90;
    private static final int HUB_TRANSIT_DAYS = 3;
    private static final int BACKORDER_DAYS = 14;
    /** z of a 90 % cycle service level: the warehouse runs out now and then, as real ones do. */
    private static final double SAFETY_FACTOR = 1.28;
    /** Now and then a supplier ships weeks late (a missed vessel, a strike): the warehouse runs dry. */
    private static final double SUPPLIER_DISRUPTION_CHANCE = 0.08;

    private final SkuPlan plan;
    private final SampleCalendar calendar;
    private final List<Promotion> promotions;
    private final SplittableRandom random;
    private final String sku;
    private final int days;
    private final int horizon;

    private final List<Series> series = new ArrayList<>();
    private final Series web;
    private final Series marketplace;
    private final StoreState[] stores;
    private final List<StoreState> hubStores = new ArrayList<>();
    private final double[] totalCumulative;

    private int warehouseOnHand;
    private int warehouseEmptySince = -1;
    private final int[] warehouseArrivals;
    private final int[] warehouseReturns;
    private final int[] webUnfilled;
    private int hubOnHand;
    private final int[] hubArrivals;
    private final List<SupplierOrder> orders = new ArrayList<>();

    private final List<SalesLine> sales = new ArrayList<>();
    private final List<StockPosition> stockHistory = new ArrayList<>();
    private final List<StockPosition> finalStock = new ArrayList<>();

    /** A purchase order line placed on {@code orderDay}, arriving on {@code arrivalDay}. */
    record SupplierOrder(int orderDay, int arrivalDay, int quantity) {}

    record Result(
            List<SalesLine> sales,
            List<StockPosition> stock,
            List<StockPosition> stockHistory,
            List<SupplierOrder> openOrders,
            List<SeriesKey> series) {}

    SkuSimulation(SkuPlan plan, SampleCalendar calendar, List<Promotion> promotions, SplittableRandom random) {
        this.plan = plan;
        this.calendar = calendar;
        this.sku = plan.product().sku();
        this.promotions = promotions.stream().filter(this::concernsSku).toList();
        this.random = random;
        this.days = calendar.days;
        this.horizon = calendar.horizon;
        this.warehouseArrivals = new int[horizon + 2 * RETURN_WINDOW];
        this.warehouseReturns = new int[horizon + RETURN_WINDOW];
        this.webUnfilled = new int[days];
        this.hubArrivals = new int[horizon + 16];

        double[] profile = profile();
        web = addSeries(WEB, Catalogue.WAREHOUSE, null, plan.webBase(), WEB_WEEK, profile);
        marketplace = plan.onMarketplace()
                ? addSeries(MARKETPLACE, Catalogue.WAREHOUSE, null, plan.marketplaceBase(), MARKETPLACE_WEEK, profile)
                : null;
        stores = new StoreState[plan.stores().size()];
        for (int k = 0; k < stores.length; k++) {
            SkuPlan.Ranging ranging = plan.stores().get(k);
            Catalogue.StoreSpec spec = ranging.store();
            double level = plan.storeBase() * ranging.demandFactor();
            Series store = addSeries(STORE, spec.code(), spec, level, STORE_WEEK, profile);
            Series clickAndCollect = spec.clickAndCollect()
                    ? addSeries(CLICK_AND_COLLECT, spec.code(), spec, level * plan.clickAndCollectShare(),
                            CLICK_AND_COLLECT_WEEK, profile)
                    : null;
            stores[k] = new StoreState(spec, store, clickAndCollect);
            if (spec.viaHub()) hubStores.add(stores[k]);
        }
        totalCumulative = new double[horizon + 1];
        for (int t = 0; t < horizon; t++) {
            double total = 0;
            for (Series s : series) total += s.expected[t];
            totalCumulative[t + 1] = totalCumulative[t] + total;
        }
    }

    private boolean concernsSku(Promotion promotion) {
        return sku.equals(promotion.sku()) || plan.category().name().equals(promotion.category());
    }

    // ---------------------------------------------------------------- demand model

    /** The SKU's shape over time (archetype, trend, launch), the same in every channel. */
    private double[] profile() {
        double[] profile = new double[horizon];
        int launch = plan.launch() == null ? Integer.MIN_VALUE : calendar.index(plan.launch());
        for (int t = 0; t < horizon; t++) {
            LocalDate date = calendar.date(t);
            double years = calendar.years(t);
            profile[t] = switch (plan.archetype()) {
                case SMOOTH, INTERMITTENT -> 1;
                case SEASONAL_WINTER -> christmas(date);
                case SEASONAL_SUMMER -> 0.25 + 2.4 * summer(date);
                case TRENDING_UP -> 0.5 * Math.exp(plan.trendPerYear() * years);
                case TRENDING_DOWN -> 1.7 * Math.exp(-plan.trendPerYear() * years);
                case NEW -> t < launch ? 0 : Math.min(1, 0.35 + 0.65 * (t - launch) / 28.0);
            };
            profile[t] *= categoryCalendar(date);
        }
        return profile;
    }

    /** Low all year, climbing from early November to a peak on Christmas Eve, then collapsing. */
    static double christmas(LocalDate date) {
        LocalDate eve = LocalDate.of(date.getYear(), Month.DECEMBER, 24);
        long daysToEve = java.time.temporal.ChronoUnit.DAYS.between(date, eve);
        if (daysToEve < 0 || daysToEve > 45) {
            return 0.3;
        }
        double closeness = 1 - daysToEve / 45.0;
        return 0.3 + 4.2 * closeness * closeness;
    }

    /** Garden season bell: 0 in winter, 1 at the end of May, still strong in April and July. */
    static double summer(LocalDate date) {
        double distance = (date.getDayOfYear() - 145) / 50.0;
        return Math.exp(-distance * distance);
    }

    /** Calendar effects shared by a category's non-seasonal items: gift season, January lull, spring DIY. */
    private double categoryCalendar(LocalDate date) {
        DemandArchetype archetype = plan.archetype();
        if (archetype == DemandArchetype.SEASONAL_WINTER || archetype == DemandArchetype.SEASONAL_SUMMER) {
            return 1;
        }
        String category = plan.category().name();
        double factor = 1;
        if (category.equals("Jardin")) {
            factor *= 0.7 + 0.7 * summer(date);
        } else if (category.equals("Bricolage")) {
            int month = date.getMonthValue();
            factor *= month >= 3 && month <= 5 ? 1.15 : 1;
        } else if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() <= 24) {
            factor *= 1.25;
        }
        if (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 20) {
            factor *= 0.85;
        }
        return factor;
    }

    private Series addSeries(String channel, String location, Catalogue.StoreSpec store, double level,
            double[] week, double[] profile) {
        Series s = new Series(channel, location, returnRate(channel));
        for (int t = 0; t < horizon; t++) {
            LocalDate date = calendar.date(t);
            if (store != null && !calendar.storeOpen(store, t)) {
                continue;
            }
            double value = level * profile[t] * week[date.getDayOfWeek().getValue() - 1];
            if (store != null) {
                if (date.getMonth() == Month.AUGUST && !store.south() && !plan.category().name().equals("Jardin")) {
                    value *= 0.85;
                }
            } else if (channel.equals(WEB)) {
                value *= 1 + 0.08 * calendar.years(t);
            }
            Promotion promotion = promotionOn(channel, location, store, date);
            if (promotion != null) {
                value *= uplift(promotion, channel);
                if (t < days) s.promotion[t] = promotion;
            } else if (recentlyEnded(channel, location, store, date)) {
                value *= POST_PROMOTION_DIP;
            }
            s.expected[t] = value;
        }
        s.cumulative = new double[horizon + 1];
        for (int t = 0; t < horizon; t++) s.cumulative[t + 1] = s.cumulative[t] + s.expected[t];
        series.add(s);
        return s;
    }

    private Promotion promotionOn(String channel, String location, Catalogue.StoreSpec store, LocalDate date) {
        Promotion best = null;
        for (Promotion p : promotions) {
            if (p.covers(date) && applies(p, channel, location, store)
                    && (best == null || p.discountPercent() > best.discountPercent())) {
                best = p;
            }
        }
        return best;
    }

    private boolean recentlyEnded(String channel, String location, Catalogue.StoreSpec store, LocalDate date) {
        for (Promotion p : promotions) {
            if (date.isAfter(p.end()) && !date.isAfter(p.end().plusDays(POST_PROMOTION_DAYS))
                    && applies(p, channel, location, store)) {
                return true;
            }
        }
        return false;
    }

    private static boolean applies(Promotion p, String channel, String location, Catalogue.StoreSpec store) {
        if (!p.channels().isEmpty() && !p.channels().contains(channel)) {
            return false;
        }
        String where = p.locationOrRegion();
        return where == null || where.equals(location) || (store != null && where.equals(store.region()));
    }

    /** Promotions lift demand differently per channel: web shoppers react most to price, stores to displays and flyers. */
    static double uplift(Promotion promotion, String channel) {
        double elasticity = switch (channel) {
            case WEB -> 5.0;
            case MARKETPLACE -> 4.0;
            case CLICK_AND_COLLECT -> 2.5;
            default -> 3.0;
        };
        boolean inStore = channel.equals(STORE) || channel.equals(CLICK_AND_COLLECT);
        double discount = promotion.discountPercent() / 100;
        return switch (promotion.mechanic()) {
            case DISCOUNT -> 1 + elasticity * discount;
            case MULTIBUY -> 1 + 0.8 * elasticity * discount;
            case FEATURE -> 1 + elasticity * discount + (inStore ? 0.9 : 0.2);
            case DISPLAY -> inStore ? 1.8 : 1;
            case OTHER -> 1.3;
        };
    }

    private double returnRate(String channel) {
        return switch (channel) {
            case WEB -> 0.26 * plan.category().webReturnFactor();
            case MARKETPLACE -> 0.155 * plan.category().webReturnFactor();
            case CLICK_AND_COLLECT -> 0.06;
            default -> 0.02;
        };
    }

    private int demand(Series s, int t) {
        double expected = s.expected[t];
        if (expected <= 0) {
            return 0;
        }
        if (plan.archetype() == DemandArchetype.INTERMITTENT) {
            double basket = plan.basketSize();
            if (!Draws.chance(random, Math.min(0.95, expected / basket))) {
                return 0;
            }
            int size = 1 + Draws.poisson(random, basket - 1);
            return Draws.chance(random, LUMPY_BASKET_CHANCE) ? size * (2 + random.nextInt(3)) : size;
        }
        return Draws.poisson(random, expected * Draws.unitGamma(random, GAMMA_SHAPE));
    }

    // ---------------------------------------------------------------- simulation

    Result run() {
        initialiseStock();
        for (int t = 0; t < days; t++) {
            receive(t);
            sellFromWarehouse(t);
            for (StoreState store : stores) {
                sellInStore(store, t);
            }
            replenish(t);
            reviewPurchase(t);
            if (warehouseOnHand > 0) {
                warehouseEmptySince = -1;
            } else if (warehouseEmptySince < 0) {
                warehouseEmptySince = t;
            }
            if (calendar.isStockHistoryDay(t)) {
                snapshot(t, stockHistory);
            }
        }
        snapshot(days - 1, finalStock);
        writeReturns();
        return new Result(sales, finalStock, stockHistory, openOrders(), seriesKeys());
    }

    private void initialiseStock() {
        for (StoreState store : stores) {
            store.onHand = storeTarget(store, -1);
        }
        hubOnHand = hubTarget(-1);
        int lead = (int) Math.round(plan.supplier().leadTimeDays());
        warehouseOnHand = (int) Math.ceil(total(0, lead + plan.supplier().orderCycleDays() / 2));
    }

    private void receive(int t) {
        warehouseOnHand += warehouseArrivals[t] + warehouseReturns[t];
        hubOnHand += hubArrivals[t];
        for (StoreState store : stores) {
            store.onHand += store.arrivals[t] + store.returns[t];
        }
    }

    private void sellFromWarehouse(int t) {
        int webDemand = demand(web, t);
        int webSold = Math.min(webDemand, warehouseOnHand);
        warehouseOnHand -= webSold;
        webUnfilled[t] = webDemand - webSold;
        book(web, t, webSold, warehouseReturns);
        if (marketplace != null) {
            int sold = Math.min(demand(marketplace, t), warehouseOnHand);
            warehouseOnHand -= sold;
            book(marketplace, t, sold, warehouseReturns);
        }
    }

    private void sellInStore(StoreState store, int t) {
        int sold = Math.min(demand(store.store, t), store.onHand);
        store.onHand -= sold;
        book(store.store, t, sold, store.returns);
        if (store.clickAndCollect != null) {
            int ordered = Math.min(demand(store.clickAndCollect, t), store.onHand);
            store.onHand -= ordered;
            store.clickAndCollectOrdered[t] = ordered;
            book(store.clickAndCollect, t, ordered, store.returns);
        }
    }

    private void book(Series s, int t, int quantity, int[] returnsBackInStock) {
        if (quantity <= 0) {
            return;
        }
        Promotion promotion = s.promotion[t];
        double discount = promotion == null ? 0 : promotion.discountPercent() / 100;
        double unitPaid = Draws.cents(plan.product().unitPrice() * calendar.priceFactor(t) * (1 - discount));
        sales.add(new SalesLine(calendar.date(t), sku, s.location, s.channel, SalesKind.SALE, quantity,
                Draws.cents(quantity * unitPaid), promotion == null ? null : promotion.code()));
        for (int unit = 0; unit < quantity; unit++) {
            if (!Draws.chance(random, s.returnRate)) continue;
            int back = t + returnDelay(s.channel);
            if (back < days) {
                s.returnedUnits[back]++;
                s.refunds[back] += unitPaid;
                returnsBackInStock[back]++;
            }
        }
    }

    /** Store returns come back within days; parcels take a few weeks (the 14- or 30-day withdrawal period). */
    private int returnDelay(String channel) {
        int delay = switch (channel) {
            case WEB -> 4 + Draws.geometric(random, 8);
            case MARKETPLACE -> 6 + Draws.geometric(random, 10);
            case CLICK_AND_COLLECT -> 1 + Draws.geometric(random, 6);
            default -> 1 + Draws.geometric(random, 4);
        };
        return Math.min(delay, RETURN_WINDOW - 1);
    }

    private void writeReturns() {
        for (Series s : series) {
            for (int t = 0; t < days; t++) {
                if (s.returnedUnits[t] > 0) {
                    sales.add(new SalesLine(calendar.date(t), sku, s.location, s.channel, SalesKind.RETURN,
                            s.returnedUnits[t], Draws.cents(s.refunds[t]), null));
                }
            }
        }
    }

    // ---------------------------------------------------------------- replenishment

    private int presentationStock() {
        return plan.archetype() == DemandArchetype.INTERMITTENT || plan.product().unitPrice() >= 80 ? 1 : 2;
    }

    /** Order-up-to level of a store: what it should sell until the delivery after next, plus a margin and a facing. */
    private int storeTarget(StoreState store, int t) {
        int from = t + 1;
        int to = t + store.spec.transitDays() + 5;
        double cover = store.store.sum(from, to) + (store.clickAndCollect == null ? 0 : store.clickAndCollect.sum(from, to));
        return (int) Math.ceil(1.3 * cover) + presentationStock();
    }

    private int hubTarget(int t) {
        int target = 0;
        for (StoreState store : hubStores) {
            target += storeTarget(store, t + HUB_TRANSIT_DAYS) + (int) Math.ceil(0.5 * store.store.sum(t + 1, t + 8));
        }
        return target;
    }

    /**
     * Trucks: the warehouse serves nearby stores on Monday and Thursday (next-day delivery) and distant ones on
     * Tuesday and Saturday (two days on the road); it feeds the hub on Tuesday and Friday (three days, cross-dock
     * included), and the hub serves its stores on Tuesday and Friday.
     */
    private void replenish(int t) {
        DayOfWeek day = calendar.dayOfWeek(t);
        int count = stores.length;
        for (int i = 0; i < count; i++) {
            StoreState store = stores[(i + t) % count];
            if (!store.spec.viaHub() && warehouseServes(store.spec, day)) {
                warehouseOnHand -= ship(store, t, warehouseOnHand);
            }
        }
        if (day == DayOfWeek.TUESDAY || day == DayOfWeek.FRIDAY) {
            if (!hubStores.isEmpty()) {
                int position = hubOnHand + sum(hubArrivals, t + 1, t + HUB_TRANSIT_DAYS);
                int quantity = Math.max(0, Math.min(hubTarget(t) - position, warehouseOnHand));
                hubArrivals[t + HUB_TRANSIT_DAYS] += quantity;
                warehouseOnHand -= quantity;
            }
            for (StoreState store : hubStores) {
                hubOnHand -= ship(store, t, hubOnHand);
            }
        }
    }

    private static boolean warehouseServes(Catalogue.StoreSpec store, DayOfWeek day) {
        return store.transitDays() <= 1
                ? day == DayOfWeek.MONDAY || day == DayOfWeek.THURSDAY
                : day == DayOfWeek.TUESDAY || day == DayOfWeek.SATURDAY;
    }

    /** Ships what the store needs to reach its target, limited by what the source holds; returns the units shipped. */
    private int ship(StoreState store, int t, int available) {
        int position = store.onHand + sum(store.arrivals, t + 1, t + 3);
        int need = storeTarget(store, t) - position;
        if (need <= 0 || available <= 0 || Draws.chance(random, MISSED_DELIVERY_CHANCE)) {
            return 0;
        }
        int quantity = Math.min(need, available);
        store.arrivals[t + store.spec.transitDays()] += quantity;
        return quantity;
    }

    /**
     * The warehouse buys on the supplier's order days with a reorder point and order-up-to level
     * (SS = z·√((R+L)·σd² + d²·σL²)); the actual lead time varies, so late deliveries cause real stockouts.
     */
    private void reviewPurchase(int t) {
        Catalogue.SupplierSpec supplier = plan.supplier();
        if (!isOrderDay(supplier, t)) {
            return;
        }
        int lead = (int) Math.round(supplier.leadTimeDays());
        int review = daysToNextOrderDay(supplier, t);
        int protection = lead + review;
        double demand = total(t + 1, t + protection);
        double daily = demand / protection;
        double safety = SAFETY_FACTOR * Math.sqrt(protection * 2 * daily
                + daily * daily * supplier.leadTimeStdDevDays() * supplier.leadTimeStdDevDays());
        double reorderPoint = demand + safety;
        int onOrder = 0;
        for (SupplierOrder order : orders) {
            if (order.arrivalDay() > t) onOrder += order.quantity();
        }
        int position = warehouseOnHand + onOrder;
        if (position > reorderPoint) {
            return;
        }
        double wanted = reorderPoint - position + total(t + protection + 1, t + protection + supplier.orderCycleDays());
        int pack = plan.product().packSize();
        int quantity = (int) Math.ceil(wanted / pack) * pack;
        quantity = Math.max(quantity, plan.product().minimumOrderQuantity());
        if (quantity <= 0) {
            return;
        }
        int actualLead = (int) Math.max(1, Math.round(supplier.leadTimeDays()
                + supplier.leadTimeStdDevDays() * random.nextGaussian()));
        if (Draws.chance(random, SUPPLIER_DISRUPTION_CHANCE)) {
            actualLead += 7 + random.nextInt(19);
        }
        int arrival = t + actualLead;
        while (dayOfWeek(arrival).getValue() > 5) arrival++;
        warehouseArrivals[arrival] += quantity;
        orders.add(new SupplierOrder(t, arrival, quantity));
    }

    private boolean isOrderDay(Catalogue.SupplierSpec supplier, int t) {
        DayOfWeek day = dayOfWeek(t);
        return supplier.orderDays().isEmpty() ? day.getValue() <= 5 : supplier.orderDays().contains(day);
    }

    private int daysToNextOrderDay(Catalogue.SupplierSpec supplier, int t) {
        for (int ahead = 1; ahead <= 7; ahead++) {
            if (isOrderDay(supplier, t + ahead)) return ahead;
        }
        return 7;
    }

    private List<SupplierOrder> openOrders() {
        return orders.stream().filter(o -> o.arrivalDay() >= days).toList();
    }

    // ---------------------------------------------------------------- stock snapshots

    private void snapshot(int t, List<StockPosition> into) {
        LocalDate date = calendar.date(t);
        int backorders = 0;
        if (warehouseOnHand == 0 && plan.backorderable()) {
            // Web orders taken while the warehouse is empty wait for the next receipt.
            for (int d = Math.max(warehouseEmptySince, t - BACKORDER_DAYS); d <= t; d++) backorders += webUnfilled[d];
        }
        into.add(new StockPosition(sku, Catalogue.WAREHOUSE, date, warehouseOnHand, 0, 0, backorders));
        if (!hubStores.isEmpty()) {
            into.add(new StockPosition(sku, Catalogue.HUB, date, hubOnHand, 0, sum(hubArrivals, t + 1, t + HUB_TRANSIT_DAYS), 0));
        }
        for (StoreState store : stores) {
            // Click-and-collect orders of today and yesterday wait in the store for their customer.
            int awaitingPickup = store.clickAndCollectOrdered[t] + (t > 0 ? store.clickAndCollectOrdered[t - 1] : 0);
            int inStoreReservation = store.onHand > 0 && Draws.chance(random, 0.03) ? 1 : 0;
            into.add(new StockPosition(sku, store.spec.code(), date, store.onHand + awaitingPickup,
                    awaitingPickup + inStoreReservation, sum(store.arrivals, t + 1, t + 3), 0));
        }
    }

    private List<SeriesKey> seriesKeys() {
        return series.stream().map(s -> new SeriesKey(sku, s.location, s.channel)).toList();
    }

    // ---------------------------------------------------------------- helpers

    private DayOfWeek dayOfWeek(int t) {
        return calendar.firstDay.getDayOfWeek().plus(t % 7);
    }

    private double total(int from, int to) {
        int a = Math.max(0, Math.min(from, horizon));
        int b = Math.max(a, Math.min(to + 1, horizon));
        return totalCumulative[b] - totalCumulative[a];
    }

    private static int sum(int[] values, int from, int to) {
        int total = 0;
        for (int i = Math.max(0, from); i <= to && i < values.length; i++) total += values[i];
        return total;
    }

    private final class Series {
        final String channel;
        final String location;
        final double returnRate;
        final double[] expected = new double[horizon];
        final Promotion[] promotion = new Promotion[days];
        final int[] returnedUnits = new int[days];
        final double[] refunds = new double[days];
        double[] cumulative;

        Series(String channel, String location, double returnRate) {
            this.channel = channel;
            this.location = location;
            this.returnRate = returnRate;
        }

        double sum(int from, int to) {
            int a = Math.max(0, Math.min(from, horizon));
            int b = Math.max(a, Math.min(to + 1, horizon));
            return cumulative[b] - cumulative[a];
        }
    }

    private final class StoreState {
        final Catalogue.StoreSpec spec;
        final Series store;
        final Series clickAndCollect;
        final int[] arrivals = new int[horizon + 8];
        final int[] returns = new int[days + 1];
        final int[] clickAndCollectOrdered = new int[days];
        int onHand;

        StoreState(Catalogue.StoreSpec spec, Series store, Series clickAndCollect) {
            this.spec = spec;
            this.store = store;
            this.clickAndCollect = clickAndCollect;
        }
    }
}
