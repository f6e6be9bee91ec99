package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchAllocationCommandTest {
    @Test
    void timesASmallNetworkAndPrintsTheSimulationTable() {
        CliTest.Run run = CliTest.run("bench-allocation", "--skus", "200", "--locations", "6", "--simulate", "--sim-skus", "4", "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Allocation bench: 200 SKUs × 6 locations × 4 channels", "target ≤ 10 s",
                "no buffers, no pooling", "buffers, ship-from-store pooling", "web fill");
        assertThat(run.out()).containsPattern("(?m)^skus=200 locations=6 lines=\\d+ allocated=\\d+ transfers=\\d+ seconds=[0-9.]+ peak_heap_mb=\\d+$");
    }

    @Test
    void aNetworkWithoutStoresIsRefusedInOneLine() {
        CliTest.Run run = CliTest.run("bench-allocation", "--locations", "1");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains("--locations (1)", "Maybe");
    }
}
