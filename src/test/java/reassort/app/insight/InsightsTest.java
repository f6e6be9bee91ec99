package reassort.app.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.StockPosition;
import reassort.engine.kpi.ExceptionItem;
import reassort.engine.kpi.ExceptionSettings;
import reassort.engine.kpi.ExceptionType;
import reassort.engine.kpi.KpiReport;
import reassort.store.Store;

class InsightsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static Path storeDir;
    private static KpiReport kpis;
    private static List<ExceptionItem> exceptions;

    @BeforeAll
    static void importSampleAndForecast() throws IOException {
        storeDir = ForecastSample.copyTo(dir);
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            kpis = workspace.insights().kpis(ProgressListener.NONE);
            exceptions = workspace.insights().exceptions(ExceptionSettings.defaults(), ProgressListener.NONE);
        }
    }

    @AfterAll
    static void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void kpisAreTakenAtTheLatestSnapshotOverTheWeeksWithStockHistory() {
        assertThat(kpis.asOf()).isEqualTo(SampleStores.LAST_DAY);
        try (Store store = Store.open(storeDir, CLOCK)) {
            LocalDate first = store.stockDates().get(0);
            assertThat(kpis.windowFrom()).isEqualTo(Insights.monday(first));
        }
        assertThat(kpis.availabilityByChannel()).extracting(KpiReport.Availability::group)
                .containsExactly("CC", "MKP", "STORE", "WEB");
        for (KpiReport.Availability channel : kpis.availabilityByChannel()) {
            assertThat(channel.observedWeeks()).as(channel.group()).isPositive();
            assertThat(channel.rate()).as(channel.group()).isBetween(0.5, 1.0);
        }
        long observed = kpis.availabilityByChannel().stream().mapToLong(KpiReport.Availability::observedWeeks).sum();
        long out = kpis.availabilityByCategory().stream().mapToLong(KpiReport.Availability::stockedOutWeeks).sum();
        assertThat(observed).isEqualTo(kpis.totalAvailability().observedWeeks());
        assertThat(out).isEqualTo(kpis.totalAvailability().stockedOutWeeks());
        assertThat(kpis.totalAvailability().lostUnits()).isEqualTo(kpis.availabilityByChannel().stream()
                .mapToDouble(KpiReport.Availability::lostUnits).sum(), within(1e-6));
    }

    @Test
    void stockValueIsTheLatestStockAtCostAndItsSplitsAddUp() {
        double expected = 0;
        try (Store store = Store.open(storeDir, CLOCK)) {
            Map<String, Double> costs = new HashMap<>();
            for (Product p : store.products()) costs.put(p.sku(), p.unitCost());
            for (StockPosition p : store.latestStock()) expected += Math.max(0, p.onHand()) * costs.get(p.sku());
        }
        assertThat(kpis.totalStock().stockValue()).isCloseTo(expected, within(1e-6)).isPositive();
        for (List<KpiReport.StockFigures> split : List.of(kpis.stockByChannel(), kpis.stockByLocation(),
                kpis.stockByCategory())) {
            assertThat(split.stream().mapToDouble(KpiReport.StockFigures::stockValue).sum()).isCloseTo(expected,
                    within(1e-6));
        }
        assertThat(kpis.totalStock().daysOfCover()).isBetween(1.0, 1000.0);
        assertThat(kpis.totalStock().turnover()).isBetween(0.5, 200.0);
        assertThat(kpis.suppliers()).isNotEmpty().allSatisfy(s -> assertThat(s.onTimeRate()).isEqualTo(1.0));
    }

    @Test
    void accuracyCoversEverySeriesOfTheForecastRun() {
        try (Store store = Store.open(storeDir, CLOCK)) {
            var run = store.latestForecastRun().orElseThrow();
            assertThat(kpis.totalAccuracy().series()).isEqualTo(run.seriesCount());
            assertThat(kpis.totalAccuracy().meanMase()).isCloseTo(run.meanMase(), within(1e-9));
        }
        assertThat(kpis.totalAccuracy().wmape()).isBetween(1.0, 200.0);
    }

    @Test
    void exceptionsNameTheirItemMostSevereFirst() {
        assertThat(exceptions).isNotEmpty();
        assertThat(exceptions).extracting(ExceptionItem::type).contains(ExceptionType.STOCKOUT_RISK);
        for (int i = 1; i < exceptions.size(); i++) {
            assertThat(exceptions.get(i).severity()).isGreaterThanOrEqualTo(exceptions.get(i - 1).severity());
        }
        try (Store store = Store.open(storeDir, CLOCK)) {
            Map<String, StockPosition> stock = new HashMap<>();
            for (StockPosition p : store.latestStock()) stock.put(p.sku() + "@" + p.location(), p);
            for (ExceptionItem e : exceptions) {
                if (e.type() != ExceptionType.STOCKOUT_RISK) continue;
                StockPosition p = stock.get(e.sku() + "@" + e.location());
                assertThat(p).as(e.item()).isNotNull();
                assertThat(e.units()).as(e.item()).isPositive();
                assertThat(e.date()).as(e.item()).isAfter(SampleStores.LAST_DAY);
                assertThat(e.measure()).as(e.item()).isLessThan(e.threshold());
            }
        }
    }

    @Test
    void aLooserOverstockThresholdFindsFewerOverstocks() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            long strict = workspace.insights().exceptions(ExceptionSettings.defaults().withOverstockWeeks(8), null)
                    .stream().filter(e -> e.type() == ExceptionType.OVERSTOCK).count();
            long loose = workspace.insights().exceptions(ExceptionSettings.defaults().withOverstockWeeks(52), null)
                    .stream().filter(e -> e.type() == ExceptionType.OVERSTOCK).count();
            assertThat(strict).isGreaterThan(loose);
        }
    }
}
