package reassort.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;




class ProposalGridTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static GridRow row(String sku, String location, String category, String label, double quantity,
            PlanStatus status, String... flags) {
        return new GridRow(sku, location, label, category, 6, "SUPPLIER", "SUP-" + category, "AX", 10, 0, 0, 0, 0,
                30, 5, 20, 40, quantity, 2, DAY.plusDays((long) quantity % 5), DAY.plusDays(9), List.of(flags),
                location.equals("S1") ? List.of("STORE", "WEB") : List.of("STORE"), status, Double.NaN, null, null, null);
    }

    private final ProposalGrid grid = new ProposalGrid(List.of(
            row("A1", "S1", "Kitchen", "Wok", 12, PlanStatus.PROPOSED),
            row("A1", "S2", "Kitchen", "Wok", 3, PlanStatus.APPROVED, "No stock snapshot for this item: stock taken as 0."),
            row("B7", "S1", "Garden", "Rake", 40, PlanStatus.EDITED),
            row("C3", "S2", "Garden", "Hose reel", 0, PlanStatus.PROPOSED, "Purchase order P1 was expected on …"),
            row("D4", "S1", "Lighting", "Lamp", 12, PlanStatus.PROPOSED)));

    private List<String> keys(int[] numbers) {
        return Arrays.stream(numbers).mapToObj(i -> grid.row(i).sku() + "@" + grid.row(i).location()).toList();
    }

    @Test
    void eachFilterKeepsOnlyMatchingRowsAndTheyCombine() {
        assertThat(keys(grid.filter(ProposalFilter.ALL.withLocations(Set.of("S2"))))).containsExactly("A1@S2", "C3@S2");
        assertThat(keys(grid.filter(ProposalFilter.ALL.withCategories(Set.of("Garden")).withLocations(Set.of("S1")))))
                .containsExactly("B7@S1");
        assertThat(keys(grid.filter(ProposalFilter.ALL.withStatuses(EnumSet.of(PlanStatus.APPROVED,
                PlanStatus.EDITED))))).containsExactly("A1@S2", "B7@S1");
        assertThat(keys(grid.filter(ProposalFilter.ALL.withFlags(Set.of(FlagKind.OVERDUE_ORDER)))))
                .containsExactly("C3@S2");
        assertThat(keys(grid.filter(ProposalFilter.ALL.withSources(Set.of("SUP-Lighting"))))).containsExactly("D4@S1");
    }

    @Test
    void searchMatchesSkuOrLabelIgnoringCase() {
        assertThat(keys(grid.filter(ProposalFilter.ALL.withSearch("hose")))).containsExactly("C3@S2");
        assertThat(keys(grid.filter(ProposalFilter.ALL.withSearch("a1")))).containsExactly("A1@S1", "A1@S2");
    }

    @Test
    void sortingIsStableAndPutsTheLargestFirstWhenDescending() {
        int[] all = grid.filter(ProposalFilter.ALL);

        assertThat(keys(grid.sort(all, List.of(new GridColumn.Sort(GridColumn.PROPOSED, false)))))
                .containsExactly("B7@S1", "A1@S1", "D4@S1", "A1@S2", "C3@S2");
        assertThat(keys(grid.sort(all, List.of(new GridColumn.Sort(GridColumn.LABEL, true),
                new GridColumn.Sort(GridColumn.LOCATION, false))))).containsExactly("C3@S2", "D4@S1", "B7@S1",
                "A1@S2", "A1@S1");
    }

    @ParameterizedTest
    @EnumSource(GridColumn.class)
    void everyColumnSortsWithoutLosingRows(GridColumn column) {
        int[] sorted = grid.sort(grid.filter(ProposalFilter.ALL), List.of(new GridColumn.Sort(column, true)));

        assertThat(Arrays.stream(sorted).sorted().toArray()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void theChannelFilterKeepsProposalsWhoseDemandAddsAnyChosenChannel() {
        assertThat(keys(grid.filter(ProposalFilter.ALL.withChannels(Set.of("WEB"))))).containsExactly("A1@S1", "B7@S1",
                "D4@S1");
        assertThat(keys(grid.filter(ProposalFilter.ALL.withChannels(Set.of("WEB", "MKP"))))).hasSize(3);
        assertThat(keys(grid.filter(ProposalFilter.ALL.withChannels(Set.of("STORE"))))).hasSize(5);
        assertThat(keys(grid.filter(ProposalFilter.ALL.withChannels(Set.of("MKP"))))).isEmpty();
        assertThat(keys(grid.filter(ProposalFilter.ALL.withChannels(Set.of("WEB")).withCategories(Set.of("Garden")))))
                .containsExactly("B7@S1");
        assertThat(grid.facets().channels()).containsExactly("STORE", "WEB");
    }

    @Test
    void rowsFoundByKeyWhetherOrNotTheyComeInKeyOrder() {
        ProposalGrid shuffled = new ProposalGrid(List.of(row("B7", "S1", "Garden", "Rake", 40, PlanStatus.EDITED),
                row("A1", "S2", "Kitchen", "Wok", 3, PlanStatus.PROPOSED),
                row("A1", "S1", "Kitchen", "Wok", 12, PlanStatus.PROPOSED)));
        assertThat(shuffled.numberOf(new ItemKey("A1", "S1"))).isEqualTo(2);
        assertThat(shuffled.numberOf(new ItemKey("A1", "S3"))).isEqualTo(-1);
        assertThat(grid.numberOf(new ItemKey("D4", "S1"))).isEqualTo(4);
        assertThat(grid.numberOf(new ItemKey("A1", "S2"))).isEqualTo(1);
        assertThat(grid.numberOf(new ItemKey("A0", "S1"))).isEqualTo(-1);
        assertThat(grid.numberOf(new ItemKey("Z9", "S1"))).isEqualTo(-1);
    }

    @Test
    void aReplacedRowIsFilteredAndSortedByItsNewValues() {
        int[] before = grid.sort(grid.filter(ProposalFilter.ALL), List.of(new GridColumn.Sort(GridColumn.EFFECTIVE, false)));
        assertThat(keys(before).get(0)).isEqualTo("B7@S1");
        GridRow c3 = grid.row(grid.numberOf(new ItemKey("C3", "S2")));

        grid.replace(List.of(new GridRow(c3.sku(), c3.location(), c3.label(), c3.category(), 6, "SUPPLIER",
                c3.sourceCode(), "AX", 10, 0, 0, 0, 0, 30, 5, 20, 40, 0, 2, DAY, DAY, List.of(), List.of("STORE"),
                PlanStatus.EDITED, 99, null, "Fair", null)));

        assertThat(keys(grid.sort(grid.filter(ProposalFilter.ALL), List.of(new GridColumn.Sort(GridColumn.EFFECTIVE,
                false)))).get(0)).isEqualTo("C3@S2");
        assertThat(keys(grid.filter(ProposalFilter.ALL.withFlags(Set.of(FlagKind.OVERDUE_ORDER))))).isEmpty();
    }

    @Test
    void facetsListTheValuesPresentSorted() {
        ProposalGrid.Facets facets = grid.facets();

        assertThat(facets.categories()).containsExactly("Garden", "Kitchen", "Lighting");
        assertThat(facets.locations()).containsExactly("S1", "S2");
        assertThat(facets.flags()).containsExactly(FlagKind.NO_STOCK_SNAPSHOT, FlagKind.OVERDUE_ORDER);
    }

    @Test
    void aFilterSurvivesItsTextForm() {
        ProposalFilter filter = ProposalFilter.ALL.withCategories(Set.of("Jardin & extérieur", "Cuisine"))
                .withStatuses(EnumSet.of(PlanStatus.EDITED)).withFlags(Set.of(FlagKind.NEGATIVE_ON_HAND))
                .withChannels(Set.of("WEB", "CC"))
                .withSearch("wok, 28=cm");

        assertThat(ProposalFilter.decode(filter.encode())).isEqualTo(filter);
        assertThat(ProposalFilter.decode("")).isEqualTo(ProposalFilter.ALL);
        assertThatThrownBy(() -> ProposalFilter.decode("colour=red")).hasMessageContaining("colour");
    }

    @Test
    void bulkEditsPreviewEachRowAndOnlyChangedOnesBecomeEdits() {
        List<GridRow> rows = List.of(grid.row(0), grid.row(3));
        BulkEdit packs = new BulkEdit(BulkEdit.Kind.ROUND_TO_PACKS, 0, null, "Full cartons");

        List<BulkEdit.Preview> preview = packs.preview(rows);

        assertThat(preview).extracting(BulkEdit.Preview::newQuantity).containsExactly(12.0, 0.0);
        assertThat(packs.edits(preview)).isEmpty();
        BulkEdit raise = new BulkEdit(BulkEdit.Kind.CHANGE_PERCENT, -25, null, "Slow season");
        assertThat(raise.preview(rows)).extracting(BulkEdit.Preview::newQuantity).containsExactly(9.0, 0.0);
        assertThat(raise.edits(raise.preview(rows))).singleElement()
                .satisfies(e -> assertThat(e.quantity()).isEqualTo(9.0));
        assertThatThrownBy(() -> new BulkEdit(BulkEdit.Kind.SET_QUANTITY, -4, null, "x")).hasMessageContaining("-4.0");
        assertThatThrownBy(() -> new BulkEdit(BulkEdit.Kind.SET_QUANTITY, 4, null, " ")).hasMessageContaining("reason");
    }
}
