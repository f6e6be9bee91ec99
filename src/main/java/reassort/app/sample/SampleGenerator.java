package reassort.app.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import reassort.domain.Channel;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

/** Draws the retailer's master data, plans promotions, then simulates every SKU (each with its own random stream). */
final class SampleGenerator {
    /** Mean daily units at a size-1 store and on the web for a 20 € item at profile 1; prices move it by elasticity. */
    private static final double STORE_LEVEL = 0.3;
    private static final double WEB_LEVEL = 0.5;
    private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final long seed;
    private final SampleSize size;
    private final SampleCalendar calendar;
    private final SplittableRandom random;

    SampleGenerator(long seed, LocalDate lastDay, SampleSize size) {
        if (lastDay == null) {
            throw new IllegalArgumentException("The last day of the sample is missing. Maybe pass 2026-11-15.");
        }
        if (size == null) {
            throw new IllegalArgumentException("The sample size is missing. Maybe use SampleSize.FULL.");
        }
        this.seed = seed;
        this.size = size;
        this.calendar = new SampleCalendar(lastDay.minusYears(size.years()).plusDays(1), lastDay);
        this.random = new SplittableRandom(seed);
    }

    SampleRetailer generate(ProgressListener progress) {
        List<Catalogue.StoreSpec> stores = Catalogue.STORES.subList(0, size.stores());
        List<Location> locations = locations(stores);
        List<SkuPlan> plans = plans(stores);
        List<Product> products = plans.stream().map(SkuPlan::product).toList();

        Map<String, DemandArchetype> archetypes = new TreeMap<>();
        Map<String, LocalDate> launches = new HashMap<>();
        Map<String, Set<String>> storesBySku = new HashMap<>();
        for (SkuPlan plan : plans) {
            String sku = plan.product().sku();
            archetypes.put(sku, plan.archetype());
            if (plan.launch() != null) launches.put(sku, plan.launch());
            Set<String> codes = new LinkedHashSet<>();
            plan.stores().forEach(r -> codes.add(r.store().code()));
            storesBySku.put(sku, codes);
        }
        List<Promotion> promotions = new PromotionPlanner(random, products, archetypes, launches, storesBySku, locations)
                .plan(calendar.firstDay, calendar.lastDay);

        List<SalesLine> sales = new ArrayList<>();
        List<StockPosition> stock = new ArrayList<>();
        List<StockPosition> stockHistory = new ArrayList<>();
        List<PurchaseOrderLine> orders = new ArrayList<>();
        List<SeriesKey> series = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            ProgressListener.checkCancelled();
            SkuPlan plan = plans.get(i);
            progress.progress(i, plans.size(), "Simulating SKU " + plan.product().sku() + " " + plan.product().label());
            SkuSimulation.Result result = new SkuSimulation(plan, calendar, promotions, random.split()).run();
            sales.addAll(result.sales());
            stock.addAll(result.stock());
            stockHistory.addAll(result.stockHistory());
            series.addAll(result.series());
            for (SkuSimulation.SupplierOrder order : result.openOrders()) {
                orders.add(purchaseOrderLine(plan, order));
            }
        }
        progress.progress(plans.size(), plans.size(), "Sorting " + sales.size() + " sales lines");
        sales.sort(Comparator.comparing(SalesLine::date)
                .thenComparing(SalesLine::location)
                .thenComparing(SalesLine::sku)
                .thenComparing(SalesLine::channel)
                .thenComparing(SalesLine::kind));
        Comparator<StockPosition> stockOrder = Comparator.comparing(StockPosition::asOf)
                .thenComparing(StockPosition::location)
                .thenComparing(StockPosition::sku);
        stock.sort(stockOrder);
        stockHistory.sort(stockOrder);
        orders.sort(Comparator.comparing(PurchaseOrderLine::orderId).thenComparing(PurchaseOrderLine::sku));
        series.sort(Comparator.naturalOrder());

