package reassort.engine.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reassort.domain.ProgressListener;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SeriesKey;

/** Expected figures are worked out by hand in the comments. */
class KpiCalculatorTest {
    private static final double NA = Double.NaN;
    private static final LocalDate WINDOW = LocalDate.of(2026, 10, 5);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

    private static final double[] S1_STOCK = {3, 0, NA, 2, 1, 0};

    private static KpiInput input() {
        boolean[] none = new boolean[6];
        SeriesWeeks aStore = new SeriesWeeks(new SeriesKey("A", "S1", "STORE"), "Toys", 10,
                new double[] {4, 0, 6, 5, 3, 2}, none, S1_STOCK, new double[] {5, 5}, 0.8, 30, 10);
        SeriesWeeks aWeb = new SeriesWeeks(new SeriesKey("A", "S1", "WEB"), "Toys", 10,
                new double[] {1, 1, 1, 1, 1, 1}, none, S1_STOCK, new double[] {2, 2}, NA, 50, -20);
        SeriesWeeks bStore = new SeriesWeeks(new SeriesKey("B", "S2", "STORE"), "Games", 20,
                new double[] {3, 1, 2, 0, 4, 3}, new boolean[] {false, true, false, false, false, false},
                new double[] {5, 5, 5, 0, 4, 6}, new double[] {10}, 1.2, 20, 0);
        StockItem a = new StockItem("A", "S1", "Toys", "F1", 4, 10, 0, 0, 0, S1_STOCK, new double[] {7, 7}, null,
                Map.of("STORE", 20.0, "WEB", 6.0), null, 5);
        StockItem b = new StockItem("B", "S2", "Games", "F2", 5, 20, 0, 0, 0, new double[] {5, 5, 5, 0, 4, 6},
                new double[] {10}, null, Map.of("STORE", 13.0), null, 5);
        StockItem c = new StockItem("C", "S2", "Games", "F2", 2, 5, 0, 0, 0, new double[] {NA, NA, NA, NA, NA, NA},
                null, null, Map.of(), null, 5);
        List<PurchaseOrderLine> orders = List.of(
                new PurchaseOrderLine("P1", "A", "S1", "F1", 10, LocalDate.of(2026, 11, 10), true),
                new PurchaseOrderLine("P1", "B", "S2", "F1", 10, LocalDate.of(2026, 11, 20), true),
                new PurchaseOrderLine("P2", "A", "S1", "F1", 10, LocalDate.of(2026, 11, 13), false),
                new PurchaseOrderLine("P3", "B", "S2", "F2", 10, AS_OF, true));
        return new KpiInput(AS_OF, WINDOW, 6, List.of(aStore, aWeb, bStore), List.of(a, b, c), orders);
    }

    private final KpiReport report = new KpiCalculator().compute(input(), ProgressListener.NONE);

