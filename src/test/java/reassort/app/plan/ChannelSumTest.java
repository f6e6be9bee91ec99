package reassort.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;
import reassort.store.ForecastRunWriter;
import reassort.store.ImportWriter;
import reassort.store.SeriesForecast;
import reassort.store.Store;
import reassort.store.StoredProposal;

class ChannelSumTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final Clock ON_MONDAY = Clock.fixed(Instant.parse("2026-11-16T08:00:00Z"), ZoneOffset.UTC);

    /** Plans SKU X at WH from the given channel forecasts (mean per week, error σ per step) and returns its proposal. */
    private static StoredProposal plan(double[][] meansAndSigmas) {
        return plan(ON_MONDAY, MONDAY, meansAndSigmas, 0);
    }

    /** Channel c forecasts meansAndSigmas[c][0] + growth · week, from the run's first week. */
    private static StoredProposal plan(Clock clock, LocalDate firstWeek, double[][] meansAndSigmas, double growth) {
        try (Store store = Store.inMemory(clock)) {
            try (ImportWriter writer = store.beginImport("test")) {
                writer.add(new Product("X", "Boots", "Shoes", 10, 30, "SUP", "", 6, 0));
                writer.add(new Location("WH", "Warehouse", LocationType.WAREHOUSE, "", null, false, false));
                writer.add(new Supplier("SUP", "Supplier", 14, 3, Set.of(DayOfWeek.MONDAY), 0));
                writer.add(new StockPosition("X", "WH", MONDAY.minusDays(1), 40, 0, 0, 0));
                writer.commit(List.of());
            }
            try (ForecastRunWriter run = store.beginForecastRun(13, firstWeek)) {
                String[] channels = {"STORE", "WEB", "MARKET"};
                for (int c = 0; c < meansAndSigmas.length; c++) {
                    double[] point = new double[13];
                    double[] sigma = new double[13];
                    for (int t = 0; t < 13; t++) point[t] = meansAndSigmas[c][0] + growth * t;
                    Arrays.fill(sigma, meansAndSigmas[c][1]);
                    run.add(new SeriesForecast(new SeriesKey("X", "WH", channels[c]), "SES", "test", "SMOOTH", 1, 0.1,
                            104, point, sigma, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                }
                run.commit(1);
            }
            PlanSummary summary = new RunPlan(store, clock).run(false, ProgressListener.NONE);
            assertThat(summary.items()).isEqualTo(1);
            return new RunPlan(store, clock).proposal("X", "WH").orElseThrow(); // with its explanation rendered
        }
    }

    @Test
    void channelsAddTheirMeansAndTheirErrorVariances() {
        StoredProposal twoChannels = plan(new double[][] {{10, 3}, {20, 4}});
        StoredProposal oneChannel = plan(new double[][] {{30, 5}});

        assertThat(twoChannels.method()).isEqualTo("NORMAL");
        assertThat(twoChannels.forecastOverInterval()).isEqualTo(oneChannel.forecastOverInterval()).isGreaterThan(0);
        assertThat(twoChannels.safetyStock()).isCloseTo(oneChannel.safetyStock(), within(1e-9));
        assertThat(twoChannels.quantity()).isEqualTo(oneChannel.quantity());
        assertThat(twoChannels.explanation()).startsWith("SKU X at WH — order ");
        assertThat(oneChannel.explanation()).as("a single channel is named").startsWith("SKU X at WH (STORE) — order ");
        assertThat(body(twoChannels)).isEqualTo(body(oneChannel));
    }

    @Test
    void forecastWeeksAlreadyPastAreDropped() {
        Clock twoWeeksLater = Clock.offset(ON_MONDAY, java.time.Duration.ofDays(14));
        StoredProposal staleRun = plan(twoWeeksLater, MONDAY, new double[][] {{10, 3}}, 2);
        StoredProposal freshRun = plan(twoWeeksLater, MONDAY.plusWeeks(2), new double[][] {{14, 3}}, 2);

        assertThat(staleRun.forecastOverInterval()).isEqualTo(freshRun.forecastOverInterval()).isGreaterThan(0);
        assertThat(staleRun.orderDate()).isEqualTo(MONDAY.plusWeeks(2));
    }

    private static String body(StoredProposal p) {
        return p.explanation().substring(p.explanation().indexOf('\n'));
    }

    @Test
    void moreErrorOnOneChannelRaisesTheSafetyStock() {
        StoredProposal calm = plan(new double[][] {{10, 3}, {20, 4}});
        StoredProposal noisy = plan(new double[][] {{10, 3}, {20, 12}});

        assertThat(noisy.forecastOverInterval()).isEqualTo(calm.forecastOverInterval());
        assertThat(noisy.safetyStock()).isGreaterThan(calm.safetyStock());
    }
}
