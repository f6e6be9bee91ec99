package reassort.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.app.workbench.AllocationRow;
import reassort.app.workbench.PlanStatus;
import reassort.app.workbench.TransferRow;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;
import reassort.ui.common.I18n;
import reassort.ui.common.ImmediateTaskRunner;

/** The allocation screen's logic over the planned SMALL sample, without the toolkit. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationViewModelTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private Workspace workspace;
    private AllocationViewModel model;
    private final List<String> outcomes = new ArrayList<>();

    @BeforeAll
    void planTheSample() throws Exception {
        workspace = Workspace.open(SampleStores.importSmall(5, dir, WEDNESDAY), WEDNESDAY);
        workspace.plans().run(false, null);
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    @BeforeEach
    void open() {
        model = new AllocationViewModel(workspace, new ImmediateTaskRunner(), I18n.of(Locale.ENGLISH), outcomes::add);
        if (workspace.allocations().latestRun().isEmpty()) {
            model.load();
            assertThat(model.allocations()).isEmpty();
            assertThat(model.latestTextProperty().get()).contains("No allocation yet");
        }
        model.runAllocation();
    }

    private StoredAllocation stored(AllocationRow row) {
        return workspace.allocations().allocations(row.sku(), row.location()).stream()
                .filter(a -> a.channel().equals(row.channel())).findFirst().orElseThrow();
    }

    private List<AllocationRow> proposed(int count) {
        List<AllocationRow> rows = model.allocations().stream().filter(r -> r.status() == PlanStatus.PROPOSED)
                .limit(count).toList();
        assertThat(rows).hasSize(count);
        return rows;
    }

    @Test
    void withoutAPlanTheRunSaysToPlanFirst() throws Exception {
        try (Workspace empty = Workspace.inMemory(WEDNESDAY)) {
            AllocationViewModel none = new AllocationViewModel(empty, new ImmediateTaskRunner(), I18n.of(Locale.FRENCH),
                    outcomes::add);
            none.runAllocation();
            assertThat(outcomes).last().asString().contains("Calculez d’abord le plan (F9)");
            assertThat(none.allocations()).isEmpty();
        }
    }

    @Test
    void aRunShowsEveryAllocationAndTransferAndSaysWhatItDid() {
        assertThat(model.allocations()).hasSize(workspace.allocations().allocations().size()).isNotEmpty();
        assertThat(model.transferCount()).isEqualTo(workspace.allocations().transfers().size());
        var run = workspace.allocations().latestRun().orElseThrow();
        assertThat(model.latestTextProperty().get()).contains(run.allocationLines() + " allocation(s)",
                run.scarceSkus() + " SKU(s) short of supply", run.transfers() + " transfer(s)");
        assertThat(outcomes).last().asString().startsWith("Allocation done");
        assertThat(model.channels()).contains("STORE");
        assertThat(model.allocations()).allSatisfy(r -> assertThat(r.label()).isNotEmpty());
    }

    @Test
    void aRerunSaysWhichPlannerDecisionsItNetted() {
        AllocationRow row = proposed(1).get(0);
        workspace.allocations().setStatus(row.sku(), row.location(), row.channel(), ProposalStatus.REJECTED, "closed");

        model.runAllocation();

        assertThat(outcomes).last().asString().startsWith("Allocation done")
                .containsPattern("Planner decisions netted: \\d+ line\\(s\\) hold [\\d,]+ units, [1-9]\\d* rejected line\\(s\\) free");
    }

    @Test
    void filtersNarrowTheRowsAndClearingShowsThemAllAgain() {
        int all = model.allocations().size();
        model.filterProperty().set(model.filterProperty().get().withScarceOnly(true));
        assertThat(model.allocations()).isNotEmpty().hasSizeLessThan(all).allMatch(AllocationRow::scarce);

        String sku = model.allocations().get(0).sku();
        model.filterProperty().set(AllocationFilter.ALL.withSearch(sku.toLowerCase(Locale.ROOT)));
        assertThat(model.allocations()).isNotEmpty().allMatch(r -> r.sku().equals(sku) || r.label().contains(sku));

        String location = model.locations().get(0);
        model.filterProperty().set(AllocationFilter.ALL.withLocation(location).withChannel("STORE"));
        assertThat(model.allocations()).allMatch(r -> r.location().equals(location) && r.channel().equals("STORE"));
        assertThat(model.transfers()).allMatch(t -> t.from().equals(location) || t.to().equals(location));

        model.filterProperty().set(AllocationFilter.ALL.withStatus(PlanStatus.EXPORTED));
        assertThat(model.allocations()).isEmpty();
        model.filterProperty().set(AllocationFilter.ALL);
        assertThat(model.allocations()).hasSize(all);
    }

    @Test
    void anEditNeedsAReasonAndAQuantityOfZeroOrMoreThenIsSavedAtOnce() {
        AllocationRow row = proposed(1).get(0);
        model.edit(row, 3, "  ");
        assertThat(model.problemProperty().get()).contains("reason");
        model.edit(row, -2, "Fair");
        assertThat(model.problemProperty().get()).contains("-2");
        assertThat(model.quantity("abc")).isNull();
        assertThat(model.problemProperty().get()).contains("abc");
        assertThat(stored(row).status()).isEqualTo(ProposalStatus.PROPOSED);

        model.selectAllocation(row, List.of(row));
        model.edit(row, 3, "Window display for the fair");

        assertThat(stored(row).editedQuantity()).isEqualTo(3);
        assertThat(stored(row).editReason()).isEqualTo("Window display for the fair");
        AllocationRow shown = model.allocations().stream().filter(r -> r.key().equals(row.key())).findFirst().orElseThrow();
        assertThat(shown.status()).isEqualTo(PlanStatus.EDITED);
        assertThat(shown.effectiveQuantity()).isEqualTo(3);
        assertThat(shown.quantity()).isEqualTo(row.quantity());
        assertThat(model.audit()).last().satisfies(a -> {
            assertThat(a.action()).isEqualTo("EDIT");
            assertThat(a.reason()).isEqualTo("Window display for the fair");
        });
    }

    @Test
    void approvingASelectionSavesEveryRowAndRejectingKeepsTheReason() {
        List<AllocationRow> rows = proposed(3);
        model.selectAllocation(rows.get(0), rows.subList(0, 2));
        model.approve(false);
        assertThat(stored(rows.get(0)).status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(stored(rows.get(1)).status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(outcomes).last().asString().contains("2 row(s) now Approved");

        model.selectAllocation(rows.get(2), List.of(rows.get(2)));
        model.reject(false, "Store closed for works");
        assertThat(stored(rows.get(2)).status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(model.audit()).last().satisfies(a -> assertThat(a.reason()).isEqualTo("Store closed for works"));

        model.reset(false);
        assertThat(stored(rows.get(2)).status()).isEqualTo(ProposalStatus.PROPOSED);
        model.selectAllocation(null, List.of());
        model.approve(false);
        assertThat(model.problemProperty().get()).contains("Select");
    }

    @Test
    void aSelectedRowShowsItsExplanationAndItsSkusAvailableToPromise() {
        AllocationRow row = model.allocations().stream().filter(AllocationRow::scarce).findFirst().orElseThrow();
        model.selectAllocation(row, List.of(row));
        assertThat(model.explanationProperty().get()).startsWith(row.explanation() + "Status " + row.status().name())
                .containsOnlyOnce(row.explanation()).contains("Available to promise at " + row.location());
        assertThat(model.availability()).isNotEmpty().allMatch(l -> !l.channel().isEmpty());
        assertThat(model.webPoolProperty().get()).contains(row.sku());
    }

    @Test
    void transfersAreEditedAndApprovedLikeAllocations() throws Exception {
        // the sample's stores are rarely overstocked: a low overstock threshold and free transfers make one
        model.importRules(Files.writeString(dir.resolve("eager-transfers.csv"), "Rule;Value\nOVERSTOCK;7\nTRANSFER_COST;0/0/1\n"));
        try {
            model.runAllocation();
            TransferRow transfer = model.transfers().stream().filter(t -> t.status() == PlanStatus.PROPOSED).findFirst()
                    .orElseThrow();
            model.selectTransfer(transfer, List.of(transfer));
            model.edit(transfer, 1, "Only one fits the van");
            assertThat(storedTransfer(transfer).editedQuantity()).isEqualTo(1);
            assertThat(model.transfers()).filteredOn(t -> t.key().equals(transfer.key())).singleElement()
                    .satisfies(t -> assertThat(t.reason()).isEqualTo("Only one fits the van"));
            model.approve(true);
            assertThat(storedTransfer(transfer).status()).isEqualTo(ProposalStatus.APPROVED);
            assertThat(model.audit()).extracting(a -> a.action()).containsSubsequence("EDIT", "APPROVE");
            assertThat(model.explanationProperty().get()).startsWith(transfer.explanation().strip());
        } finally {
            model.resetRules();
        }
    }

    private reassort.store.StoredTransfer storedTransfer(TransferRow row) {
        return workspace.allocations().transfers(row.sku(), row.from()).stream().filter(t -> t.to().equals(row.to()))
                .findFirst().orElseThrow();
    }

    @Test
    void aRulesFileIsCheckedRowByRowThenReplacesTheRulesUntilReset() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad-rules.csv"), "Rule;Channel;Units\nBUFFER;SFS;two\n");
        model.importRules(bad);
        assertThat(model.problemProperty().get()).contains("bad-rules.csv", "line 2", "two");
        assertThat(workspace.allocations().ruleRows()).isEmpty();

        model.importRules(Path.of("data-samples/allocation/allocation-rules.csv"));
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(workspace.allocations().ruleRows()).isNotEmpty();
        assertThat(outcomes).last().asString().contains(workspace.allocations().ruleRows().size() + " rule(s)");

        model.resetRules();
        assertThat(workspace.allocations().ruleRows()).isEmpty();
    }
}
