package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.store.ProposalStatus;
import reassort.store.StoredProposal;

class ProposalsCommandTest {
    @TempDir
    Path dir;

    private Path store;

    @BeforeEach
    void plannedSample() throws IOException {
        store = SampleStores.importSmall(5, dir, Clock.systemUTC());
        CliTest.Run plan = CliTest.run("plan", "--store", store.toString(), "--forecast", "-q");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
    }

    private List<StoredProposal> proposals() {
        try (Workspace workspace = Workspace.open(store, Clock.systemUTC())) {
            return workspace.plans().proposals();
        }
    }

    @Test
    void aPlannerEditsApprovesAndReadsTheTrailWithoutAWindow() {
        StoredProposal ordered = proposals().stream().filter(p -> p.quantity() > 0).findFirst().orElseThrow();
        String sku = ordered.sku();
        String location = ordered.location();

        CliTest.Run edit = CliTest.run("proposals", "edit", sku, location, "--store", store.toString(),
                "--quantity", "123", "--reason", "Local fair");
        CliTest.Run approve = CliTest.run("proposals", "approve", "--item", sku, location, "--store", store.toString());
        CliTest.Run history = CliTest.run("proposals", "history", sku, location, "--store", store.toString());

        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(edit.out()).contains(sku + " at " + location + ": 123 units", "EDITED");
        assertThat(approve.out()).contains("1 proposal(s) now APPROVED.");
        assertThat(history.out()).contains("EDIT", "→ 123 units", "(Local fair)", "APPROVE");
        StoredProposal after = proposals().stream().filter(p -> p.sku().equals(sku) && p.location().equals(location))
                .findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(after.effectiveQuantity()).isEqualTo(123);
    }

    @Test
    void aBulkApprovalTouchesOnlyTheSelection() {
        List<StoredProposal> before = proposals();
        String location = before.get(0).location();
        long matching = before.stream().filter(p -> p.location().equals(location) && p.flags().isEmpty()).count();

        CliTest.Run approve = CliTest.run("proposals", "approve", "--all", "--location", location, "--unflagged",
                "--store", store.toString());
        CliTest.Run list = CliTest.run("proposals", "list", "--status", "APPROVED", "--limit", "0", "--store",
                store.toString());

        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(proposals()).allSatisfy(p -> assertThat(p.status() == ProposalStatus.APPROVED)
                .isEqualTo(p.location().equals(location) && p.flags().isEmpty()));
        assertThat(list.out()).contains("proposals=" + matching);
    }

    @Test
    void anEditWithoutReasonOrOfAnUnknownItemFailsInOneLine() {
        CliTest.Run noReason = CliTest.run("proposals", "edit", "X", "Y", "--quantity", "3", "--store", store.toString());
        CliTest.Run unknown = CliTest.run("proposals", "edit", "NO-SUCH", "S1", "--quantity", "3", "--reason", "r",
                "--store", store.toString());

        assertThat(noReason.exitCode()).isNotZero();
        assertThat(noReason.err()).contains("--reason");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("no proposal for SKU NO-SUCH at S1", "Maybe");
    }
}
