package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.store.StoredProposal;

class PlanCommandTest {
    @TempDir
    Path dir;

    private Path smallSampleStore() throws IOException {
        return SampleStores.importSmall(3, dir, Clock.systemUTC());
    }

    @Test
    void plansTheSampleThenExplainsOneProposalAndRefusesAnUnknownOne() throws IOException {
        Path store = smallSampleStore();

        CliTest.Run run = CliTest.run("plan", "--store", store.toString(), "--forecast", "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Plan run 1 in ", "from forecast run 1 (just made)", "SKU × locations planned",
                "By source (order lines, units, value):", "Safety-stock methods:");
        assertThat(run.out()).containsPattern("(?m)^items=[1-9]\\d* order_lines=[1-9]\\d* units=\\d+ value=[0-9.]+ elapsed_ms=\\d+$");
        StoredProposal ordered;
        try (Workspace workspace = Workspace.open(store, Clock.systemUTC())) {
            ordered = workspace.plans().proposals().stream().filter(p -> p.quantity() > 0).findFirst().orElseThrow();
        }

        CliTest.Run explain = CliTest.run("plan", "--store", store.toString(), "--explain", ordered.sku(), ordered.location());

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith("SKU " + ordered.sku() + " at " + ordered.location())
                .contains("Inventory position", "Safety stock", "Status PROPOSED (plan run 1)");

        CliTest.Run unknown = CliTest.run("plan", "--store", store.toString(), "--explain", "NO-SUCH-SKU", ordered.location());

        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err().strip()).doesNotContain("\n")
                .contains("No stored proposal for SKU NO-SUCH-SKU at " + ordered.location(), "Maybe");
    }

    @Test
    void anEmptyStoreIsRefusedInOneLine() {
        CliTest.Run run = CliTest.run("plan", "--store", dir.resolve("empty").toString(), "-q");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains("No sales in the store", "load-sample");
    }
}
