package reassort.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import reassort.domain.LocationType;

class TransferNettingTest {
    private static final AllocationRules RULES = AllocationRules.defaults().withTransferCost(new TransferCost(15, 0.5, 2));

    private static TransferSite store(String code, String region, double available, double orderUpTo, double daily) {
        return new TransferSite(code, LocationType.STORE, region, available, orderUpTo, daily, 7, 2);
    }

    // MAG-A holds 80, keeps 56: 24 spare; MAG-B (1 unit, 3/day, S 30) is at risk
    private static final List<TransferSite> SITES = List.of(store("MAG-A", "N", 80, 10, 1), store("MAG-B", "N", 1, 30, 3),
            store("MAG-C", "N", 0, 20, 2));

    @Test
    void withoutDecisionsThePlanIsUnchanged() {
        assertThat(TransferPlanner.plan("A", 12, SITES, RULES, List.of())).isEqualTo(TransferPlanner.plan("A", 12, SITES, RULES));
    }

    @Test
    void anApprovedTransferCountsInBothSitesAvailability() {
        List<TransferLine> before = TransferPlanner.plan("A", 12, SITES, RULES);
        assertThat(before).extracting(TransferLine::to, TransferLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MAG-B", 24.0));

        // the planner approved 14 units from MAG-A to MAG-C: MAG-A has 10 spare left, MAG-C is no longer at risk
        List<TransferLine> lines = TransferPlanner.plan("A", 12, SITES, RULES,
                List.of(new TransferDecision("MAG-A", "MAG-C", false, 14)));

        assertThat(lines).extracting(TransferLine::to, TransferLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MAG-B", 10.0));
        assertThat(lines.get(0).donorAvailable()).isEqualTo(66);
    }

    @Test
    void aRejectedPairIsNotProposedAgainButItsComputedTransferIsShownBesideIt() {
        List<TransferLine> lines = TransferPlanner.plan("A", 12, List.of(store("MAG-A", "N", 80, 10, 1),
                store("MAG-D", "N", 80, 10, 1), store("MAG-B", "N", 1, 30, 3)), RULES,
                List.of(new TransferDecision("MAG-A", "MAG-B", true, 0)));

        // first pass: MAG-A (first by code among equal donors) → MAG-B, kept beside the rejection; then MAG-D gives instead
        assertThat(lines).extracting(TransferLine::from, TransferLine::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MAG-A", "MAG-B"), org.assertj.core.groups.Tuple.tuple("MAG-D", "MAG-B"));
    }
}
