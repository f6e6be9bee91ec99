package reassort.engine.kpi;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reassort.domain.ProgressListener;
import reassort.domain.PurchaseOrderLine;

/**
 * Computes the planners' KPIs from series and stock facts. Pure: records in, a report out.
 *
 * <p>Lost sales of a stocked-out week are the series' baseline minus what it still sold: the baseline is its mean
 * weekly sales over the window's in-stock, unpromoted weeks when there are {@value #MIN_BASELINE_WEEKS} of them,
 * else its forecast's mean weekly units (a forecast is cleaned of stockouts and promotions but looks ahead, so it
 * is the second choice for past weeks).
 */
public final class KpiCalculator {
    /** In-stock, unpromoted weeks a series needs for its own baseline. */
    public static final int MIN_BASELINE_WEEKS = 4;

    public KpiReport compute(KpiInput input, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        listener.progress(0, input.series().size(), "Computing availability and lost sales");
        Map<String, Availabilities> byChannel = new TreeMap<>();
        Map<String, Availabilities> byCategory = new TreeMap<>();
        Availabilities total = new Availabilities();
        Map<String, Accuracies> accuracyByChannel = new TreeMap<>();
        Accuracies totalAccuracy = new Accuracies();
        int done = 0;
        for (SeriesWeeks series : input.series()) {
            if (++done % 500 == 0) {
                ProgressListener.checkCancelled();
                listener.progress(done, input.series().size(), "Computing availability and lost sales");
            }
            double baseline = baseline(series);
            long observed = 0;
            long out = 0;
            double lost = 0;
            for (int t = 0; t < series.weeks(); t++) {
                if (!series.observed(t)) continue;
                observed++;
                if (series.stockedOut(t)) {
                    out++;
                    lost += Math.max(0, baseline - Math.max(0, series.sold()[t]));
                }
            }
            double lostValue = lost * series.unitPrice();
            byChannel.computeIfAbsent(series.key().channel(), k -> new Availabilities()).add(observed, out, lost, lostValue);
            byCategory.computeIfAbsent(series.category(), k -> new Availabilities()).add(observed, out, lost, lostValue);
            total.add(observed, out, lost, lostValue);
            double weight = series.totalSold();
            accuracyByChannel.computeIfAbsent(series.key().channel(), k -> new Accuracies()).add(series, weight);
            totalAccuracy.add(series, weight);
        }

        listener.progress(0, -1, "Computing stock value, cover and turnover");
        double yearScale = input.weeks() == 0 ? 0 : 52.0 / input.weeks();
        Map<String, Stocks> stockByChannel = new TreeMap<>();
        Map<String, Stocks> stockByLocation = new TreeMap<>();
        Map<String, Stocks> stockByCategory = new TreeMap<>();
        Stocks totalStock = new Stocks();
        for (StockItem item : input.stock()) {
            ProgressListener.checkCancelled();
            double units = Math.max(0, item.onHand());
            double value = item.stockValue();
            double average = averageValue(item);
            double demandValue = finiteOrZero(item.forecastPerWeek()) * item.unitCost();
            double costOfSales = item.soldUnits() * item.unitCost() * yearScale;
            totalStock.add(1, units, value, demandValue, average, costOfSales);
            stockByCategory.computeIfAbsent(item.category(), k -> new Stocks())
                    .add(1, units, value, demandValue, average, costOfSales);
            // A location's cover and turnover are its throughput's: what it sells and what it ships to the
            // locations it supplies.
            stockByLocation.computeIfAbsent(item.location(), k -> new Stocks()).add(1, units, value,
                    finiteOrZero(item.echelonForecastPerWeek()) * item.unitCost(), average,
                    item.echelonSoldUnits() * item.unitCost() * yearScale);
            // Stock serves the channels its own and its supplied locations sell in, in proportion to their sales;
            // each channel's demand is the item's own sales in it.
            double echelonSold = item.echelonSoldUnits();
            if (!(echelonSold > 0)) {
                stockByChannel.computeIfAbsent(KpiReport.UNSOLD, k -> new Stocks())
                        .add(1, units, value, demandValue, average, costOfSales);
                continue;
            }
            double ownSold = item.soldUnits();
            java.util.Set<String> channels = new java.util.TreeSet<>(item.echelonSoldByChannel().keySet());
            channels.addAll(item.soldByChannel().keySet());
            for (String channel : channels) {
                double share = item.echelonSoldByChannel().getOrDefault(channel, 0.0) / echelonSold;
                double ownShare = ownSold > 0 ? item.soldByChannel().getOrDefault(channel, 0.0) / ownSold : 0;
                if (!(share > 0) && !(ownShare > 0)) continue;
                stockByChannel.computeIfAbsent(channel, k -> new Stocks()).add(share, units * share, value * share,
                        demandValue * ownShare, average * share, costOfSales * ownShare);
            }
        }

        Map<String, long[]> lines = new TreeMap<>();
        Map<String, long[]> overdueDays = new TreeMap<>();
        for (PurchaseOrderLine line : input.orders()) {
            String supplier = line.supplier() == null ? "?" : line.supplier();
            long[] counts = lines.computeIfAbsent(supplier, k -> new long[2]);
            long[] days = overdueDays.computeIfAbsent(supplier, k -> new long[2]);
            counts[0]++;
            long late = ChronoUnit.DAYS.between(line.expectedDate(), input.asOf());
            if (late > 0) {
                counts[1]++;
                days[0] += late;
                days[1] = Math.max(days[1], late);
            }
        }
        List<KpiReport.SupplierPunctuality> suppliers = new ArrayList<>();
        lines.forEach((supplier, counts) -> {
            long[] days = overdueDays.get(supplier);
            suppliers.add(new KpiReport.SupplierPunctuality(supplier, counts[0], counts[1],
                    counts[1] == 0 ? Double.NaN : (double) days[0] / counts[1], days[1]));
        });

        return new KpiReport(input.asOf(), input.windowFrom(), input.weeks(), total.report(KpiReport.TOTAL),
                list(byChannel, Availabilities::report), list(byCategory, Availabilities::report),
                totalStock.report(KpiReport.TOTAL), list(stockByChannel, Stocks::report),
                list(stockByLocation, Stocks::report), list(stockByCategory, Stocks::report), suppliers,
                totalAccuracy.report(KpiReport.TOTAL), list(accuracyByChannel, Accuracies::report));
    }

