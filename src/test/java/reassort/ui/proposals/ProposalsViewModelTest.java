package reassort.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.app.workbench.BulkEdit;
import reassort.app.workbench.GridColumn;
import reassort.app.workbench.GridRow;
import reassort.app.workbench.PlanStatus;
import reassort.ui.common.I18n;
import reassort.ui.common.ImmediateTaskRunner;
import reassort.ui.common.UiPreferences;

/** The proposals screen's logic over the planned SMALL sample, without the toolkit. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalsViewModelTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private Workspace workspace;
    private ProposalsViewModel model;
    private final List<String> outcomes = new ArrayList<>();

    @BeforeAll
    void planTheSample() throws Exception {
        workspace = Workspace.open(SampleStores.importSmall(7, dir, WEDNESDAY), WEDNESDAY);
        workspace.plans().run(false, null);
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    @BeforeEach
    void open() {
        model = new ProposalsViewModel(workspace, new ImmediateTaskRunner(), I18n.of(Locale.ENGLISH),
                UiPreferences.inMemory(), outcomes::add);
        model.load(() -> {});
    }

    private GridRow firstProposed() {
        return model.rows().stream().filter(r -> r.status() == PlanStatus.PROPOSED).findFirst().orElseThrow();
    }

    @Test
    void loadingShowsEveryStoredProposalWithoutFilters() {
        assertThat(model.rows()).hasSize(workspace.plans().rows().size()).isNotEmpty();
        assertThat(model.totalProperty().get()).isEqualTo(model.rows().size());
        assertThat(model.facetsProperty().get().locations()).isNotEmpty();
    }

    @Test
    void aNegativeQuantityIsRefusedWithItsValue() {
        assertThat(model.quantity("-5")).isNull();
        assertThat(model.problemProperty().get()).contains("-5").contains("zero or more");
        assertThat(model.quantity("12")).isEqualTo(12.0);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void anEditIsSavedShownAndUndoneThenRedone() {
        GridRow row = firstProposed();
        model.select(row, List.of(row));
        assertThat(model.explanationProperty().get()).isNotBlank();

        model.edit(row, row.quantity() + 7, null, "Promotion in the local paper");

        GridRow edited = model.selectedProperty().get();
        assertThat(edited.status()).isEqualTo(PlanStatus.EDITED);
        assertThat(edited.editedQuantity()).isEqualTo(row.quantity() + 7);
        assertThat(model.rows()).contains(edited);
        assertThat(model.audit()).last().satisfies(e -> assertThat(e.reason()).isEqualTo("Promotion in the local paper"));
        assertThat(workspace.plans().proposal(row.sku(), row.location()).orElseThrow().editedQuantity())
                .isEqualTo(row.quantity() + 7);

        model.undo();
        assertThat(workspace.plans().proposal(row.sku(), row.location()).orElseThrow().status())
                .isEqualTo(reassort.store.ProposalStatus.PROPOSED);
        assertThat(model.canRedoProperty().get()).isTrue();

        model.redo();
        assertThat(workspace.plans().proposal(row.sku(), row.location()).orElseThrow().editedQuantity())
                .isEqualTo(row.quantity() + 7);
        model.undo();
    }

    @Test
    void approvingTheSelectionApprovesEachSelectedProposal() {
        List<GridRow> two = model.rows().subList(0, 2);
        model.select(two.get(0), List.copyOf(two));

        model.approveSelection();

        assertThat(model.rows().subList(0, 2)).allSatisfy(r -> assertThat(r.status()).isEqualTo(PlanStatus.APPROVED));
        model.undo();
        assertThat(model.rows().subList(0, 2)).extracting(GridRow::status).doesNotContain(PlanStatus.APPROVED);
    }

    @Test
    void aBulkChangeByPercentIsPreviewedThenAppliedAsOneUndoableChange() {
        List<GridRow> three = List.copyOf(model.rows().stream().filter(r -> r.quantity() > 0).limit(3).toList());
        model.select(three.get(0), three);
        BulkEdit raise = new BulkEdit(BulkEdit.Kind.CHANGE_PERCENT, 50, null, "Opening weekend");

        List<BulkEdit.Preview> preview = model.preview(raise);

        assertThat(preview).extracting(BulkEdit.Preview::newQuantity)
                .containsExactlyElementsOf(three.stream().map(r -> (double) Math.round(r.quantity() * 1.5)).toList());
        model.apply(raise, preview);
        assertThat(workspace.plans().rows(three.stream().map(r -> new reassort.store.ProposalKey(r.sku(), r.location())).toList()))
                .allSatisfy(r -> assertThat(r.editReason()).isEqualTo("Opening weekend"));
        model.undo();
        assertThat(workspace.plans().rows(three.stream().map(r -> new reassort.store.ProposalKey(r.sku(), r.location())).toList()))
                .allSatisfy(r -> assertThat(r.isEdited()).isFalse());
    }

    @Test
    void filteringBySearchAndLocationKeepsOnlyMatchingRowsAndSavedViewsBringThemBack() {
        String location = model.facetsProperty().get().locations().get(0);
        String sku = model.rows().get(0).sku();

        model.filterProperty().set(model.filterProperty().get().withLocations(Set.of(location)).withSearch(sku));

        assertThat(model.rows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.location()).isEqualTo(location))
                .allSatisfy(r -> assertThat(r.sku()).containsIgnoringCase(sku));
        model.saveView("mine");
        model.filterProperty().set(reassort.app.workbench.ProposalFilter.ALL);
        assertThat(model.rows()).hasSize(model.totalProperty().get());

        model.applyView("mine");

        assertThat(model.rows()).allSatisfy(r -> assertThat(r.location()).isEqualTo(location));
        assertThat(model.savedViews()).containsExactly("mine");
    }

    @Test
    void filteringByChannelKeepsProposalsWhoseForecastHasItAndASavedViewKeepsIt() {
        List<String> channels = model.facetsProperty().get().channels();
        assertThat(channels).isNotEmpty();
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.channels()).isNotEmpty().isSubsetOf(channels));
        String channel = channels.get(channels.size() - 1);
        long expected = model.rows().stream().filter(r -> r.channels().contains(channel)).count();

        model.filterProperty().set(model.filterProperty().get().withChannels(Set.of(channel)));

        assertThat(model.rows()).hasSize((int) expected).isNotEmpty()
                .allSatisfy(r -> assertThat(r.channels()).contains(channel));
        model.saveView("one channel");
        model.filterProperty().set(reassort.app.workbench.ProposalFilter.ALL);
        model.applyView("one channel");
        assertThat(model.filterProperty().get().channels()).containsExactly(channel);
        assertThat(model.rows()).hasSize((int) expected);
    }

    @Test
    void anEditedRowKeepsItsChannels() {
        GridRow row = firstProposed();
        model.select(row, List.of(row));

        model.edit(row, row.quantity() + 3, null, "Channels stay");

        GridRow fresh = model.rows().stream().filter(r -> r.key().equals(row.key())).findFirst().orElseThrow();
        assertThat(fresh.status()).isEqualTo(PlanStatus.EDITED);
        assertThat(fresh.channels()).isEqualTo(row.channels()).isNotEmpty();
        model.undo();
    }

    @Test
    void aRejectionsReasonIsShownInTheReasonColumnAndUndoTakesItBack() {
        GridRow row = firstProposed();
        model.select(row, List.of(row));

        model.rejectSelection("Supplier closed for stocktaking");

        GridRow rejected = model.rows().stream().filter(r -> r.key().equals(row.key())).findFirst().orElseThrow();
        assertThat(rejected.status()).isEqualTo(PlanStatus.REJECTED);
        assertThat(GridColumn.REASON.text(rejected)).isEqualTo("Supplier closed for stocktaking");
        model.undo();
        GridRow back = model.rows().stream().filter(r -> r.key().equals(row.key())).findFirst().orElseThrow();
        assertThat(back.status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(GridColumn.REASON.text(back)).isEmpty();
    }

    @Test
    void sortingByProposedQuantityDescendingPutsTheLargestFirst() {
        model.sortBy(List.of(new GridColumn.Sort(GridColumn.PROPOSED, false)));

        double max = model.rows().stream().mapToDouble(GridRow::quantity).max().orElseThrow();
        assertThat(model.rows().get(0).quantity()).isEqualTo(max);
    }

    @Test
    void revealingAProposalHiddenByTheFilterClearsTheFilter() {
        GridRow last = model.rows().get(model.rows().size() - 1);
        model.filterProperty().set(model.filterProperty().get().withSearch("no such sku at all"));
        assertThat(model.rows()).isEmpty();

        int at = model.reveal(last.sku(), last.location());

        assertThat(model.rows().get(at).key()).isEqualTo(last.key());
    }
}
