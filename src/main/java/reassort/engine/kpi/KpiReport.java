package reassort.engine.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * The planners' KPIs at one date. Groups are sorted by code; "TOTAL" rows come in their own field.
 *
 * @param windowFrom Monday of the first week measured; the window has {@code weeks} weeks
 */
public record KpiReport(
        LocalDate asOf,
        LocalDate windowFrom,
        int weeks,
        Availability totalAvailability,
        List<Availability> availabilityByChannel,
        List<Availability> availabilityByCategory,
        StockFigures totalStock,
        List<StockFigures> stockByChannel,
        List<StockFigures> stockByLocation,
        List<StockFigures> stockByCategory,
        List<SupplierPunctuality> suppliers,
        Accuracy totalAccuracy,
        List<Accuracy> accuracyByChannel) {
    public static final String TOTAL = "TOTAL";
    /** The channel group of stock whose SKU × location sold nothing in the window (no channel to give it to). */
    public static final String UNSOLD = "UNSOLD";

    public KpiReport {
        availabilityByChannel = List.copyOf(availabilityByChannel);
        availabilityByCategory = List.copyOf(availabilityByCategory);
        stockByChannel = List.copyOf(stockByChannel);
        stockByLocation = List.copyOf(stockByLocation);
        stockByCategory = List.copyOf(stockByCategory);
        suppliers = List.copyOf(suppliers);
        accuracyByChannel = List.copyOf(accuracyByChannel);
    }

    /**
     * Availability of a group of series over the window's weeks with a stock snapshot.
     *
     * @param observedWeeks series-weeks with a snapshot
     * @param stockedOutWeeks of them, those whose snapshot shows nothing on hand
     * @param lostUnits estimated sales lost in the stocked-out weeks (baseline − sold, at least 0)
     * @param lostValue the same at the SKUs' selling prices
     */
    public record Availability(String group, long series, long observedWeeks, long stockedOutWeeks, double lostUnits,
            double lostValue) {
        /** Share of observed series-weeks with stock on hand, NaN without any. */
        public double rate() {
            return observedWeeks == 0 ? Double.NaN : 1 - (double) stockedOutWeeks / observedWeeks;
        }

        /** Share of observed series-weeks without stock on hand, NaN without any. */
        public double stockoutRate() {
            return observedWeeks == 0 ? Double.NaN : (double) stockedOutWeeks / observedWeeks;
        }
    }

    /**
     * Stock of a group at cost.
     *
     * @param stockValue on hand (negative counts as none) × unit cost at the latest snapshot
     * @param weeklyDemandValue forecast units a week × unit cost
     * @param averageStockValue mean over the window's snapshots (the latest value without any)
     * @param annualCostOfSales units sold in the window × unit cost, scaled to 52 weeks
     */
    public record StockFigures(String group, long items, double stockUnits, double stockValue,
            double weeklyDemandValue, double averageStockValue, double annualCostOfSales) {
        /** Days the stock lasts at the forecast rate, NaN without demand. */
        public double daysOfCover() {
            return weeklyDemandValue > 0 ? 7 * stockValue / weeklyDemandValue : Double.NaN;
        }

        /** Times a year the average stock is sold, NaN without stock. */
        public double turnover() {
            return averageStockValue > 0 ? annualCostOfSales / averageStockValue : Double.NaN;
        }
    }

    /**
     * The open purchase-order lines of one supplier as of the KPI date. The store holds open lines, not receipts,
     * so a line past its expected date is late; lines still to come are on time so far.
     *
     * @param meanDaysOverdue mean days past the expected date of the overdue lines, NaN when none is
     */
    public record SupplierPunctuality(String supplier, long openLines, long overdueLines, double meanDaysOverdue,
            long maxDaysOverdue) {
        /** Share of open lines not past their expected date, NaN without lines. */
        public double onTimeRate() {
            return openLines == 0 ? Double.NaN : 1 - (double) overdueLines / openLines;
        }
    }

    /**
     * Forecast accuracy of a group from the rolling-origin validation stored with each series' forecast.
     *
     * @param meanMase mean of the series' MASE (series without one left out)
     * @param wmape the series' wMAPE (%) weighted by their units sold in the window
     * @param bias the series' bias (%, positive: forecasts above sales) weighted the same way
     */
    public record Accuracy(String group, long series, double meanMase, double wmape, double bias) {}
}