    /** The weekly sales a stocked-out week of the series lost against (see the class comment). */
    static double baseline(SeriesWeeks series) {
        double sum = 0;
        int weeks = 0;
        for (int t = 0; t < series.weeks(); t++) {
            if (series.observed(t) && !series.stockedOut(t) && !series.promoted()[t]) {
                sum += Math.max(0, series.sold()[t]);
                weeks++;
            }
        }
        if (weeks >= MIN_BASELINE_WEEKS) return sum / weeks;
        double forecast = series.forecastPerWeek(series.forecast().length);
        return Double.isFinite(forecast) ? Math.max(0, forecast) : 0;
    }

    private static double finiteOrZero(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static double averageValue(StockItem item) {
        double sum = 0;
        int n = 0;
        for (double onHand : item.onHandHistory()) {
            if (Double.isNaN(onHand)) continue;
            sum += Math.max(0, onHand);
            n++;
        }
        return n == 0 ? item.stockValue() : sum / n * item.unitCost();
    }

    private static <A, R> List<R> list(Map<String, A> groups, java.util.function.BiFunction<A, String, R> report) {
        List<R> rows = new ArrayList<>();
        groups.forEach((group, acc) -> rows.add(report.apply(acc, group)));
        return rows;
    }

    private static final class Availabilities {
        long series;
        long observed;
        long out;
        double lostUnits;
        double lostValue;

        void add(long observedWeeks, long outWeeks, double lost, double value) {
            series++;
            observed += observedWeeks;
            out += outWeeks;
            lostUnits += lost;
            lostValue += value;
        }

        KpiReport.Availability report(String group) {
            return new KpiReport.Availability(group, series, observed, out, lostUnits, lostValue);
        }
    }

    private static final class Stocks {
        double items;
        double units;
        double value;
        double demandValue;
        double averageValue;
        double costOfSales;

        void add(double share, double stockUnits, double stockValue, double demand, double average, double cost) {
            items += share;
            units += stockUnits;
            value += stockValue;
            demandValue += demand;
            averageValue += average;
            costOfSales += cost;
        }

        KpiReport.StockFigures report(String group) {
            return new KpiReport.StockFigures(group, Math.round(items), units, value, demandValue, averageValue,
                    costOfSales);
        }
    }

    private static final class Accuracies {
        long series;
        double maseSum;
        long maseCount;
        double wmapeSum;
        double wmapeWeight;
        double biasSum;
        double biasWeight;

        void add(SeriesWeeks s, double weight) {
            if (s.forecast().length == 0 && Double.isNaN(s.mase()) && Double.isNaN(s.wmape())) return;
            series++;
            if (Double.isFinite(s.mase())) {
                maseSum += s.mase();
                maseCount++;
            }
            if (Double.isFinite(s.wmape()) && weight > 0) {
                wmapeSum += s.wmape() * weight;
                wmapeWeight += weight;
            }
            if (Double.isFinite(s.bias()) && weight > 0) {
                biasSum += s.bias() * weight;
                biasWeight += weight;
            }
        }

        KpiReport.Accuracy report(String group) {
            return new KpiReport.Accuracy(group, series, maseCount == 0 ? Double.NaN : maseSum / maseCount,
                    wmapeWeight == 0 ? Double.NaN : wmapeSum / wmapeWeight,
                    biasWeight == 0 ? Double.NaN : biasSum / biasWeight);
        }
    }
}