        return new SampleRetailer(seed, size, calendar.firstDay, calendar.lastDay, products, new TreeMap<>(archetypes),
                locations, channels(), suppliers(), series, sales, stock, stockHistory, orders, promotions);
    }

    private PurchaseOrderLine purchaseOrderLine(SkuPlan plan, SkuSimulation.SupplierOrder order) {
        Catalogue.SupplierSpec supplier = plan.supplier();
        LocalDate ordered = calendar.date(order.orderDay());
        boolean confirmed = calendar.days - 1 - order.orderDay() >= supplier.confirmationDays();
        LocalDate promised = ordered.plusDays(Math.round(supplier.leadTimeDays()));
        // A confirmation carries the supplier's real date; unconfirmed lines still show the catalogue lead time.
        LocalDate expected = confirmed
                ? calendar.firstDay.plusDays(order.arrivalDay())
                : (promised.isAfter(calendar.lastDay) ? promised : calendar.lastDay.plusDays(1));
        String orderId = "CF" + ORDER_DATE.format(ordered) + "-" + supplier.code().substring(3);
        return new PurchaseOrderLine(orderId, plan.product().sku(), Catalogue.WAREHOUSE, supplier.code(),
                order.quantity(), expected, confirmed);
    }

    private static List<Location> locations(List<Catalogue.StoreSpec> stores) {
        List<Location> locations = new ArrayList<>();
        locations.add(new Location(Catalogue.WAREHOUSE, Catalogue.WAREHOUSE_NAME, LocationType.WAREHOUSE,
                Catalogue.WAREHOUSE_REGION, null, false, false));
        locations.add(new Location(Catalogue.HUB, Catalogue.HUB_NAME, LocationType.HUB, Catalogue.HUB_REGION,
                Catalogue.WAREHOUSE, false, false));
        for (Catalogue.StoreSpec store : stores) {
            locations.add(new Location(store.code(), store.name(), LocationType.STORE, store.region(),
                    store.viaHub() ? Catalogue.HUB : Catalogue.WAREHOUSE, store.clickAndCollect(), store.shipFromStore()));
        }
        return locations;
    }

    private static List<Channel> channels() {
        Set<String> used = Set.of(SkuSimulation.STORE, SkuSimulation.WEB, SkuSimulation.MARKETPLACE,
                SkuSimulation.CLICK_AND_COLLECT);
        return Channel.defaults().stream().filter(c -> used.contains(c.code())).toList();
    }

    private static List<Supplier> suppliers() {
        return Catalogue.SUPPLIERS.stream()
                .map(s -> new Supplier(s.code(), s.name(), s.leadTimeDays(), s.leadTimeStdDevDays(), s.orderDays(),
                        s.minimumOrderValue()))
                .toList();
    }

    private List<SkuPlan> plans(List<Catalogue.StoreSpec> stores) {
        List<SkuPlan> plans = new ArrayList<>();
        for (Catalogue.Category category : Catalogue.CATEGORIES) {
            for (Catalogue.Item item : Catalogue.pick(category, size.skusPerCategory())) {
                plans.add(plan(category, item, stores));
            }
        }
        plans.sort(Comparator.comparing(p -> p.product().sku()));
        return plans;
    }

    private SkuPlan plan(Catalogue.Category category, Catalogue.Item item, List<Catalogue.StoreSpec> stores) {
        int index = category.items().indexOf(item);
        String sku = Integer.toString(category.skuPrefix() * 100_000 + 20_000 + index * 37 + 3);
        Catalogue.SupplierSpec supplier = Catalogue.supplier(item.supplierCode());
        double price = item.price();
        // Prices include VAT (20 %); costs are purchase prices without VAT.
        double cost = Draws.cents(price / 1.2 * Draws.uniform(random, 0.42, 0.62));
        int pack = packSize(price);
        int moq = supplier.moqPacks() > 0
                ? pack * supplier.moqPacks()
                : Draws.chance(random, 0.3) ? 0 : pack * (1 + random.nextInt(3));
        String reference = supplier.referenceTag() + "-" + (1000 + random.nextInt(9000))
                + (Draws.chance(random, 0.3) ? "-" + (char) ('A' + random.nextInt(6)) : "");
        Product product = new Product(sku, item.label(), category.name(), cost, price, supplier.code(), reference, pack, moq);

        DemandArchetype archetype = item.archetype();
        double popularity = Draws.logNormal(random, 0.35);
        double boost = switch (archetype) {
            case SEASONAL_WINTER -> 1.3;
            case SEASONAL_SUMMER -> 1.1;
            case NEW -> 1.2;
            default -> 1;
        };
        double basket = 1;
        double storeBase;
        double webBase;
        if (archetype == DemandArchetype.INTERMITTENT) {
            basket = Draws.uniform(random, 1.6, 3.0);
            storeBase = Draws.uniform(random, 0.012, 0.035) * basket;
            webBase = Draws.uniform(random, 0.05, 0.11) * basket;
        } else {
            storeBase = clamp(STORE_LEVEL * Math.pow(20 / price, 0.6) * popularity * boost, 0.01, 1.5);
            webBase = clamp(WEB_LEVEL * Math.pow(20 / price, 0.35) * popularity * boost, 0.02, 1.5);
        }
        double marketplace = price >= 7 && Draws.chance(random, 0.6) ? webBase * Draws.uniform(random, 0.3, 0.6) : 0;
        double clickAndCollect = Draws.uniform(random, 0.06, 0.12);
        double trend = switch (archetype) {
            case TRENDING_UP -> Draws.uniform(random, 0.32, 0.45);
            case TRENDING_DOWN -> Draws.uniform(random, 0.35, 0.5);
            default -> 0;
        };
        LocalDate launch = archetype == DemandArchetype.NEW ? calendar.lastDay.minusDays(60 + random.nextInt(210)) : null;
        // The web shop keeps selling out-of-stock items only when the supplier can deliver within two weeks.
        boolean backorderable = supplier.leadTimeDays() <= 14;
        return new SkuPlan(product, archetype, category, supplier, storeBase, webBase, marketplace, clickAndCollect,
                basket, trend, launch, backorderable, ranging(category, archetype, price, stores));
    }

    /** Not every SKU is in every store: big stores carry most of the range, small ones about half. */
    private List<SkuPlan.Ranging> ranging(Catalogue.Category category, DemandArchetype archetype, double price,
            List<Catalogue.StoreSpec> stores) {
        boolean garden = category.name().equals("Jardin");
        List<SkuPlan.Ranging> ranged = new ArrayList<>();
        List<Catalogue.StoreSpec> allowed = new ArrayList<>();
        for (Catalogue.StoreSpec store : stores) {
            boolean bulkyGardenInParis = garden && price >= 100 && store.code().equals("MAG-PARIS");
            if (bulkyGardenInParis) continue;
            allowed.add(store);
            double chance = clamp(0.3 + 0.38 * store.size(), 0.3, 0.95);
            if (archetype == DemandArchetype.NEW) chance *= 0.7;
            if (archetype == DemandArchetype.INTERMITTENT && price >= 80) chance *= 0.8;
            double regional = !garden ? 1 : store.code().equals("MAG-PARIS") ? 0.4 : store.south() ? 1.3 : 1;
            double factor = store.size() * regional * Draws.logNormal(random, 0.2);
            if (Draws.chance(random, chance)) {
                ranged.add(new SkuPlan.Ranging(store, factor));
            }
        }
        if (ranged.isEmpty()) {
            Catalogue.StoreSpec store = allowed.get(random.nextInt(allowed.size()));
            ranged.add(new SkuPlan.Ranging(store, store.size()));
        }
        return List.copyOf(ranged);
    }

    private static int packSize(double price) {
        if (price < 6) return 24;
        if (price < 10) return 12;
        if (price < 20) return 6;
        if (price < 40) return 4;
        if (price < 80) return 2;
        return 1;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
