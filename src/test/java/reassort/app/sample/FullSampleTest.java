package reassort.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.PurchaseOrderLine;

/** The committed sample (seed 42, last day 2026-11-15, FULL): its sizes, and that data-samples/ holds exactly it. */
class FullSampleTest {
    private static final Path COMMITTED = Path.of("data-samples");

    private static SampleRetailer sample;

    @BeforeAll
    static void generate() {
        sample = SampleRetailer.generate(SampleRetailer.DEFAULT_SEED, SampleRetailer.DEFAULT_LAST_DAY);
    }

    @Test
    void fullSampleHasTheSizeTheIssueAsksFor() {
        assertThat(sample.products()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(sample.products().stream().map(Product::category).distinct()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(EnumSet.copyOf(sample.archetypes().values())).isEqualTo(EnumSet.allOf(DemandArchetype.class));
        assertThat(sample.locations().stream().filter(l -> l.type() == LocationType.STORE)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(sample.locations().stream().filter(l -> l.type() == LocationType.STORE && l.clickAndCollect())).isNotEmpty();
        assertThat(sample.locations().stream().filter(l -> l.type() == LocationType.STORE && l.shipFromStore())).isNotEmpty();
        assertThat(sample.locations().stream().filter(l -> "HUB-SUD".equals(l.supplyingLocation()))).isNotEmpty();
        assertThat(sample.suppliers()).hasSizeBetween(6, 10);
        assertThat(sample.promotions()).hasSizeBetween(20, 40);
        assertThat(sample.firstDay()).isEqualTo(LocalDate.of(2023, 11, 16));
        assertThat(sample.sales()).hasSizeBetween(250_000, 600_000);
        assertThat(sample.stock()).anyMatch(p -> p.backorders() > 0);
        assertThat(sample.purchaseOrders()).anyMatch(PurchaseOrderLine::confirmed).anyMatch(p -> !p.confirmed());
    }

    @Test
    void committedCsvFilesAreExactlyWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        for (SampleFiles.WrittenFile file : SampleFiles.writeCsvFiles(sample, dir, reassort.domain.ProgressListener.NONE)) {
            Path committed = COMMITTED.resolve(file.path().getFileName());
            assertThat(committed).as("Regenerate with: reassort generate-sample --out data-samples").exists();
            assertThat(Files.mismatch(committed, file.path()))
                    .as("%s differs from the generator's output; regenerate with: reassort generate-sample --out data-samples",
                            committed)
                    .isEqualTo(-1L);
        }
        assertThat(COMMITTED.resolve(SampleFiles.WORKBOOK)).exists();
        assertThat(COMMITTED.resolve(SampleFiles.WEEKLY_STORE_SALES)).exists();
        assertThat(COMMITTED.resolve("README.md")).exists();
    }
}
