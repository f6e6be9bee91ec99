package reassort.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.bench.ImportBenchmark.MasterDataset;
import reassort.app.bench.ImportBenchmark.Result;

class ImportBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void eachMasterDatasetIsImportedIntoItsOwnEmptyStoreThenDropped() throws Exception {
        ImportBenchmark bench = new ImportBenchmark(dir, 0, 1);
        for (MasterDataset dataset : MasterDataset.values()) {
            Result result = bench.masterData(dataset, 45);
            assertThat(result.runs()).hasSize(1).allSatisfy(run -> assertThat(run.items()).as("rows inserted").isEqualTo(45));
            assertThat(result.what()).startsWith("45 ");
        }
        try (var left = Files.list(dir)) {
            assertThat(left).as("throw-away stores removed").isEmpty();
        }
    }
}
