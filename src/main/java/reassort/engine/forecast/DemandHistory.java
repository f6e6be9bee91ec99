package reassort.engine.forecast;

import java.util.Arrays;

/**
 * The demand history of one series, oldest period first, with what is known about each period.
 *
 * @param demand units demanded per period (gross sales); finite
 * @param promoted periods on promotion: their sales are not baseline demand
 * @param censored periods without stock (stockout): the sales are a lower bound of demand, not demand
 * @param seasonLength periods per season (52 for weeks in a year, 12 for months; 1 for none)
 * @param seasonalProfile optional multiplicative seasonal indices (mean 1) supplied from outside, e.g. pooled over
 *     the category, for series too short to show their own seasonality; {@code seasonalProfile[t % seasonLength]}
 *     applies to period t of {@code demand} (t = 0 for the oldest). Null when there is none.
 */
public record DemandHistory(
        double[] demand, boolean[] promoted, boolean[] censored, int seasonLength, double[] seasonalProfile) {

    public DemandHistory {
        if (demand == null) throw new IllegalArgumentException("Demand history is missing.");
        if (seasonLength < 1) {
            throw new IllegalArgumentException("Season length (" + seasonLength
                    + ") must be at least 1. Maybe use 52 for weekly or 12 for monthly data, 1 for no season.");
        }
        demand = demand.clone();
        for (int t = 0; t < demand.length; t++) {
            if (!Double.isFinite(demand[t])) {
                throw new IllegalArgumentException("Demand of period " + (t + 1) + " (" + demand[t]
                        + ") must be a number. Maybe a cell is empty or holds text.");
            }
        }
        promoted = flags(promoted, demand.length, "Promotion flags");
        censored = flags(censored, demand.length, "Stockout flags");
        if (seasonalProfile != null) {
            if (seasonalProfile.length != seasonLength) {
                throw new IllegalArgumentException("Seasonal profile has " + seasonalProfile.length
                        + " indices but the season has " + seasonLength + " periods.");
            }
            seasonalProfile = seasonalProfile.clone();
            for (double index : seasonalProfile) {
                if (!(index > 0) || Double.isInfinite(index)) {
                    throw new IllegalArgumentException("Seasonal index (" + index
                            + ") must be a positive number. Maybe the profile was built from a category without sales.");
                }
            }
        }
    }

    /** A plain history: nothing promoted or censored, no external seasonal profile. */
    public static DemandHistory of(double[] demand, int seasonLength) {
        return new DemandHistory(demand, null, null, seasonLength, null);
    }

    public DemandHistory withSeasonalProfile(double[] profile) {
        return new DemandHistory(demand, promoted, censored, seasonLength, profile);
    }

    public int length() {
        return demand.length;
    }

    @Override
    public double[] demand() {
        return demand.clone();
    }

    @Override
    public boolean[] promoted() {
        return promoted.clone();
    }

    @Override
    public boolean[] censored() {
        return censored.clone();
    }

    @Override
    public double[] seasonalProfile() {
        return seasonalProfile == null ? null : seasonalProfile.clone();
    }

    boolean hasSeasonalProfile() {
        return seasonalProfile != null;
    }

    private static boolean[] flags(boolean[] flags, int length, String what) {
        if (flags == null) return new boolean[length];
        if (flags.length != length) {
            throw new IllegalArgumentException(what + " cover " + flags.length + " periods but the demand covers "
                    + length + ". Maybe the two were built over different date ranges.");
        }
        return flags.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemandHistory h
                && seasonLength == h.seasonLength
                && Arrays.equals(demand, h.demand)
                && Arrays.equals(promoted, h.promoted)
                && Arrays.equals(censored, h.censored)
                && Arrays.equals(seasonalProfile, h.seasonalProfile);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(demand) + Arrays.hashCode(promoted)) + seasonLength;
    }

    @Override
    public String toString() {
        return "DemandHistory[" + demand.length + " periods, season " + seasonLength + "]";
    }
}
