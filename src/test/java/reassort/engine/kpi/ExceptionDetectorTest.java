package reassort.engine.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reassort.domain.ProgressListener;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SeriesKey;

class ExceptionDetectorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private final ExceptionDetector detector = new ExceptionDetector(ExceptionSettings.defaults());

    private static StockItem item(String sku, double onHand, double reserved, double inTransit, double[] forecast,
            double replenishmentDays) {
        return new StockItem(sku, "S1", "Toys", "F1", 3, onHand, reserved, inTransit, 0, new double[0], forecast, null,
                Map.of(), null, replenishmentDays);
    }

    private List<ExceptionItem> detect(List<StockItem> stock, List<SeriesWeeks> series, List<PurchaseOrderLine> orders,
            List<DataIssue> issues) {
        return detector.detect(new ExceptionInput(AS_OF, MONDAY, series, stock, orders, Map.of("X", 3.0), issues),
                ProgressListener.NONE);
    }

    @Test
    void stockThatRunsOutBeforeTheNextOrderArrivesIsAtRisk() {
        // available 10 + 4 in transit − 2 reserved = 12; 14 a week is 2 a day; the order comes in 10 days: 8 short.
        StockItem x = item("X", 10, 2, 4, new double[] {14, 14, 14}, 5);
        List<ExceptionItem> found = detect(List.of(x), List.of(),
                List.of(new PurchaseOrderLine("P1", "X", "S1", "F1", 50, AS_OF.plusDays(10), true)), List.of());

        assertThat(found).hasSize(1);
        ExceptionItem risk = found.get(0);
        assertThat(risk.type()).isEqualTo(ExceptionType.STOCKOUT_RISK);
        assertThat(risk.item()).isEqualTo("X × S1");
        assertThat(risk.date()).isEqualTo(AS_OF.plusDays(10));
        assertThat(risk.measure()).isCloseTo(6, within(1e-9));
        assertThat(risk.threshold()).isEqualTo(10);
        assertThat(risk.units()).isCloseTo(8, within(1e-9));
        assertThat(risk.value()).isCloseTo(24, within(1e-9));
        // it lasts 6 of the 10 days: more than half the wait
        assertThat(risk.severity()).isEqualTo(ExceptionSeverity.MEDIUM);
    }

    @Test
    void anOrderArrivingBeforeTheStockRunsOutIsNoRisk() {
        StockItem x = item("X", 10, 2, 4, new double[] {14, 14, 14}, 5);
        assertThat(detect(List.of(x), List.of(),
                List.of(new PurchaseOrderLine("P1", "X", "S1", "F1", 50, AS_OF.plusDays(5), true)), List.of())).isEmpty();
    }

    @Test
    void withoutAnOpenOrderTheNextReceiptIsOneLeadTimeAway() {
        // 3 units at 1 a day last 3 days of the 7-day lead time: under half of it, so HIGH
        StockItem y = item("Y", 3, 0, 0, new double[] {7}, 7);
        ExceptionItem risk = detect(List.of(y), List.of(), List.of(), List.of()).get(0);
        assertThat(risk.severity()).isEqualTo(ExceptionSeverity.HIGH);
        assertThat(risk.date()).isEqualTo(AS_OF.plusDays(7));
        assertThat(risk.measure()).isCloseTo(3, within(1e-9));
        assertThat(risk.units()).isCloseTo(4, within(1e-9));
    }

    @Test
    void lessThanAUnitShortOrInExcessIsNoise() {
        // 6 units, 7 a week: the 7 days to the receipt need 7, 1 short: flagged; 6.6 units: 0.4 short: not
        assertThat(detect(List.of(item("X", 6, 0, 0, new double[] {7}, 7)), List.of(), List.of(), List.of()))
                .hasSize(1);
        assertThat(detect(List.of(item("X", 6.6, 0, 0, new double[] {7}, 7)), List.of(), List.of(), List.of()))
                .isEmpty();
        // 26.5 weeks of cover at 1 a week: half a unit beyond 26 weeks
        assertThat(detect(List.of(item("Z", 26.5, 0, 0, new double[] {1}, 7)), List.of(), List.of(), List.of()))
                .isEmpty();
    }

    @Test
    void stockCoveringMoreWeeksThanTheThresholdIsOverstock() {
        // 300 units at 10 a week: 30 weeks, 40 units beyond 26 weeks; 600 units: 60 weeks, over twice 26
        List<ExceptionItem> found = detect(List.of(item("Z", 300, 0, 0, new double[] {10, 10}, 7),
                item("W", 600, 0, 0, new double[] {10, 10}, 7), item("V", 5, 0, 0, new double[0], 7)),
                List.of(), List.of(), List.of());

        assertThat(found).extracting(ExceptionItem::type).containsOnly(ExceptionType.OVERSTOCK);
        ExceptionItem z = found.stream().filter(e -> e.sku().equals("Z")).findFirst().orElseThrow();
        assertThat(z.measure()).isCloseTo(30, within(1e-9));
        assertThat(z.units()).isCloseTo(40, within(1e-9));
        assertThat(z.value()).isCloseTo(120, within(1e-9));
        assertThat(z.severity()).isEqualTo(ExceptionSeverity.MEDIUM);
        assertThat(found.stream().filter(e -> e.sku().equals("W")).findFirst().orElseThrow().severity())
                .isEqualTo(ExceptionSeverity.HIGH);
        ExceptionItem dead = found.stream().filter(e -> e.sku().equals("V")).findFirst().orElseThrow();
        assertThat(dead.measure()).isInfinite();
        assertThat(dead.explanation()).isEqualTo("5 units in stock and no demand forecast.");
        assertThat(detector.detect(new ExceptionInput(AS_OF, MONDAY, List.of(), List.of(item("Z", 300, 0, 0,
                new double[] {10, 10}, 7)), List.of(), Map.of(), List.of()), null)).hasSize(1);
        ExceptionDetector lenient = new ExceptionDetector(ExceptionSettings.defaults().withOverstockWeeks(40));
        assertThat(lenient.detect(new ExceptionInput(AS_OF, MONDAY, List.of(), List.of(item("Z", 300, 0, 0,
                new double[] {10, 10}, 7)), List.of(), Map.of(), List.of()), null)).isEmpty();
    }

    private static SeriesWeeks series(String sku, double[] sold, boolean[] promoted, double[] forecast) {
        double[] stock = new double[sold.length];
        Arrays.fill(stock, 5);
        return new SeriesWeeks(new SeriesKey(sku, "S1", "WEB"), "Toys", 1, sold, promoted, stock, forecast, 1, 1, 1);
    }

    @Test
    void aForecastFarFromRecentUnpromotedSalesIsFlagged() {
        boolean[] thirdPromoted = {false, false, true, false};
        List<ExceptionItem> found = detect(List.of(), List.of(
                // recent (2 + 3 + 1) / 3 = 2 without the promoted week; forecast 5: ratio 2.5
                series("UP", new double[] {2, 3, 10, 1}, thirdPromoted, new double[] {5, 5, 5, 5, 9}),
                // recent 10, forecast 2: ratio 0.2, under 1 / 2²
                series("DOWN", new double[] {10, 10, 10, 10}, new boolean[4], new double[] {2, 2, 2, 2}),
                // both under 1 unit a week: slow movers are not judged
                series("SLOW", new double[] {0, 1, 0, 0}, new boolean[4], new double[] {0.5}),
                // within twice
                series("OK", new double[] {4, 4, 4, 4}, new boolean[4], new double[] {6})), List.of(), List.of());

        assertThat(found).extracting(ExceptionItem::sku).containsExactly("DOWN", "UP");
        assertThat(found.get(0).severity()).isEqualTo(ExceptionSeverity.HIGH);
        ExceptionItem up = found.get(1);
        assertThat(up.type()).isEqualTo(ExceptionType.FORECAST_VS_SALES);
        assertThat(up.item()).isEqualTo("UP × S1 × WEB");
        assertThat(up.measure()).isCloseTo(2.5, within(1e-12));
        assertThat(up.units()).isEqualTo(5);
        assertThat(up.value()).isEqualTo(2);
        assertThat(up.severity()).isEqualTo(ExceptionSeverity.MEDIUM);
    }

    @Test
    void orderLinesLatePastTheAllowedDaysShowSupplierDrift() {
        List<ExceptionItem> found = detect(List.of(), List.of(), List.of(
                new PurchaseOrderLine("P1", "X", "S1", "F1", 10, AS_OF.minusDays(5), true),
                new PurchaseOrderLine("P2", "X", "S1", "F1", 10, AS_OF.minusDays(14), true),
                new PurchaseOrderLine("P3", "X", "S1", "F1", 10, AS_OF.minusDays(2), true)), List.of());

        assertThat(found).extracting(ExceptionItem::detail).containsExactly("P2", "P1");
        assertThat(found.get(0).severity()).isEqualTo(ExceptionSeverity.HIGH);
        assertThat(found.get(1).severity()).isEqualTo(ExceptionSeverity.MEDIUM);
        assertThat(found.get(1).measure()).isEqualTo(5);
        assertThat(found.get(1).value()).isEqualTo(30);
        assertThat(found.get(1).explanation()).isEqualTo("Order P1 of F1: 10 units expected 2026-11-10, 5 days late.");
    }

    @Test
    void negativeStockAndImportIssuesAreDataProblems() {
        List<ExceptionItem> found = detect(List.of(item("N", -3, 0, 0, new double[0], 7)), List.of(), List.of(),
                List.of(new DataIssue("ventes.csv row 12", "Unknown SKU 999", true),
                        new DataIssue("stock.csv row 3", "Stock looks high", false)));

        assertThat(found).extracting(ExceptionItem::type).containsOnly(ExceptionType.DATA_PROBLEM);
        assertThat(found).extracting(ExceptionItem::severity)
                .containsExactly(ExceptionSeverity.MEDIUM, ExceptionSeverity.MEDIUM, ExceptionSeverity.LOW);
        assertThat(found).extracting(ExceptionItem::explanation).containsExactly("Negative stock on hand (-3).",
                "ventes.csv row 12: Unknown SKU 999", "stock.csv row 3: Stock looks high");
    }

    @Test
    void mostSevereComeFirstThenByType() {
        List<ExceptionItem> found = detect(List.of(item("Y", 3, 0, 0, new double[] {7}, 7),
                item("Z", 300, 0, 0, new double[] {10, 10}, 7)), List.of(),
                List.of(new PurchaseOrderLine("P2", "Q", "S1", "F1", 10, AS_OF.minusDays(14), true)), List.of());
        assertThat(found).extracting(ExceptionItem::type).containsExactly(ExceptionType.STOCKOUT_RISK,
                ExceptionType.SUPPLIER_DRIFT, ExceptionType.OVERSTOCK);
    }
}
