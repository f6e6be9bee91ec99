package reassort.engine.policy;

/** A replenishment lead time in days: its mean and standard deviation (0 when it never varies). */
public record LeadTime(double meanDays, double standardDeviationDays) {
    public LeadTime {
        if (!(meanDays >= 0) || Double.isInfinite(meanDays)) {
            throw new IllegalArgumentException("Lead time (" + Numbers.fmt(meanDays)
                    + " days) must be zero or more. Maybe check the supplier sheet's lead-time column.");
        }
        if (!(standardDeviationDays >= 0) || Double.isInfinite(standardDeviationDays)) {
            throw new IllegalArgumentException("Lead-time standard deviation (" + Numbers.fmt(standardDeviationDays)
                    + " days) must be zero or more. Maybe leave it empty when the lead time does not vary.");
        }
    }

    public static LeadTime ofDays(double meanDays, double standardDeviationDays) {
        return new LeadTime(meanDays, standardDeviationDays);
    }

    public static LeadTime fixedDays(double days) {
        return new LeadTime(days, 0);
    }

}
