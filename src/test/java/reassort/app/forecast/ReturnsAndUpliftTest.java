package reassort.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.app.sample.SampleRetailer;
import reassort.app.sample.SampleSize;
import reassort.domain.Product;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.store.ImportWriter;
import reassort.store.PromotionUplift;
import reassort.store.ReturnsEstimate;
import reassort.store.Store;

class ReturnsAndUpliftTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 15);

    @Test
    void webReturnsFarMoreThanStoresAndCloseToTheSampleRetailersRate() {
        SampleRetailer sample = SampleRetailer.generate(42, LAST_DAY, SampleSize.SMALL);
        try (Store store = Store.inMemory()) {
            try (ImportWriter writer = store.beginImport("small sample")) {
                sample.products().forEach(writer::add);
                sample.locations().forEach(writer::add);
                sample.sales().forEach(writer::add);
                writer.commit(List.of());
            }
            ForecastSummary summary = new RunForecast(store, 2).run(4, null);

            Map<String, ReturnsEstimate> byChannel = summary.channelReturns().stream()
                    .collect(Collectors.toMap(ReturnsEstimate::channel, Function.identity()));
            ReturnsEstimate web = byChannel.get("WEB");
            ReturnsEstimate stores = byChannel.get("STORE");
            // The generator returns 26 % of web units times a category factor around 1, after 4 days plus a few.
            assertThat(web.returnRate()).isBetween(0.20, 0.30);
            assertThat(stores.returnRate()).isBetween(0.005, 0.04);
            assertThat(web.returnRate()).isGreaterThan(5 * stores.returnRate());
            assertThat(web.meanDelayWeeks()).isBetween(0.8, 3.5);
            assertThat(web.meanDelayWeeks()).isGreaterThan(stores.meanDelayWeeks());

            List<ReturnsEstimate> stored = new RunForecast(store).latestReturns();
            assertThat(stored.stream().filter(ReturnsEstimate::isChannelTotal).toList())
                    .containsExactlyInAnyOrderElementsOf(summary.channelReturns());
            List<ReturnsEstimate> ownWeb = stored.stream()
                    .filter(e -> !e.isChannelTotal() && e.channel().equals("WEB")).toList();
            assertThat(stored.stream().filter(e -> !e.isChannelTotal()).count()).isEqualTo(summary.seriesWithOwnReturns());
            assertThat(ownWeb).isNotEmpty();
            double sold = ownWeb.stream().mapToDouble(ReturnsEstimate::soldUnits).sum();
            double weighted = ownWeb.stream().mapToDouble(e -> e.returnRate() * e.soldUnits()).sum();
            assertThat(weighted / sold).isBetween(0.18, 0.32);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void thePooledUpliftOfAChannelAndCategoryRecoversTheInjectedOne(boolean codesOnSales) {
        double injected = 1.6;
        try (Store store = Store.inMemory()) {
            Random random = new Random(5);
            try (ImportWriter writer = store.beginImport("promoted history")) {
                writer.add(new Product("P1", "Kettle", "Kitchen", 10, 30, null, "", 1, 1));
                writer.add(new Product("P2", "Toaster", "Kitchen", 10, 30, null, "", 1, 1));
                writer.add(new Product("P3", "Rake", "Garden", 10, 30, null, "", 1, 1));
                LocalDate start = LAST_DAY.minusWeeks(104).plusDays(1);
                for (LocalDate day = start; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                    LocalDate monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(start, monday);
                    boolean promoted = week % 13 == 6;
                    for (String sku : List.of("P1", "P2", "P3")) {
                        for (String location : List.of("S1", "S2")) {
                            double mean = 6 * (promoted && !sku.equals("P3") ? injected : 1);
                            int units = Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
                            if (units > 0) {
                                writer.add(new SalesLine(day, sku, location, "STORE", SalesKind.SALE, units, units * 20,
                                        promoted && !sku.equals("P3") && codesOnSales ? "PROMO" + week : null));
                            }
                        }
                    }
                    if (!codesOnSales && day.getDayOfWeek() == DayOfWeek.MONDAY && promoted) {
                        writer.add(new Promotion("PROMO" + week, null, null, "Kitchen", Set.of("STORE"), null, day,
                                day.plusDays(6), 20, PromotionMechanic.DISCOUNT));
                    }
                    if (!codesOnSales && day.getDayOfWeek() == DayOfWeek.SATURDAY && week % 13 == 2) {
                        // two days of a week only: not a promoted week, and no lift
                        writer.add(new Promotion("WEEKEND" + week, null, null, "Kitchen", Set.of(), null, day,
                                day.plusDays(1), 10, PromotionMechanic.DISCOUNT));
                    }
                }
                writer.commit(List.of());
            }
            new RunForecast(store, 2).run(4, null);

            List<PromotionUplift> uplifts = new RunForecast(store).latestUplifts();
            assertThat(uplifts).extracting(PromotionUplift::category).containsExactly("Kitchen");
            PromotionUplift kitchen = uplifts.get(0);
            assertThat(kitchen.channel()).isEqualTo("STORE");
            assertThat(kitchen.series()).isEqualTo(4);
            assertThat(kitchen.promotedWeeks()).isEqualTo(4 * 8);
            assertThat(kitchen.uplift()).isBetween(injected * 0.9, injected * 1.1);
        }
    }
}
