package reassort.engine.policy;

import java.util.Map;
import reassort.domain.Require;
import reassort.domain.Supplier;

/**
 * What the policy needs to know about buying from a supplier beyond the domain {@link Supplier}: its pack
 * rounding rule, lead times that differ per delivery location, its ordering cost and, when it is not derived from
 * the order days, its review period.
 *
 * @param leadTimeByLocation lead time to a given location when it differs from the supplier's (supplier × location)
 * @param orderingCost K, cost of placing one order line (NaN: unknown, EOQ is then not used)
 * @param reviewPeriodDays days between order opportunities when fixed by agreement (NaN: from the order days)
 */
public record SupplierTerms(
        Supplier supplier,
        PackRounding rounding,
        Map<String, LeadTime> leadTimeByLocation,
        double orderingCost,
        double reviewPeriodDays) {
    public SupplierTerms {
        Require.present(supplier, "Supplier");
        rounding = rounding == null ? PackRounding.up() : rounding;
        leadTimeByLocation = leadTimeByLocation == null ? Map.of() : Map.copyOf(leadTimeByLocation);
        if (!Double.isNaN(orderingCost) && !(orderingCost >= 0 && orderingCost < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Ordering cost (" + Numbers.fmt(orderingCost) + ") of supplier "
                    + supplier.code() + " must be zero or more. Maybe leave it empty when unknown.");
        }
        if (!Double.isNaN(reviewPeriodDays) && !(reviewPeriodDays > 0 && reviewPeriodDays < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Review period (" + Numbers.fmt(reviewPeriodDays) + " days) of supplier "
                    + supplier.code() + " must be positive. Maybe leave it empty to derive it from the order days.");
        }
    }

    /** Terms with the defaults: round up to packs, one lead time for all locations, no ordering cost. */
    public static SupplierTerms of(Supplier supplier) {
        return new SupplierTerms(supplier, PackRounding.up(), Map.of(), Double.NaN, Double.NaN);
    }

    public SupplierTerms withRounding(PackRounding rule) {
        return new SupplierTerms(supplier, rule, leadTimeByLocation, orderingCost, reviewPeriodDays);
    }

    public SupplierTerms withOrderingCost(double cost) {
        return new SupplierTerms(supplier, rounding, leadTimeByLocation, cost, reviewPeriodDays);
    }

    public SupplierTerms withLeadTimeTo(String location, LeadTime leadTime) {
        java.util.HashMap<String, LeadTime> m = new java.util.HashMap<>(leadTimeByLocation);
        m.put(location, leadTime);
        return new SupplierTerms(supplier, rounding, m, orderingCost, reviewPeriodDays);
    }

    public SupplierTerms withReviewPeriodDays(double days) {
        return new SupplierTerms(supplier, rounding, leadTimeByLocation, orderingCost, days);
    }

    /** Lead time to the location: the supplier × location one when given, else the supplier's. */
    public LeadTime leadTimeTo(String location) {
        LeadTime specific = leadTimeByLocation.get(location);
        return specific != null ? specific : LeadTime.ofDays(supplier.leadTimeDays(), supplier.leadTimeStdDevDays());
    }
}
