package reassort.engine.policy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reassort.domain.Product;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

/** Builders shared by the policy and simulation tests. */
public final class PolicyFixtures {
    /** A Monday. */
    public static final LocalDate TODAY = LocalDate.of(2024, 3, 4);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private PolicyFixtures() {}

    public static Product product(String sku, String supplier, double unitCost, int pack, int moq) {
        return new Product(sku, "Item " + sku, "GROCERY", unitCost, unitCost * 2, supplier, "", pack, moq);
    }

    public static Supplier supplier(String code, double leadDays, double leadSdDays, Set<DayOfWeek> orderDays, double minValue) {
        return new Supplier(code, code, leadDays, leadSdDays, orderDays, minValue);
    }

    public static StockPosition stock(String sku, String location, double onHand) {
        return new StockPosition(sku, location, TODAY, onHand, 0, 0, 0);
    }

    /** Plans one item bought from one supplier that takes orders on Mondays. */
    public static Proposal planOne(DemandForecast forecast, double leadDays, double leadSdDays, ServiceTarget target,
            PolicySettings settings, double onHand) {
        Supplier s = supplier("SUP", leadDays, leadSdDays, Set.of(DayOfWeek.MONDAY), 0);
        Product p = product("SKU1", "SUP", 10, 1, 0);
        PolicyItem item = PolicyItem.of(p, "DC", stock("SKU1", "DC", onHand), forecast)
                .withParameters(ItemParameters.NONE.withTarget(target));
        PolicyInput input = new PolicyInput(List.of(item), Map.of("SUP", SupplierTerms.of(s)), Map.of(), List.of(), settings);
        return new PolicyEngine(CLOCK).plan(input).proposals().get(0);
    }
}
