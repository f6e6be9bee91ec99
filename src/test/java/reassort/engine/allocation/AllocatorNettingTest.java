package reassort.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reassort.engine.policy.ExplanationStep;

class AllocatorNettingTest {
    private static AllocationNeed need(String location, double need, double position, double daily) {
        return new AllocationNeed(location, "STORE", need, position, daily, 0, 1);
    }

    private static double[] quantities(List<AllocationLine> lines) {
        return lines.stream().mapToDouble(AllocationLine::quantity).toArray();
    }

    private static final List<AllocationNeed> THREE = List.of(need("S1", 10, 0, 1), need("S2", 10, 0, 1), need("S3", 10, 0, 1));

    @Test
    void aRejectedLinesUnitsGoToTheOtherLinesOfTheSkuAndSource() {
        AllocationRequest request = new AllocationRequest("A", "WH", 12, 0, THREE,
                List.of(PlannerDecision.rejecting("S2", "STORE")));

        List<AllocationLine> lines = Allocator.allocate(request, FairShare.DAYS_OF_COVER);

        // without the decision every store gets 4; S2's 4 go to S1 and S3, S2 still shows its computed 4
        assertThat(quantities(lines)).containsExactly(6, 4, 6);
        assertThat(lines.get(1).netting()).isNull();
        Netting netting = lines.get(0).netting();
        assertThat(netting.freed()).isEqualTo(4);
        assertThat(netting.rejectedLines()).isEqualTo(1);
        assertThat(netting.held()).isZero();
        assertThat(lines.get(0).supply()).isEqualTo(12);
        assertThat(lines.get(0).totalNeed()).isEqualTo(20);
        assertThat(lines.get(0).explanation()).extracting(ExplanationStep::key).contains("alloc.netting");
        ExplanationStep step = lines.get(0).explanation().stream().filter(s -> s.key().equals("alloc.netting")).findFirst()
                .orElseThrow();
        assertThat(step.inputs()).extracting(i -> i.symbol() + "=" + i.value()).contains("held=0.0", "freed=4.0");
    }

    @Test
    void anApprovedOrEditedQuantityIsTakenFromTheSupplyFirst() {
        AllocationRequest request = new AllocationRequest("A", "WH", 12, 0, THREE,
                List.of(PlannerDecision.holding("S1", "STORE", 8)));

        List<AllocationLine> lines = Allocator.allocate(request, FairShare.DAYS_OF_COVER);

        // 12 − 8 held leaves 4 for S2 and S3; S1 shows its computed 4 beside the planner's 8
        assertThat(quantities(lines)).containsExactly(4, 2, 2);
        assertThat(lines.get(1).netting().held()).isEqualTo(8);
        assertThat(lines.get(1).supply()).isEqualTo(4);
        assertThat(lines.get(1).explanation().stream().filter(s -> s.key().equals("alloc.netting")).findFirst().orElseThrow()
                .result()).isEqualTo(4);
    }

    @Test
    void decisionsHoldingMoreThanTheSupplyLeaveTheUndecidedLinesAtZeroAndSaySo() {
        AllocationRequest request = new AllocationRequest("A", "WH", 10, 0, THREE,
                List.of(PlannerDecision.holding("S1", "STORE", 9), PlannerDecision.holding("S2", "STORE", 4)));

        List<AllocationLine> lines = Allocator.allocate(request, FairShare.DAYS_OF_COVER);

        assertThat(request.overSupply()).isEqualTo(3);
        assertThat(lines.get(2).quantity()).isZero();
        assertThat(lines.get(2).supply()).isZero();
        assertThat(lines.get(2).decisionsOverSupply()).isTrue();
        assertThat(lines.get(2).explanation()).extracting(ExplanationStep::rule)
                .contains("planner decisions hold 3 units more than the supply: the undecided lines get nothing");
        assertThat(lines).allSatisfy(l -> assertThat(l.quantity()).isNotNegative());
    }

    @Test
    void aDecisionOnALineTheRunNoLongerMakesStillHoldsItsUnits() {
        AllocationRequest request = new AllocationRequest("A", "WH", 12, 0, List.of(need("S1", 10, 0, 1), need("S2", 10, 0, 1)),
                List.of(PlannerDecision.holding("GONE", "STORE", 5)));

        assertThat(quantities(Allocator.allocate(request, FairShare.DAYS_OF_COVER))).containsExactly(4, 3);
    }

    @Test
    void rejectingEveryLineLeavesTheSupplyUnshared() {
        AllocationRequest request = new AllocationRequest("A", "WH", 12, 0, List.of(need("S1", 10, 0, 1)),
                List.of(PlannerDecision.rejecting("S1", "STORE")));

        List<AllocationLine> lines = Allocator.allocate(request, FairShare.DAYS_OF_COVER);

        assertThat(quantities(lines)).containsExactly(10);
        assertThat(lines.get(0).netting()).isNull();
    }

    @Test
    void twoDecisionsOnOneLineAreRefused() {
        assertThatThrownBy(() -> new AllocationRequest("A", "WH", 12, 0, THREE,
                List.of(PlannerDecision.rejecting("S1", "STORE"), PlannerDecision.holding("S1", "STORE", 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("S1 × STORE");
    }

    @ParameterizedTest
    @EnumSource(FairShare.class)
    void nettedRunsNeverGiveMoreThanWhatTheDecisionsLeave(FairShare rule) {
        Random random = new Random(20261208);
        for (int c = 0; c < 2_000; c++) {
            int n = 1 + random.nextInt(8);
            List<AllocationNeed> needs = new ArrayList<>();
            List<PlannerDecision> decisions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                needs.add(new AllocationNeed("L" + i, i % 3 == 0 ? "WEB" : "STORE", random.nextInt(30), random.nextInt(20) - 5,
                        random.nextInt(4) * random.nextDouble(), random.nextInt(4), 1 + random.nextInt(2)));
                int kind = random.nextInt(4);
                if (kind == 0) decisions.add(PlannerDecision.rejecting("L" + i, needs.get(i).channel()));
                if (kind == 1) decisions.add(PlannerDecision.holding("L" + i, needs.get(i).channel(), random.nextInt(25)));
            }
            AllocationRequest request = new AllocationRequest("S" + c, "WH", random.nextInt(80), random.nextInt(10), needs,
                    decisions);
            List<AllocationLine> first = Allocator.allocate(new AllocationRequest(request.sku(), "WH", request.availableNow(),
                    request.inbound(), needs), rule);
            List<AllocationLine> lines = Allocator.allocate(request, rule);

            double undecided = 0;
            double undecidedNeed = 0;
            for (int i = 0; i < n; i++) {
                AllocationLine line = lines.get(i);
                assertThat(line.quantity()).as("case %d line %d", c, i).isBetween(0.0, line.need());
                boolean decided = false;
                for (PlannerDecision d : decisions) decided |= d.matches(needs.get(i));
                if (decided) {
                    assertThat(line.quantity()).as("computed quantity beside a decision").isEqualTo(first.get(i).quantity());
                } else {
                    undecided += line.quantity();
                    undecidedNeed += line.need();
                }
            }
            double left = Math.max(0, request.supply() - request.heldUnits());
            assertThat(undecided).as("case %d", c).isLessThanOrEqualTo(left);
            // what the decisions leave is given in full when the undecided lines ask for it
            assertThat(undecided).as("case %d", c).isEqualTo(Math.min(left, undecidedNeed));
        }
    }
}
