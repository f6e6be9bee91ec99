package reassort.engine.policy;

/**
 * The time the stock position must cover, from today: the wait until the order can be placed (next supplier
 * order day), the lead time, and the review period (until the next order can arrive). Kept in days and converted
 * to planning periods of {@code periodLengthDays}.
 */
public record ProtectionInterval(double waitDays, LeadTime leadTime, double reviewDays, double periodLengthDays) {
    public ProtectionInterval {
        if (!(waitDays >= 0) || Double.isInfinite(waitDays)) {
            throw new IllegalArgumentException("Wait until the order day (" + Numbers.fmt(waitDays) + " days) must be zero or more.");
        }
        if (leadTime == null) throw new IllegalArgumentException("Lead time is missing.");
        if (!(reviewDays >= 0) || Double.isInfinite(reviewDays)) {
            throw new IllegalArgumentException("Review period (" + Numbers.fmt(reviewDays)
                    + " days) must be zero or more. Maybe check the supplier's order days.");
        }
        if (!(periodLengthDays > 0) || Double.isInfinite(periodLengthDays)) {
            throw new IllegalArgumentException("Planning period (" + Numbers.fmt(periodLengthDays)
                    + " days) must be positive. Maybe use 7 for weeks.");
        }
    }

    /** A protection interval given directly in periods (simulation, tests): no wait. */
    public static ProtectionInterval inPeriods(double leadTimePeriods, double leadTimeStdDevPeriods, double reviewPeriods) {
        return new ProtectionInterval(0, LeadTime.ofDays(leadTimePeriods, leadTimeStdDevPeriods), reviewPeriods, 1);
    }

    /** wait + L + R, in periods. */
    public double periods() {
        return (waitDays + leadTime.meanDays() + reviewDays) / periodLengthDays;
    }

    /** wait + L, in periods: until the order placed now arrives. */
    public double untilReceiptPeriods() {
        return (waitDays + leadTime.meanDays()) / periodLengthDays;
    }

    public double leadTimePeriods() {
        return leadTime.meanDays() / periodLengthDays;
    }

    public double leadTimeStdDevPeriods() {
        return leadTime.standardDeviationDays() / periodLengthDays;
    }

    public double reviewPeriods() {
        return reviewDays / periodLengthDays;
    }

    public double waitPeriods() {
        return waitDays / periodLengthDays;
    }

    static final StepTemplate STEP = StepTemplate.of("interval.protection", "Protection interval",
            "P = (wait + L + R) / period length", "periods",
            StepTemplate.in("wait", "days until the order day", "days"), StepTemplate.in("L", "lead time", "days"),
            StepTemplate.in("σ_L", "lead-time standard deviation", "days"), StepTemplate.in("R", "review period", "days"),
            StepTemplate.in("period", "planning period", "days"));

    void addStep(Explanation.Builder steps) {
        steps.add(STEP, periods(), "the stock ordered now must last until the next order can arrive", waitDays,
                leadTime.meanDays(), leadTime.standardDeviationDays(), reviewDays, periodLengthDays);
    }
}
