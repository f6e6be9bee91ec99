package reassort.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.domain.ProgressListener;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;

/** Reruns net the planner's decisions: on the sample store, a scarce SKU × source shared by several stores. */
class RunAllocationNettingTest {
    private static final Clock CLOCK = SampleStores.WEDNESDAY_AFTER;
    @TempDir
    Path dir;
    private Path storeDir;

    @BeforeEach
    void importPlanAndAllocate() throws IOException {
        storeDir = SampleStores.importSmallPlanAndAllocate(5, dir, CLOCK);
    }

    /** The lines of the scarce SKU × source with the most lines that got something, by location and channel. */
    private static List<StoredAllocation> scarceGroup(RunAllocation allocation) {
        Map<String, List<StoredAllocation>> groups = allocation.allocations().stream().filter(StoredAllocation::scarce)
                .collect(Collectors.groupingBy(a -> a.sku() + "@" + a.source()));
        return groups.values().stream()
                .filter(g -> g.stream().filter(a -> a.quantity() > 0 && a.quantity() < a.need()).count() >= 2)
                .max(Comparator.comparingInt(List::size)).orElseThrow();
    }

    private static List<StoredAllocation> reread(RunAllocation allocation, List<StoredAllocation> group) {
        String sku = group.get(0).sku();
        String source = group.get(0).source();
        return allocation.allocations().stream().filter(a -> a.sku().equals(sku) && a.source().equals(source)).toList();
    }

    private static boolean same(StoredAllocation a, StoredAllocation b) {
        return a.location().equals(b.location()) && a.channel().equals(b.channel());
    }

    private static double sum(List<StoredAllocation> lines, StoredAllocation except) {
        return lines.stream().filter(a -> !same(a, except)).mapToDouble(StoredAllocation::quantity).sum();
    }

    @Test
    void aRejectedLinesUnitsGoToTheOtherLinesOfTheScarceSupply() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            RunAllocation allocation = workspace.allocations();
            List<StoredAllocation> group = scarceGroup(allocation);
            StoredAllocation rejected = group.stream().filter(a -> a.quantity() > 0).findFirst().orElseThrow();
            double othersBefore = sum(group, rejected);
            double othersNeed = group.stream().filter(a -> !same(a, rejected)).mapToDouble(StoredAllocation::need).sum();
            allocation.setStatus(rejected.sku(), rejected.location(), rejected.channel(), ProposalStatus.REJECTED, "closed");

            AllocationSummary summary = allocation.run(ProgressListener.NONE);

            List<StoredAllocation> after = reread(allocation, group);
            StoredAllocation kept = after.stream().filter(a -> same(a, rejected)).findFirst().orElseThrow();
            assertThat(kept.status()).isEqualTo(ProposalStatus.REJECTED);
            assertThat(kept.quantity()).as("computed quantity beside the rejection").isEqualTo(rejected.quantity());
            assertThat(sum(after, rejected)).isEqualTo(Math.min(othersNeed, othersBefore + rejected.quantity()))
                    .isGreaterThan(othersBefore);
            assertThat(after.stream().filter(a -> !same(a, rejected)).toList()).allSatisfy(a -> assertThat(a.explanation())
                    .contains("Planner's decisions netted", "freed by 1 rejected line(s)"));
            assertThat(kept.explanation()).doesNotContain("Planner's decisions netted");
            assertThat(summary.netting().rejectedLines()).isEqualTo(1);
            assertThat(summary.netting().freedUnits()).isEqualTo(rejected.quantity());
            assertThat(summary.netting().heldLines()).isZero();
        }
    }

    @Test
    void anApprovedAndAnEditedQuantityAreDeductedFromTheSupply() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            RunAllocation allocation = workspace.allocations();
            List<StoredAllocation> group = scarceGroup(allocation);
            double supply = group.get(0).supply();
            StoredAllocation approved = group.get(0);
            StoredAllocation edited = group.get(1);
            allocation.setStatus(approved.sku(), approved.location(), approved.channel(), ProposalStatus.APPROVED, null);
            allocation.edit(edited.sku(), edited.location(), edited.channel(), 1, "small shelf");

            AllocationSummary summary = allocation.run(ProgressListener.NONE);

            List<StoredAllocation> after = reread(allocation, group);
            double held = approved.quantity() + 1;
            double undecided = after.stream().filter(a -> !same(a, approved) && !same(a, edited))
                    .mapToDouble(StoredAllocation::quantity).sum();
            double undecidedNeed = after.stream().filter(a -> !same(a, approved) && !same(a, edited))
                    .mapToDouble(StoredAllocation::need).sum();
            assertThat(undecided).isEqualTo(Math.min(undecidedNeed, supply - held));
            assertThat(after).allSatisfy(a -> assertThat(a.supply()).isEqualTo(supply));
            StoredAllocation editedAfter = after.stream().filter(a -> same(a, edited)).findFirst().orElseThrow();
            assertThat(editedAfter.effectiveQuantity()).isEqualTo(1);
            assertThat(editedAfter.quantity()).as("computed beside the edit").isEqualTo(edited.quantity());
            assertThat(summary.netting().heldLines()).isEqualTo(2);
            assertThat(summary.netting().heldUnits()).isEqualTo(held);
            assertThat(summary.netting().overSupplySources()).isZero();
        }
    }

    @Test
    void decisionsHoldingMoreThanTheSupplyLeaveTheOthersAtZeroAndAreFlagged() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            RunAllocation allocation = workspace.allocations();
            List<StoredAllocation> group = scarceGroup(allocation);
            double supply = group.get(0).supply();
            StoredAllocation edited = group.get(0);
            allocation.edit(edited.sku(), edited.location(), edited.channel(), supply + 5, "promised to the store");

            AllocationSummary summary = allocation.run(ProgressListener.NONE);

            List<StoredAllocation> others = reread(allocation, group).stream().filter(a -> !same(a, edited)).toList();
            assertThat(others).isNotEmpty().allSatisfy(a -> {
                assertThat(a.quantity()).isZero();
                assertThat(a.explanation()).contains("planner decisions hold 5 units more than the supply");
            });
            assertThat(summary.netting().overSupplySources()).isEqualTo(1);
            assertThat(summary.netting().overSupplyUnits()).isEqualTo(5);
        }
    }
}
