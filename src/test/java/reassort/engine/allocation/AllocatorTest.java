package reassort.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AllocatorTest {
    private static AllocationNeed need(String location, double need, double position, double daily, double minimum, int priority) {
        return new AllocationNeed(location, "STORE", need, position, daily, minimum, priority);
    }

    private static double[] quantities(List<AllocationLine> lines) {
        return lines.stream().mapToDouble(AllocationLine::quantity).toArray();
    }

    @Test
    void everyNeedIsMetWhenSupplyCoversThem() {
        AllocationRequest request = new AllocationRequest("A", "WH", 30, 0,
                List.of(need("S1", 10, 0, 1, 2, 1), need("S2", 15, 5, 1, 2, 2)));

        List<AllocationLine> lines = Allocator.allocate(request, FairShare.DAYS_OF_COVER);

        assertThat(quantities(lines)).containsExactly(10, 15);
        assertThat(lines.get(0).explanation()).extracting(s -> s.key()).contains("alloc.enough");
    }

    @Test
    void equalDaysOfCoverRaisesTheLowestCoverFirst() {
        // S1: 0 on hand, 2/day; S2: 10 on hand, 1/day (10 days). 10 units: level L with 2L + max(0, L − 10) = 10 → L = 5.
        AllocationRequest request = new AllocationRequest("A", "WH", 10, 0,
                List.of(need("S1", 20, 0, 2, 0, 1), need("S2", 20, 10, 1, 0, 1)));

        List<AllocationLine> lines = Allocator.allocate(request, FairShare.DAYS_OF_COVER);

        assertThat(quantities(lines)).containsExactly(10, 0);
        assertThat(lines.get(0).level()).isCloseTo(5, within(1e-6));
    }

    @Test
    void equalDaysOfCoverSharesWhenBothAreBelowTheLevel() {
        // S1: 0 + 1/day, S2: 4 + 1/day; 12 units: L − 0 + L − 4 = 12 → L = 8: 8 and 4
        AllocationRequest request = new AllocationRequest("A", "WH", 12, 0,
                List.of(need("S1", 20, 0, 1, 0, 1), need("S2", 20, 4, 1, 0, 1)));

        assertThat(quantities(Allocator.allocate(request, FairShare.DAYS_OF_COVER))).containsExactly(8, 4);
    }

    @Test
    void proportionalShareGivesTheSameShareOfEveryNeed() {
        // needs 10 and 30, supply 20: half of each
        AllocationRequest request = new AllocationRequest("A", "WH", 20, 0,
                List.of(need("S1", 10, 0, 1, 0, 1), need("S2", 30, 0, 5, 0, 1)));

        List<AllocationLine> lines = Allocator.allocate(request, FairShare.PROPORTIONAL_TO_NEED);

        assertThat(quantities(lines)).containsExactly(5, 15);
        assertThat(lines.get(0).level()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aHigherPriorityIsServedInFullBeforeALowerOneGetsAnything() {
        // priority 1 (store) needs 8, priority 2 (marketplace) needs 8, supply 10
        AllocationRequest request = new AllocationRequest("A", "WH", 10, 0, List.of(
                new AllocationNeed("WH", "MKP", 8, 0, 1, 0, 2), need("S1", 8, 0, 1, 0, 1)));

        assertThat(quantities(Allocator.allocate(request, FairShare.DAYS_OF_COVER))).containsExactly(2, 8);
    }

    @Test
    void presentationMinimumsComeBeforePriorities() {
        // the low-priority store is below its minimum of 3: it gets 3 first, the rest goes to priority 1
        AllocationRequest request = new AllocationRequest("A", "WH", 10, 0, List.of(
                need("S1", 20, 5, 1, 3, 1), need("S2", 10, 0, 1, 3, 2)));

        List<AllocationLine> lines = Allocator.allocate(request, FairShare.DAYS_OF_COVER);

        assertThat(quantities(lines)).containsExactly(7, 3);
        assertThat(lines.get(1).fromMinimum()).isEqualTo(3);
        assertThat(lines.get(1).explanation()).extracting(s -> s.key())
                .containsExactly("alloc.supply", "alloc.need", "alloc.minimum", "alloc.priority", "alloc.fairShare", "alloc.final");
    }

    @Test
    void minimumsThatExceedSupplyAreSharedInProportionToTheShortfalls() {
        AllocationRequest request = new AllocationRequest("A", "WH", 3, 0, List.of(
                need("S1", 10, 0, 1, 4, 1), need("S2", 10, 2, 1, 4, 1)));

        assertThat(quantities(Allocator.allocate(request, FairShare.DAYS_OF_COVER))).containsExactly(2, 1);
    }

    @Test
    void inboundReceiptsAddToTheSupply() {
        AllocationRequest request = new AllocationRequest("A", "WH", 2.5, 4, List.of(need("S1", 10, 0, 1, 0, 1)));

        List<AllocationLine> lines = Allocator.allocate(request, FairShare.DAYS_OF_COVER);

        assertThat(lines.get(0).supply()).isEqualTo(6);
        assertThat(lines.get(0).quantity()).isEqualTo(6);
    }

    @Test
    void linesWithoutDemandOnlyGetTheirMinimumWhenSupplyIsScarce() {
        AllocationRequest request = new AllocationRequest("A", "WH", 6, 0, List.of(
                need("S1", 10, 0, 1, 0, 1), need("S2", 10, 0, 0, 2, 1)));

        assertThat(quantities(Allocator.allocate(request, FairShare.DAYS_OF_COVER))).containsExactly(4, 2);
    }

    @ParameterizedTest
    @EnumSource(FairShare.class)
    void generatedCasesNeverOverAllocateAndConserveTheSupply(FairShare rule) {
        Random random = new Random(42);
        for (int c = 0; c < 3000; c++) {
            int n = 1 + random.nextInt(12);
            List<AllocationNeed> needs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double daily = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 5;
                needs.add(new AllocationNeed("L" + i, random.nextBoolean() ? "STORE" : "WEB", random.nextInt(40),
                        random.nextInt(30) - 5, daily, random.nextInt(5), 1 + random.nextInt(3)));
            }
            AllocationRequest request = new AllocationRequest("S" + c, "WH", random.nextDouble() * 150,
                    random.nextInt(3) == 0 ? random.nextInt(50) : 0, needs);
            List<AllocationLine> lines = Allocator.allocate(request, rule);

            double total = 0;
            for (int i = 0; i < n; i++) {
                AllocationLine line = lines.get(i);
                AllocationNeed need = needs.get(i);
                assertThat(line.quantity()).as("case %d line %d", c, i).isBetween(0.0, need.need());
                assertThat(line.fromMinimum()).isGreaterThanOrEqualTo(0);
                assertThat(line.fromShare()).isGreaterThanOrEqualTo(0);
                assertThat(line.quantity()).isEqualTo(Math.rint(line.quantity()));
                total += line.quantity();
            }
            double supply = request.supply();
            assertThat(total).as("case %d", c).isLessThanOrEqualTo(supply);
            // totals conserved: all the supply is given when needs exceed it, every need is met otherwise
            assertThat(total).as("case %d", c).isEqualTo(Math.min(supply, request.totalNeed()));
            // minimums: when the supply covers every shortfall, every line reaches min(minimum shortfall, need)
            double shortfalls = needs.stream().mapToDouble(AllocationNeed::minimumShortfall).sum();
            if (shortfalls <= supply) {
                for (int i = 0; i < n; i++) {
                    assertThat(lines.get(i).quantity()).as("case %d line %d minimum", c, i)
                            .isGreaterThanOrEqualTo(needs.get(i).minimumShortfall());
                }
            }
            // priorities: a line of a lower priority gets more than its minimum only if every higher one is full
            for (int i = 0; i < n; i++) {
                if (lines.get(i).fromShare() == 0) continue;
                for (int j = 0; j < n; j++) {
                    if (needs.get(j).priority() < needs.get(i).priority()) {
                        assertThat(lines.get(j).quantity()).as("case %d: %d before %d", c, j, i).isEqualTo(needs.get(j).need());
                    }
                }
            }
        }
    }

    @Test
    void equalCoverLeavesNoLineWithDemandBelowAnotherThatCouldHaveGivenAUnit() {
        Random random = new Random(7);
        for (int c = 0; c < 1000; c++) {
            int n = 2 + random.nextInt(8);
            List<AllocationNeed> needs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                needs.add(new AllocationNeed("L" + i, "STORE", 5 + random.nextInt(40), random.nextInt(20),
                        0.5 + random.nextDouble() * 4, 0, 1));
            }
            AllocationRequest request = new AllocationRequest("S", "WH", random.nextInt(60), 0, needs);
            List<AllocationLine> lines = Allocator.allocate(request, FairShare.DAYS_OF_COVER);
            for (AllocationLine low : lines) {
                if (low.quantity() >= low.need()) continue;
                for (AllocationLine high : lines) {
                    if (high.quantity() == 0) continue;
                    double highCoverWithoutLastUnit = (high.position() + high.quantity() - 1) / high.dailyDemand();
                    // high's last unit was not given while low's cover was lower by more than one unit of low's demand
                    assertThat(highCoverWithoutLastUnit).as("case %d", c)
                            .isLessThanOrEqualTo(low.coverAfter() + 1 / low.dailyDemand() + 1e-6);
                }
            }
        }
    }
}
