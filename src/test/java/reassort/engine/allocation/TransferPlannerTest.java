package reassort.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import reassort.domain.LocationType;

class TransferPlannerTest {
    private static TransferSite store(String code, String region, double available, double orderUpTo, double daily) {
        return new TransferSite(code, LocationType.STORE, region, available, orderUpTo, daily, 7, 2);
    }

    @Test
    void overstockMovesToTheStoreAtRiskWhenTheMarginBeatsTheCost() {
        // donor: 80 units, 1/day, keeps max(S 10, 2, 56 days × 1) = 56 → 24 spare; receiver: 1 unit, 3/day over 7 days → risk 20
        List<TransferLine> lines = TransferPlanner.plan("A", 12, List.of(
                store("MAG-A", "N", 80, 10, 1), store("MAG-B", "N", 1, 30, 3)), AllocationRules.defaults().withTransferCost(
                new TransferCost(15, 0.5, 2)));

        assertThat(lines).hasSize(1);
        TransferLine t = lines.get(0);
        assertThat(t.from()).isEqualTo("MAG-A");
        assertThat(t.to()).isEqualTo("MAG-B");
        assertThat(t.quantity()).isEqualTo(24); // all the spare units (it wants 30 − 1)
        assertThat(t.receiverRisk()).isEqualTo(20);
        assertThat(t.benefit()).isEqualTo(20 * 12);
        assertThat(t.cost()).isEqualTo(15 + 0.5 * 24);
        assertThat(t.explanation()).extracting(s -> s.key()).containsExactly("transfer.excess", "transfer.risk",
                "transfer.quantity", "transfer.benefit", "transfer.cost");
    }

    @Test
    void noTransferWhenTheCostBeatsTheSavedMargin() {
        List<TransferLine> lines = TransferPlanner.plan("A", 1, List.of(
                store("MAG-A", "N", 80, 10, 1), store("MAG-B", "N", 1, 30, 3)), AllocationRules.defaults()
                .withTransferCost(new TransferCost(50, 1, 2)));

        assertThat(lines).isEmpty();
    }

    @Test
    void aDonorOfTheSameRegionIsPreferred() {
        List<TransferLine> lines = TransferPlanner.plan("A", 10, List.of(store("MAG-FAR", "S", 200, 10, 1),
                store("MAG-NEAR", "N", 80, 10, 1), store("MAG-B", "N", 0, 10, 2)), AllocationRules.defaults());

        assertThat(lines).extracting(TransferLine::from).containsExactly("MAG-NEAR");
    }

    @Test
    void stockGoesBackToAWarehouseAtRisk() {
        TransferSite warehouse = new TransferSite("WH", LocationType.WAREHOUSE, "N", 0, 40, 5, 10, 0);
        List<TransferLine> lines = TransferPlanner.plan("A", 10, List.of(store("MAG-A", "N", 100, 10, 0.5), warehouse),
                AllocationRules.defaults());

        assertThat(lines).singleElement().satisfies(t -> {
            assertThat(t.to()).isEqualTo("WH");
            assertThat(t.quantity()).isEqualTo(40);
        });
    }

    @Test
    void generatedNetworksNeverTakeADonorBelowWhatItKeepsNorMoveNothing() {
        Random random = new Random(5);
        AllocationRules rules = AllocationRules.defaults();
        for (int c = 0; c < 2000; c++) {
            List<TransferSite> sites = new ArrayList<>();
            int n = 2 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                sites.add(new TransferSite("L" + i, LocationType.STORE, random.nextBoolean() ? "N" : "S",
                        random.nextInt(120) - 5, random.nextInt(30), random.nextDouble() * 4, 1 + random.nextInt(14),
                        random.nextInt(4)));
            }
            List<TransferLine> lines = TransferPlanner.plan("A", random.nextDouble() * 20, sites, rules);
            double[] after = sites.stream().mapToDouble(TransferSite::available).toArray();
            for (TransferLine t : lines) {
                assertThat(t.quantity()).isGreaterThanOrEqualTo(rules.transferCost().minimumUnits()).isEqualTo(Math.rint(t.quantity()));
                assertThat(t.benefit()).isGreaterThan(t.cost());
                assertThat(t.from()).isNotEqualTo(t.to());
                after[Integer.parseInt(t.from().substring(1))] -= t.quantity();
                after[Integer.parseInt(t.to().substring(1))] += t.quantity();
            }
            double before = sites.stream().mapToDouble(TransferSite::available).sum();
            assertThat(java.util.Arrays.stream(after).sum()).isCloseTo(before, org.assertj.core.api.Assertions.within(1e-9));
            for (int i = 0; i < n; i++) {
                TransferSite s = sites.get(i);
                double keep = Math.max(Math.max(s.orderUpTo(), s.protectedStock()), s.dailyDemand() * rules.overstockCoverDays());
                if (after[i] < s.available()) assertThat(after[i]).as("case %d donor %d", c, i).isGreaterThanOrEqualTo(keep - 1e-9);
            }
        }
    }
}
