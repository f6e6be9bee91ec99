package reassort.engine.kpi;

/**
 * The thresholds of the exceptions list.
 *
 * @param overstockWeeks cover (weeks of forecast) beyond which stock is overstock
 * @param forecastRatio forecast ÷ recent sales (or its inverse) beyond which the forecast is far from sales
 * @param recentWeeks weeks of recent sales compared with the same number of forecast weeks
 * @param minimumWeeklyUnits the larger of forecast and recent sales must reach this for a ratio to be judged
 *     (slow movers swing by whole units)
 * @param driftDays days past its expected date from which an open order line is late
 * @param defaultReplenishmentDays days to the next receipt when no order is open and no lead time is known
 * @param minimumUnits the smallest shortfall or excess worth an exception (a fraction of a unit is noise)
 */
public record ExceptionSettings(double overstockWeeks, double forecastRatio, int recentWeeks,
        double minimumWeeklyUnits, double driftDays, double defaultReplenishmentDays, double minimumUnits) {
    public ExceptionSettings {
        if (!(overstockWeeks > 0)) {
            throw new IllegalArgumentException("Overstock threshold (" + overstockWeeks + " weeks) must be positive. "
                    + "Maybe use 26 for half a year.");
        }
        if (!(forecastRatio > 1)) {
            throw new IllegalArgumentException("Forecast-to-sales ratio threshold (" + forecastRatio + ") must be "
                    + "above 1. Maybe use 2 (twice or half the recent sales).");
        }
        if (recentWeeks < 1) throw new IllegalArgumentException("Recent weeks (" + recentWeeks + ") must be at least 1.");
        if (!(minimumWeeklyUnits >= 0)) {
            throw new IllegalArgumentException("Minimum weekly units (" + minimumWeeklyUnits + ") must be 0 or more.");
        }
        if (!(driftDays >= 0)) throw new IllegalArgumentException("Drift days (" + driftDays + ") must be 0 or more.");
        if (!(defaultReplenishmentDays > 0)) {
            throw new IllegalArgumentException("Default replenishment days (" + defaultReplenishmentDays
                    + ") must be positive.");
        }
        if (!(minimumUnits >= 0)) throw new IllegalArgumentException("Minimum units (" + minimumUnits + ") must be 0 or more.");
    }

    /**
     * 26 weeks of cover, twice or half the last 4 weeks' sales from 1 unit a week, 3 days late, 7 days to restock,
     * at least 1 unit short or in excess.
     */
    public static ExceptionSettings defaults() {
        return new ExceptionSettings(26, 2, 4, 1, 3, 7, 1);
    }

    public ExceptionSettings withOverstockWeeks(double weeks) {
        return new ExceptionSettings(weeks, forecastRatio, recentWeeks, minimumWeeklyUnits, driftDays,
                defaultReplenishmentDays, minimumUnits);
    }

    public ExceptionSettings withForecastRatio(double ratio) {
        return new ExceptionSettings(overstockWeeks, ratio, recentWeeks, minimumWeeklyUnits, driftDays,
                defaultReplenishmentDays, minimumUnits);
    }
}
