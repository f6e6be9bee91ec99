package reassort.engine.policy;

import reassort.domain.Require;

/**
 * Settings of a planning run.
 *
 * @param periodLengthDays length of a planning period (7: weeks)
 * @param planningCycleDays how often the planner runs the plan; the review period is at least this long
 * @param defaultPolicy the policy for items the planner did not set one for
 * @param countOnlyOrdersWithinProtectionInterval when true, open purchase orders expected after the protection
 *     interval are left out of the inventory position (and listed)
 * @param holdingRatePerYear h, yearly holding cost as a fraction of unit cost (NaN: unknown, EOQ is then not used)
 * @param minimumOrderValueCoverCap under {@link MinimumOrderValueRule#RAISE}, no line is raised beyond this many periods
 *     of cover (position after ordering over mean demand per period); default 13 (a quarter in weeks)
 * @param allowNegativeSafetyStock keep a negative safety stock when a fill-rate target is met by cycle stock alone
 */
public record PolicySettings(
        double periodLengthDays,
        double planningCycleDays,
        ClassificationSettings classification,
        ServiceLevelRules serviceLevels,
        MethodRules methodRules,
        PolicyKind defaultPolicy,
        boolean countOnlyOrdersWithinProtectionInterval,
        double holdingRatePerYear,
        MinimumOrderValueRule minimumOrderValueRule,
        double minimumOrderValueCoverCap,
        boolean allowNegativeSafetyStock) {
    public PolicySettings {
        if (!(periodLengthDays > 0 && periodLengthDays <= 366)) {
            throw new IllegalArgumentException("Planning period (" + Numbers.fmt(periodLengthDays)
                    + " days) must be between 1 and 366 days. Maybe use 7 for weeks.");
        }
        if (!(planningCycleDays >= 0 && planningCycleDays <= 366)) {
            throw new IllegalArgumentException("Planning cycle (" + Numbers.fmt(planningCycleDays)
                    + " days) must be between 0 and 366 days. Maybe use 7 for a weekly plan.");
        }
        Require.present(classification, "Classification settings");
        Require.present(serviceLevels, "Service-level rules");
        Require.present(methodRules, "Safety-stock method rules");
        Require.present(defaultPolicy, "Default policy");
        if (defaultPolicy == PolicyKind.MIN_MAX) {
            throw new IllegalArgumentException("Min/max cannot be the default policy: it needs the planner's min and max"
                    + " per item. Maybe use PERIODIC_ORDER_UP_TO and set min/max on the items that need it.");
        }
        if (!Double.isNaN(holdingRatePerYear) && !(holdingRatePerYear > 0 && holdingRatePerYear < 100)) {
            throw new IllegalArgumentException("Holding rate (" + Numbers.fmt(holdingRatePerYear)
                    + " per year) must be a positive fraction of unit cost. Maybe use 0.25 for 25 % a year.");
        }
        Require.present(minimumOrderValueRule, "Minimum order value rule");
        if (!(minimumOrderValueCoverCap > 0)) {
            throw new IllegalArgumentException("Cover cap for the minimum order value (" + Numbers.fmt(minimumOrderValueCoverCap)
                    + " periods) must be positive. Maybe use 13 (a quarter in weeks).");
        }
    }

    /** Weekly periods, weekly plan, default classes and targets, (R,S), all open orders counted, raise to minimum value. */
    public static PolicySettings defaults() {
        return new PolicySettings(7, 7, ClassificationSettings.defaults(), ServiceLevelRules.defaults(),
                MethodRules.defaults(), PolicyKind.PERIODIC_ORDER_UP_TO, false, Double.NaN, MinimumOrderValueRule.RAISE, 13, false);
    }

    public PolicySettings withPeriodLengthDays(double days) {
        return new PolicySettings(days, planningCycleDays, classification, serviceLevels, methodRules, defaultPolicy,
                countOnlyOrdersWithinProtectionInterval, holdingRatePerYear, minimumOrderValueRule, minimumOrderValueCoverCap, allowNegativeSafetyStock);
    }

    public PolicySettings withPlanningCycleDays(double days) {
        return new PolicySettings(periodLengthDays, days, classification, serviceLevels, methodRules, defaultPolicy,
                countOnlyOrdersWithinProtectionInterval, holdingRatePerYear, minimumOrderValueRule, minimumOrderValueCoverCap, allowNegativeSafetyStock);
    }

    public PolicySettings withServiceLevels(ServiceLevelRules rules) {
        return new PolicySettings(periodLengthDays, planningCycleDays, classification, rules, methodRules, defaultPolicy,
                countOnlyOrdersWithinProtectionInterval, holdingRatePerYear, minimumOrderValueRule, minimumOrderValueCoverCap, allowNegativeSafetyStock);
    }

    public PolicySettings withClassification(ClassificationSettings settings) {
        return new PolicySettings(periodLengthDays, planningCycleDays, settings, serviceLevels, methodRules, defaultPolicy,
                countOnlyOrdersWithinProtectionInterval, holdingRatePerYear, minimumOrderValueRule, minimumOrderValueCoverCap, allowNegativeSafetyStock);
    }

    public PolicySettings withMethodRules(MethodRules rules) {
        return new PolicySettings(periodLengthDays, planningCycleDays, classification, serviceLevels, rules, defaultPolicy,
                countOnlyOrdersWithinProtectionInterval, holdingRatePerYear, minimumOrderValueRule, minimumOrderValueCoverCap, allowNegativeSafetyStock);
    }

    public PolicySettings withDefaultPolicy(PolicyKind kind) {
        return new PolicySettings(periodLengthDays, planningCycleDays, classification, serviceLevels, methodRules, kind,
                countOnlyOrdersWithinProtectionInterval, holdingRatePerYear, minimumOrderValueRule, minimumOrderValueCoverCap, allowNegativeSafetyStock);
    }

    public PolicySettings withCountOnlyOrdersWithinProtectionInterval(boolean only) {
        return new PolicySettings(periodLengthDays, planningCycleDays, classification, serviceLevels, methodRules, defaultPolicy,
                only, holdingRatePerYear, minimumOrderValueRule, minimumOrderValueCoverCap, allowNegativeSafetyStock);
    }

    public PolicySettings withHoldingRatePerYear(double rate) {
        return new PolicySettings(periodLengthDays, planningCycleDays, classification, serviceLevels, methodRules, defaultPolicy,
                countOnlyOrdersWithinProtectionInterval, rate, minimumOrderValueRule, minimumOrderValueCoverCap, allowNegativeSafetyStock);
    }

    public PolicySettings withMinimumOrderValueRule(MinimumOrderValueRule rule) {
        return new PolicySettings(periodLengthDays, planningCycleDays, classification, serviceLevels, methodRules, defaultPolicy,
                countOnlyOrdersWithinProtectionInterval, holdingRatePerYear, rule, minimumOrderValueCoverCap, allowNegativeSafetyStock);
    }

    public PolicySettings withAllowNegativeSafetyStock(boolean allow) {
        return new PolicySettings(periodLengthDays, planningCycleDays, classification, serviceLevels, methodRules, defaultPolicy,
                countOnlyOrdersWithinProtectionInterval, holdingRatePerYear, minimumOrderValueRule, minimumOrderValueCoverCap, allow);
    }

    public PolicySettings withMinimumOrderValueCoverCap(double periods) {
        return new PolicySettings(periodLengthDays, planningCycleDays, classification, serviceLevels, methodRules, defaultPolicy,
                countOnlyOrdersWithinProtectionInterval, holdingRatePerYear, minimumOrderValueRule, periods, allowNegativeSafetyStock);
    }

    public double periodsPerYear() {
        return 365.25 / periodLengthDays;
    }
}