    @Test
    void availabilityIsTheShareOfObservedSeriesWeeksWithStockOnHand() {
        // STORE: A (5 observed, 2 out) + B (6 observed, 1 out) = 8/11; WEB: A (5, 2) = 3/5.
        assertThat(report.availabilityByChannel()).extracting(KpiReport.Availability::group).containsExactly("STORE", "WEB");
        assertThat(report.availabilityByChannel().get(0).rate()).isCloseTo(8.0 / 11, within(1e-12));
        assertThat(report.availabilityByChannel().get(1).rate()).isCloseTo(0.6, within(1e-12));
        // Games: B (6, 1) = 5/6; Toys: both A series (10, 4) = 0.6; all: 16 observed, 5 out.
        assertThat(report.availabilityByCategory().get(0).group()).isEqualTo("Games");
        assertThat(report.availabilityByCategory().get(0).rate()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(report.availabilityByCategory().get(1).rate()).isCloseTo(0.6, within(1e-12));
        assertThat(report.totalAvailability().stockoutRate()).isCloseTo(5.0 / 16, within(1e-12));
    }

    @Test
    void lostSalesAreTheBaselineMinusWhatAStockedOutWeekStillSold() {
        // A×STORE: 3 in-stock weeks, too few: baseline is the forecast's 5; weeks 1 and 5 lose 5 − 0 and 5 − 2.
        // A×WEB: baseline 2, loses 1 + 1. B: own baseline (3 + 2 + 4 + 3) / 4 = 3 (week 1 promoted, week 3 out).
        KpiReport.Availability store = report.availabilityByChannel().get(0);
        assertThat(store.lostUnits()).isCloseTo(8 + 3, within(1e-12));
        assertThat(store.lostValue()).isCloseTo(8 * 10 + 3 * 20, within(1e-12));
        assertThat(report.totalAvailability().lostUnits()).isCloseTo(13, within(1e-12));
        assertThat(report.totalAvailability().lostValue()).isCloseTo(160, within(1e-12));
    }

    @Test
    void stockValueCoverAndTurnoverAreAtCost() {
        KpiReport.StockFigures total = report.totalStock();
        // 10 × 4 + 20 × 5 + 5 × 2
        assertThat(total.stockValue()).isCloseTo(150, within(1e-9));
        // weekly demand at cost 7 × 4 + 10 × 5 = 78; cover 7 × 150 / 78 days
        assertThat(total.daysOfCover()).isCloseTo(7 * 150 / 78.0, within(1e-9));
        // cost of sales a year (26 × 4 + 13 × 5) × 52 / 6; average stock 1.2 × 4 + 25 / 6 × 5 + 10 (C: no history)
        assertThat(total.turnover()).isCloseTo((26 * 4 + 13 * 5) * 52 / 6.0 / (4.8 + 125 / 6.0 + 10), within(1e-9));
        KpiReport.StockFigures s1 = report.stockByLocation().get(0);
        assertThat(s1.group()).isEqualTo("S1");
        assertThat(s1.daysOfCover()).isCloseTo(10, within(1e-9));
    }

    @Test
    void stockValueGoesToChannelsInProportionToTheirSales() {
        assertThat(report.stockByChannel()).extracting(KpiReport.StockFigures::group)
                .containsExactly("STORE", KpiReport.UNSOLD, "WEB");
        assertThat(report.stockByChannel().get(0).stockValue()).isCloseTo(40 * 20 / 26.0 + 100, within(1e-9));
        assertThat(report.stockByChannel().get(1).stockValue()).isCloseTo(10, within(1e-9));
        assertThat(report.stockByChannel().get(2).stockValue()).isCloseTo(40 * 6 / 26.0, within(1e-9));
        assertThat(report.stockByChannel().stream().mapToDouble(KpiReport.StockFigures::stockValue).sum())
                .isCloseTo(150, within(1e-9));
    }

    @Test
    void aHubsStockServesTheChannelsAndDemandOfTheLocationsItSupplies() {
        // the hub sells nothing itself; its stores sold 30 in store and 10 on the web, and will sell 8 a week
        StockItem hub = new StockItem("A", "HUB", "Toys", "F1", 2, 40, 0, 0, 0, new double[] {NA, NA, NA, NA, NA, NA},
                null, new double[] {8, 8}, Map.of(), Map.of("STORE", 30.0, "WEB", 10.0), 2);
        KpiReport hubOnly = new KpiCalculator().compute(new KpiInput(AS_OF, WINDOW, 6, List.of(), List.of(hub),
                List.of()), null);

        assertThat(hubOnly.stockByChannel()).extracting(KpiReport.StockFigures::group).containsExactly("STORE", "WEB");
        assertThat(hubOnly.stockByChannel().get(0).stockValue()).isCloseTo(60, within(1e-9));
        assertThat(hubOnly.stockByChannel().get(1).stockValue()).isCloseTo(20, within(1e-9));
        KpiReport.StockFigures location = hubOnly.stockByLocation().get(0);
        // 80 at cost against 8 × 2 a week: 35 days; (40 × 2) × 52 / 6 a year over 80 on average
        assertThat(location.daysOfCover()).isCloseTo(35, within(1e-9));
        assertThat(location.turnover()).isCloseTo(80 * 52 / 6.0 / 80, within(1e-9));
        // the business as a whole counts the stores' sales once, where they happen, not at the hub
        assertThat(hubOnly.totalStock().daysOfCover()).isNaN();
    }

    @Test
    void anOpenLinePastItsExpectedDateIsLate() {
        // F1: 3 open lines, 2 past their date by 5 and 2 days; F2's line is due today, not late.
        KpiReport.SupplierPunctuality f1 = report.suppliers().get(0);
        assertThat(f1.supplier()).isEqualTo("F1");
        assertThat(f1.onTimeRate()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(f1.meanDaysOverdue()).isEqualTo(3.5);
        assertThat(f1.maxDaysOverdue()).isEqualTo(5);
        assertThat(report.suppliers().get(1).onTimeRate()).isEqualTo(1.0);
        assertThat(report.suppliers().get(1).meanDaysOverdue()).isNaN();
    }

    @Test
    void accuracyAveragesMaseAndWeighsWmapeAndBiasBySales() {
        // STORE: MASE (0.8 + 1.2) / 2; wMAPE (30 × 20 + 20 × 13) / 33; bias (10 × 20 + 0 × 13) / 33
        KpiReport.Accuracy store = report.accuracyByChannel().get(0);
        assertThat(store.meanMase()).isCloseTo(1.0, within(1e-12));
        assertThat(store.wmape()).isCloseTo(860 / 33.0, within(1e-12));
        assertThat(store.bias()).isCloseTo(200 / 33.0, within(1e-12));
        // all: wMAPE (600 + 50 × 6 + 260) / 39, bias (200 − 120) / 39; the web series has no MASE
        assertThat(report.totalAccuracy().series()).isEqualTo(3);
        assertThat(report.totalAccuracy().meanMase()).isCloseTo(1.0, within(1e-12));
        assertThat(report.totalAccuracy().wmape()).isCloseTo(1160 / 39.0, within(1e-12));
        assertThat(report.totalAccuracy().bias()).isCloseTo(80 / 39.0, within(1e-12));
    }

    @Test
    void seriesOfAnotherWindowAreRefused() {
        SeriesWeeks shorter = new SeriesWeeks(new SeriesKey("A", "S1", "STORE"), "Toys", 1, new double[3],
                new boolean[3], new double[3], null, NA, NA, NA);
        assertThatThrownBy(() -> new KpiInput(AS_OF, WINDOW, 6, List.of(shorter), List.of(), List.of()))
                .hasMessageContaining("has 3 weeks, the window 6");
    }
}
