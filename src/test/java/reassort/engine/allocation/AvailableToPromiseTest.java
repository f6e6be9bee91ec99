package reassort.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import reassort.domain.LocationType;
import reassort.domain.StockPosition;

class AvailableToPromiseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    private static AtpItem store(double onHand, double reserved, List<Inflow> inflows) {
        return new AtpItem("A", "Cuisine", "MAG-1", LocationType.STORE, List.of("STORE", "CC", "SFS"),
                new StockPosition("A", "MAG-1", TODAY, onHand, reserved, 0, 0), inflows);
    }

    @Test
    void clickAndCollectReservationsConsumeTheStoreStockAndBuffersHoldBackTheirShare() {
        // 12 on hand, 2 reserved for click & collect → 10 free; SFS keeps 20 % away (2) and the 2 presentation units
        Map<String, ChannelAtp> atp = AvailableToPromise.of(store(12, 2, List.of()), AllocationRules.defaults(), TODAY);

        assertThat(atp.get("STORE").availableNow()).isEqualTo(10);
        assertThat(atp.get("CC").availableNow()).isEqualTo(8);
        assertThat(atp.get("SFS").availableNow()).isEqualTo(8);
        assertThat(atp.get("SFS").rule()).contains("20 % away from SFS", "presentation minimum of 2");
    }

    @Test
    void aPercentBufferLargerThanTheMinimumWins() {
        AllocationRules rules = AllocationRules.defaults().withBuffers(List.of(ChannelBuffer.percent("SFS", Scope.ALL, 50)));

        assertThat(AvailableToPromise.of(store(20, 0, List.of()), rules, TODAY).get("SFS").availableNow()).isEqualTo(10);
    }

    @Test
    void aMarketplaceCapLimitsWhatItSees() {
        AllocationRules rules = AllocationRules.none().withBuffers(List.of(ChannelBuffer.cap("MKP", Scope.ALL, 5)));
        AtpItem warehouse = new AtpItem("A", "C", "WH", LocationType.WAREHOUSE, List.of("WEB", "MKP"),
                new StockPosition("A", "WH", TODAY, 40, 0, 0, 0), List.of());

        Map<String, ChannelAtp> atp = AvailableToPromise.of(warehouse, rules, TODAY);

        assertThat(atp.get("WEB").availableNow()).isEqualTo(40);
        assertThat(atp.get("MKP").availableNow()).isEqualTo(5);
    }

    @Test
    void futureStockIsPromisedFromTheDateItArrives() {
        List<Inflow> inflows = List.of(new Inflow(TODAY.plusDays(9), 30, Inflow.Kind.PURCHASE_ORDER),
                new Inflow(TODAY.plusDays(2), 5, Inflow.Kind.IN_TRANSIT),
                new Inflow(TODAY.plusDays(14), 3, Inflow.Kind.RETURNS));
        ChannelAtp store = AvailableToPromise.of(store(4, 0, inflows), AllocationRules.none(), TODAY).get("STORE");

        assertThat(store.promiseDate(4, TODAY)).isEqualTo(TODAY);
        assertThat(store.promiseDate(9, TODAY)).isEqualTo(TODAY.plusDays(2));
        assertThat(store.promiseDate(20, TODAY)).isEqualTo(TODAY.plusDays(9));
        assertThat(store.promiseDate(42, TODAY)).isEqualTo(TODAY.plusDays(14));
        assertThat(store.promiseDate(43, TODAY)).isNull();
        assertThat(store.availableOn(TODAY.plusDays(10))).isEqualTo(39);
    }

    @Test
    void anOverdueReceiptIsPromisedFromToday() {
        List<Inflow> inflows = List.of(new Inflow(TODAY.minusDays(3), 6, Inflow.Kind.PURCHASE_ORDER));
        ChannelAtp store = AvailableToPromise.of(store(0, 0, inflows), AllocationRules.none(), TODAY).get("STORE");

        assertThat(store.availableNow()).isZero();
        assertThat(store.promiseDate(6, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void shipFromStorePoolsTheStoresAvailabilityWithTheWarehouse() {
        ChannelAtp warehouse = new ChannelAtp("WEB", 5, 0, 5, List.of(), null, 0);
        Map<String, ChannelAtp> stores = Map.of(
                "MAG-1", AvailableToPromise.of(store(10, 0, List.of()), AllocationRules.defaults(), TODAY).get("SFS"));

        AvailableToPromise.Pooled pooled = AvailableToPromise.pooled(warehouse, stores);

        assertThat(pooled.total()).isEqualTo(5 + 8);
        assertThat(pooled.stores()).containsEntry("MAG-1", 8.0);
    }

    @Test
    void generatedPositionsNeverPromiseMoreThanIsFreeNorAnythingNegative() {
        Random random = new Random(11);
        AllocationRules rules = AllocationRules.defaults().withBuffers(List.of(
                ChannelBuffer.percent("SFS", Scope.ALL, 20), new ChannelBuffer("MKP", Scope.ALL, 3, 10, 6),
                ChannelBuffer.units("CC", Scope.ALL, 1)));
        for (int c = 0; c < 2000; c++) {
            List<Inflow> inflows = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                inflows.add(new Inflow(TODAY.plusDays(random.nextInt(30) - 5), random.nextInt(20),
                        Inflow.Kind.values()[random.nextInt(3)]));
            }
            double onHand = random.nextInt(40) - 5;
            AtpItem item = new AtpItem("A", "C", "L", random.nextBoolean() ? LocationType.STORE : LocationType.WAREHOUSE,
                    List.of("STORE", "CC", "SFS", "MKP"), new StockPosition("A", "L", TODAY, onHand,
                    random.nextInt(5), 0, random.nextInt(3)), inflows);
            double incoming = inflows.stream().mapToDouble(Inflow::quantity).sum();
            for (ChannelAtp atp : AvailableToPromise.of(item, rules, TODAY).values()) {
                assertThat(atp.availableNow()).isBetween(0.0, item.freeNow());
                assertThat(atp.withheld()).isGreaterThanOrEqualTo(0);
                assertThat(atp.availableNow() + atp.withheld()).isEqualTo(item.freeNow());
                double previous = atp.availableNow();
                for (ChannelAtp.Dated d : atp.future()) {
                    assertThat(d.available()).isBetween(0.0, item.freeNow() + incoming);
                    assertThat(d.date()).isAfterOrEqualTo(TODAY);
                    assertThat(d.available()).isGreaterThanOrEqualTo(previous - 1e-9);
                    previous = d.available();
                }
            }
        }
    }
}
