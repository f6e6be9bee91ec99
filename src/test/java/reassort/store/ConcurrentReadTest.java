package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static reassort.store.TestData.daily;
import static reassort.store.TestData.day;
import static reassort.store.TestData.importAll;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.SalesLine;
import reassort.domain.WeeklySeries;

class ConcurrentReadTest {
    @TempDir
    Path temp;

    @Test
    void aReaderStreamingSeriesDuringACommitSeesTheStoreEitherBeforeOrAfterItNeverAMix() throws Exception {
        try (Store store = Store.open(temp.resolve("s"))) {
            List<SalesLine> before = new ArrayList<>();
            for (int sku = 0; sku < 50; sku++) {
                before.addAll(daily("SKU-" + (100 + sku), "STORE-1", "STORE", "2024-10-01", "2025-03-31", 1));
            }
            importAll(store, before);
            List<SalesLine> after = new ArrayList<>();
            for (int sku = 0; sku < 50; sku++) {
                after.addAll(daily("SKU-" + (100 + sku), "STORE-1", "STORE", "2024-10-01", "2025-03-31", 2));
            }

            List<Double> totals = new ArrayList<>();
            CompletableFuture<Void> commitDone = new CompletableFuture<>();
            store.forEachWeeklySeries(day("2024-09-30"), day("2025-04-06"), series -> {
                totals.add(series.totalSold());
                if (totals.size() == 1) {
                    CompletableFuture.runAsync(() -> importAll(store, after)).whenComplete((v, e) -> {
                        if (e != null) commitDone.completeExceptionally(e); else commitDone.complete(null);
                    });
                    commitDone.orTimeout(60, TimeUnit.SECONDS).join();
                }
            });

            assertThat(totals).hasSize(50).containsOnly(182.0);
            List<WeeklySeries> now = new ArrayList<>();
            store.forEachWeeklySeries(day("2024-09-30"), day("2025-04-06"), now::add);
            assertThat(now).extracting(WeeklySeries::totalSold).hasSize(50).containsOnly(364.0);
        }
    }
}
