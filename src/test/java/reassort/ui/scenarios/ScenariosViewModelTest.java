package reassort.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.app.allocation.AllocationComparison;
import reassort.app.scenario.ScenarioInfo;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.ui.common.I18n;
import reassort.ui.common.ImmediateTaskRunner;

/** The allocation rows of the side-by-side comparison, in English and French, without a toolkit. */
class ScenariosViewModelTest {
    private static final Clock CLOCK = SampleStores.WEDNESDAY_AFTER;

    @TempDir
    static Path dir;
    private static Path storeDir;

    @BeforeAll
    static void sampleWithAPlan() throws IOException {
        storeDir = SampleStores.importSmallAndPlan(5, dir, CLOCK);
        try (Workspace w = Workspace.open(storeDir, CLOCK)) {
            w.scenarios().create("Web week", new Promotion("WEBNOW", "Web week", null, "Cuisine", Set.of("WEB"), null,
                    LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29), 25, PromotionMechanic.DISCOUNT), 3, 0, 0, 0);
            w.scenarios().create("Flat", new Promotion("FLAT", "Flat", null, "Cuisine", Set.of("WEB"), null,
                    LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29), 0, PromotionMechanic.DISCOUNT), 1, 0, 0, 0);
        }
    }

    @AfterAll
    static void clearInterrupt() {
        Thread.interrupted();
    }

    private static ScenariosViewModel compared(Workspace workspace, Locale locale) {
        ScenariosViewModel model = new ScenariosViewModel(workspace, new ImmediateTaskRunner(), I18n.of(locale));
        model.refresh();
        List<ScenarioInfo> both = model.scenarios().stream().sorted(java.util.Comparator.comparing(ScenarioInfo::name).reversed())
                .toList();
        model.compare(both);
        return model;
    }

    @Test
    void theComparisonShowsEachScenariosAllocationBesideThePlansPerChannelAndWhyOneIsNotComputed() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            ScenariosViewModel model = compared(workspace, Locale.ENGLISH);

            assertThat(model.results()).extracting(r -> r.name()).containsExactly("Web week", "Flat");
            AllocationComparison web = model.results().get(0).allocation();
            assertThat(web.computed()).isTrue();
            List<AllocationRows.Row> rows = model.allocationRows();
            assertThat(rows.get(0).measure()).isEqualTo("Allocation");
            assertThat(rows.get(0).values()).containsExactly("plan, default rules",
                    web.skus() + " SKU(s), " + web.scenarioScarce() + " source(s) short",
                    "allocation not computed: no SKU is affected");
            AllocationComparison.ChannelRow webChannel = web.channels().stream()
                    .filter(c -> c.channel().equals("WEB")).findFirst().orElseThrow();
            AllocationRows.Row allocated = rows.stream().filter(r -> r.measure().equals("Allocated WEB (fill)"))
                    .findFirst().orElseThrow();
            assertThat(allocated.values().get(0)).startsWith(String.format(Locale.ENGLISH, "%.0f (", webChannel.baselineAllocated()));
            assertThat(allocated.values().get(1)).startsWith(String.format(Locale.ENGLISH, "%.0f (", webChannel.scenarioAllocated()));
            assertThat(allocated.values().get(2)).isEqualTo("–");
            AllocationRows.Row shortfall = rows.stream().filter(r -> r.measure().equals("Shortfall WEB (units not served)"))
                    .findFirst().orElseThrow();
            assertThat(shortfall.values().get(1)).isEqualTo(String.format(Locale.ENGLISH, "%.0f", webChannel.scenarioShortfall()));
            assertThat(rows).anySatisfy(r -> assertThat(r.measure()).startsWith("Allocated to "));
            assertThat(rows.get(rows.size() - 1).measure()).isEqualTo("Allocation lines changed");
            assertThat(rows.get(rows.size() - 1).values().get(1)).isEqualTo(String.valueOf(web.changes().size()));
        }
    }

    @Test
    void theAllocationRowsSpeakFrench() {
        try (Workspace workspace = Workspace.open(storeDir, CLOCK)) {
            ScenariosViewModel model = compared(workspace, Locale.FRENCH);

            List<AllocationRows.Row> rows = model.allocationRows();
            assertThat(rows.get(0).measure()).isEqualTo("Répartition");
            assertThat(rows.get(0).values().get(0)).isEqualTo("plan, règles par défaut");
            assertThat(rows.get(0).values().get(2)).isEqualTo("répartition non calculée : aucun article n’est touché");
            assertThat(rows).anySatisfy(r -> assertThat(r.measure()).isEqualTo("Manque WEB (unités non servies)"));
        }
    }
}
