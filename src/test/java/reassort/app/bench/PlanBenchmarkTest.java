package reassort.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import reassort.domain.Dataset;
import reassort.domain.ProgressListener;
import reassort.store.Store;
import reassort.store.StoredProposal;

class PlanBenchmarkTest {
    @Test
    void theGeneratedRetailerIsForecastAndPlannedSeriesBySeries() {
        PlanBenchmark bench = new PlanBenchmark(60, 3, 7);
        try (Store store = Store.inMemory(bench.clock())) {
            assertThat(PlanBenchmark.isPopulated(store)).isFalse();
            PlanBenchmark.Generated generated = bench.populate(store, ProgressListener.NONE);

            assertThat(generated.skus()).isEqualTo(20);
            assertThat(generated.series()).isEqualTo(60);
            assertThat(store.summary().count(Dataset.STOCK)).as("one position per series").isEqualTo(60);
            assertThat(store.summary().count(Dataset.SALES)).isPositive();
            assertThat(generated.salesLines()).isPositive();
            assertThat(PlanBenchmark.isPopulated(store)).isTrue();

            PlanBenchmark.Run run = bench.run(store, ProgressListener.NONE);
            long forecast = run.forecastSummary().series();
            assertThat(forecast).as("series with a sale").isBetween(55L, 60L);
            assertThat(run.planSummary().items()).isEqualTo(forecast);
            assertThat(run.planSummary().skipped()).isZero();
            assertThat(run.seconds()).isPositive();
            List<StoredProposal> proposals = store.proposals();
            assertThat(proposals).hasSize((int) forecast);
            reassort.app.plan.RunPlan plans = new reassort.app.plan.RunPlan(store, bench.clock());
            assertThat(proposals).allSatisfy(p -> assertThat(plans.explanation(p.sku(), p.location()))
                    .startsWith("SKU " + p.sku() + " at "));
        }
    }

    @Test
    void aStoreNeedsAWarehouseAndAStore() {
        assertThatThrownBy(() -> new PlanBenchmark(100, 1, 1)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> new PlanBenchmark(0, 20, 1)).hasMessageContaining("at least 1");
    }
}
